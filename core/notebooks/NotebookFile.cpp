#include "notebooks/NotebookFile.h"

#include "notebooks/NotebookStripper.h"
#include "util/AtomicFile.h"

#include <QFile>

#include <xxhash.h>

namespace ts::nb {

Result<QByteArray> readNotebookFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (size > kNotebookMaxBytes)
        return Error::badInput(QStringLiteral("%1: larger than 2 GiB, which no notebook tool can open").arg(path));
    QByteArray bytes;
    bytes.reserve(qsizetype(size) + kSimdPadding); // room for the parser's SIMD reads, so it needs no copy
    bytes.resize(qsizetype(size));
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(bytes.data() + done, size - done);
        if (n <= 0)
            return Error::failed(QStringLiteral("%1: cannot read: %2").arg(path, n < 0 ? file.errorString() : QStringLiteral("the file shrank while being read")));
        done += n;
    }
    return bytes;
}

Result<Notebook> loadNotebook(const QString& path)
{
    auto bytes = readNotebookFile(path);
    if (!bytes)
        return bytes.error();
    return Notebook::parse(std::move(*bytes), path);
}

Result<StripFileOutcome> stripNotebookFile(const QString& path, const StripPolicy& policy, StripMode mode, bool upgradeV3)
{
    auto bytes = readNotebookFile(path);
    if (!bytes)
        return bytes.error();
    StripFileOutcome outcome;
    outcome.bytesBefore = bytes->size();
    // The parse rewrites the buffer in place, so remember the original by its hash instead of a second copy.
    const XXH128_hash_t before = XXH3_128bits(bytes->constData(), std::size_t(bytes->size()));
    auto stripped = stripNotebookBytes(std::move(*bytes), policy, path, upgradeV3);
    if (!stripped)
        return stripped.error();
    outcome.bytesAfter = stripped->size();
    const XXH128_hash_t after = XXH3_128bits(stripped->constData(), std::size_t(stripped->size()));
    outcome.changed = outcome.bytesAfter != outcome.bytesBefore || !XXH128_isEqual(before, after);
    if (mode == StripMode::Rewrite && outcome.changed)
        if (Status written = writeFileAtomically(path, *stripped); !written)
            return written.error();
    if (mode == StripMode::Output)
        outcome.stripped = std::move(*stripped);
    return outcome;
}

Result<bool> saveNotebookIfChanged(const QString& path, const Notebook& notebook, const QByteArray& original)
{
    auto bytes = notebook.serialize();
    if (!bytes)
        return bytes.error().prefixed(path + QStringLiteral(": "));
    if (*bytes == original)
        return false;
    if (Status written = writeFileAtomically(path, *bytes); !written)
        return written.error();
    return true;
}

} // namespace ts::nb
