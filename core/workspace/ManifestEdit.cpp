// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/ManifestEdit.h"

#include "util/AtomicFile.h"
#include "workspace/ManifestLock.h"

#include <QDir>

namespace ts {

namespace {

template <typename T> QString changeBetween(const T* before, const T* now, const QString& what)
{
    if (!before && !now)
        return {};
    if (!before)
        return what + QStringLiteral(" was added by someone else");
    if (!now)
        return what + QStringLiteral(" was removed by someone else");
    if (!(*before == *now))
        return what + QStringLiteral(" was changed by someone else");
    return {};
}

} // namespace

QString memberConflict(const Manifest& base, const Manifest& current, const QString& memberId)
{
    return changeBetween(base.member(memberId), current.member(memberId),
                         QStringLiteral("member %1").arg(memberId));
}

QString assignmentConflict(const Manifest& base, const Manifest& current, const QString& path)
{
    return changeBetween(base.assignment(path), current.assignment(path),
                         QStringLiteral("the assignment of %1").arg(path));
}

Result<ManifestEditReport> editManifest(Workspace& ws, const ManifestEdit& edit)
{
    auto lock = ManifestLock::acquire(ws.repoDir);
    if (!lock)
        return lock.error();

    const QString source = QString::fromLatin1(kManifestFileName);
    auto bytes = readFileLimited(QDir(ws.repoDir).filePath(source), kManifestMaxBytes);
    if (!bytes)
        return bytes.error().prefixed(source +
                                      QStringLiteral(" changed since it was read and cannot be edited: "));
    // The edit always runs on what the file holds now, never on the copy in memory.
    auto current = parseManifest(*bytes, source);
    if (!current)
        return current.error().prefixed(source +
                                        QStringLiteral(" changed since it was read and cannot be edited: "));
    ManifestEditReport report;
    report.before = std::move(*current);
    // Unchanged bytes are the quick answer; otherwise (another writer, or a workspace built in memory without
    // a snapshot) the content is compared with the manifest the edit was made from.
    const bool sameBytes = !ws.manifestBytes.isEmpty() && *bytes == ws.manifestBytes;
    report.reapplied = !sameBytes && !(report.before == ws.manifest);
    if (report.reapplied && edit.conflict) {
        if (const QString changed = edit.conflict(ws.manifest, report.before); !changed.isEmpty())
            return Error::failed(QStringLiteral("%1 changed since it was read: %2; reload and try again")
                                     .arg(source, changed));
    }

    auto updated = edit.apply(report.before);
    if (!updated)
        return updated.error();
    report.after = std::move(*updated);
    if (auto ok = validateManifest(report.after, source); !ok)
        return ok.error();
    const QByteArray written = serializeManifest(report.after);
    if (written != *bytes) {
        // Replaced whole or not at all, never through a link (see AtomicFile.h).
        if (auto ok = writeFileBeneath(ws.repoDir, source, written); !ok)
            return ok.error();
        report.written = true;
    }
    ws.manifest = report.after;
    ws.manifestBytes = written;
    return report;
}

} // namespace ts
