// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/NotebookStripper.h"

namespace ts::nb {

namespace {

// "colab.provenance" removes key provenance inside the object at key colab; a plain name removes that key.
void removeDotted(JsonValue& object, const QString& dottedKey)
{
    const QByteArray utf8 = dottedKey.toUtf8();
    std::string_view path(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    JsonValue* current = &object;
    for (std::size_t dot = path.find('.'); dot != std::string_view::npos; dot = path.find('.')) {
        current = current->find(path.substr(0, dot));
        if (!current || !current->isObject())
            return;
        path.remove_prefix(dot + 1);
    }
    current->remove(path);
}

bool keepsOutput(const JsonValue& cell)
{
    const JsonValue* metadata = cell.find("metadata");
    const JsonValue* keep = metadata ? metadata->find("keep_output") : nullptr;
    return keep && keep->isTrue();
}

} // namespace

void stripNotebook(Notebook& notebook, const StripPolicy& policy)
{
    for (JsonValue* cell : notebook.cells()) {
        const JsonValue* type = cell->find("cell_type");
        if (type && type->text == "code" && !policy.keepOutputs && !keepsOutput(*cell)) {
            cell->set("outputs", JsonValue::array());
            cell->set(notebook.majorVersion() == 3 ? "prompt_number" : "execution_count", JsonValue::null());
        }
        if (JsonValue* metadata = cell->find("metadata"); metadata && metadata->isObject())
            for (const QString& key : policy.cellMetadataRemoved)
                removeDotted(*metadata, key);
    }
    JsonValue& metadata = notebook.metadata();
    for (const QString& key : policy.notebookMetadataRemoved)
        removeDotted(metadata, key);
}

Result<QByteArray> stripNotebookBytes(QByteArray input, const StripPolicy& policy, const QString& source, bool upgradeV3)
{
    auto notebook = Notebook::parse(std::move(input), source);
    if (!notebook)
        return notebook.error();
    if (upgradeV3)
        notebook->upgradeToV4();
    stripNotebook(*notebook, policy);
    auto bytes = notebook->serialize();
    if (!bytes)
        return bytes.error().prefixed(source + QStringLiteral(": "));
    return bytes;
}

} // namespace ts::nb
