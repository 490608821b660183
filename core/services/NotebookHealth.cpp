// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/NotebookHealth.h"

#include "notebooks/NotebookPaths.h"
#include "notebooks/NotebookStripper.h"
#include "notebooks/Ownership.h"
#include "notebooks/RootPathCell.h"
#include "services/NotebookFiles.h"

namespace ts::services {

namespace {

// The ROOT_PATH cell of a parsed notebook against what would be generated now. Consumes `notebook` (the
// refresh is tried on it to compare), so it runs last.
RootCellState rootCellState(nb::Notebook& notebook, const Manifest& manifest, const QString& relative)
{
    bool tagged = false;
    for (const nb::JsonValue* cell : notebook.cells())
        tagged = tagged || nb::isRootCell(*cell);
    auto settings = rootCellSettings(manifest, relative);
    if (!settings)
        return RootCellState::NoRunner;
    if (!tagged)
        return RootCellState::Missing;
    auto changed = nb::applyRootCell(notebook, *settings); // first and as generated: nothing changes
    if (!changed)
        return RootCellState::Unknown;
    return *changed ? RootCellState::Outdated : RootCellState::Current;
}

NotebookHealth healthOf(const Workspace& ws, const QString& relative, const nb::LintContext& lint)
{
    NotebookHealth h;
    h.path = relative;
    const auto location = nb::NotebookLocation::inRepository(ws.repoDir, relative);
    auto bytes = nb::readNotebookFile(location);
    if (!bytes) {
        h.error = bytes.error();
        return h;
    }
    auto stripped = nb::stripNotebookBytes(*bytes, ws.manifest.policies.strip, location.path());
    const qint64 size = bytes->size();
    const QByteArray original = *bytes;
    auto notebook = nb::Notebook::parse(std::move(*bytes), location.path());
    if (!notebook) {
        h.error = notebook.error();
        return h;
    }
    h.facts = nb::notebookFacts(*notebook);
    h.findings = nb::lintNotebook(*notebook, lint);
    if (stripped) {
        h.stripped = *stripped == original;
        h.strippedBytes = stripped->size();
    } else {
        h.strippedBytes = size; // nbformat 3: not stripped here (the strip action says why)
    }
    h.rootCell = rootCellState(*notebook, ws.manifest, relative);
    return h;
}

// Usage error unless ws.me owns `relative` (its assignment's owner, else its default owner).
Status requireMine(const Workspace& ws, const QString& relative)
{
    const NotebookAssignment* a = ws.manifest.assignment(relative);
    const QString owner = a ? a->owner : nb::defaultOwner(ws.manifest, relative);
    if (!owner.isEmpty() && owner == ws.me)
        return {};
    if (owner.isEmpty())
        return Error::usage(QStringLiteral("%1 has no owner: only its owner changes it here (ask the lead to "
                                           "assign it)")
                                .arg(relative));
    return Error::usage(
        QStringLiteral("%1 belongs to %2: only its owner changes it here (sync would set your edit aside)")
            .arg(relative, owner));
}

} // namespace

QList<NotebookHealth> notebookHealth(const Workspace& ws, const QStringList& paths, const Call& call)
{
    QList<NotebookHealth> result;
    result.reserve(paths.size());
    const nb::LintContext lint = lintContext(ws.manifest);
    for (const QString& p : paths) {
        if (call.isCancelled())
            break;
        result << healthOf(ws, p, lint);
        call.report(Progress{result.size(), paths.size(), 0, p});
    }
    return result;
}

Result<nb::StripFileOutcome> stripMyNotebook(const Workspace& ws, const QString& path)
{
    auto relative = nb::repositoryRelativeNotebook(ws.repoDir, path);
    if (!relative)
        return relative.error();
    if (Status mine = requireMine(ws, *relative); !mine)
        return mine.error();
    return nb::stripNotebookFile(nb::NotebookLocation::inRepository(ws.repoDir, *relative),
                                 ws.manifest.policies.strip, nb::StripMode::Rewrite);
}

Result<bool> refreshMyRootCell(const Workspace& ws, const QString& path)
{
    auto relative = nb::repositoryRelativeNotebook(ws.repoDir, path);
    if (!relative)
        return relative.error();
    if (Status mine = requireMine(ws, *relative); !mine)
        return mine.error();
    return writeRootCell(ws, *relative);
}

} // namespace ts::services
