// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/Ownership.h"

#include "util/ByteSize.h"
#include "util/SafePath.h"

#include <algorithm>

namespace ts::nb {

QString defaultOwner(const Manifest& manifest, const QString& notebookPath)
{
    for (const LayoutFolder& folder : manifest.foldersWithRole(FolderRole::Notebooks)) {
        if (folder.location != FolderLocation::Repository || !folder.perMember)
            continue;
        const QString prefix = folder.path + u'/';
        if (!notebookPath.startsWith(prefix))
            continue;
        const QString member = notebookPath.mid(prefix.size()).section(u'/', 0, 0);
        // The member folder must hold the notebook (notebooks/alice/x.ipynb), not be it.
        if (notebookPath.size() > prefix.size() + member.size() + 1 && manifest.member(member))
            return member;
    }
    return {};
}

Result<Manifest> assignNotebook(Manifest manifest, const AssignmentRequest& request)
{
    auto path = normaliseRelativePath(request.path, QStringLiteral("notebook path"));
    if (!path)
        return path.error();
    if (!path->endsWith(QLatin1String(".ipynb")))
        return Error::usage(QStringLiteral("%1: not a notebook (the path must end in .ipynb)").arg(*path));
    NotebookAssignment* existing = nullptr;
    for (NotebookAssignment& a : manifest.notebooks)
        if (a.path == *path)
            existing = &a;
    QString owner = request.owner;
    if (owner.isEmpty())
        owner = existing ? existing->owner : defaultOwner(manifest, *path);
    if (owner.isEmpty())
        return Error::usage(
            QStringLiteral(
                "%1: no owner given and the notebook is not in a member's notebooks folder (pass --owner ID)")
                .arg(*path));
    if (!manifest.member(owner))
        return Error::usage(
            QStringLiteral("--owner %1: no such member (see `teamspace-cli member list`)").arg(owner));
    if (!request.runner.isEmpty() && !manifest.member(request.runner))
        return Error::usage(QStringLiteral("--runner %1: no such member (see `teamspace-cli member list`)")
                                .arg(request.runner));
    if (request.expectedOutputBytes && *request.expectedOutputBytes < 0)
        return Error::usage(QStringLiteral("--expected-output: must not be negative"));
    if (request.accelerator && !request.accelerator->isEmpty() &&
        !kAccelerators.contains(*request.accelerator))
        return Error::usage(
            QStringLiteral("%1: accelerator %2 is not one of CPU, GPU or TPU (choose one, or none)")
                .arg(*path, *request.accelerator));

    if (!existing) {
        NotebookAssignment fresh;
        fresh.path = *path;
        manifest.notebooks.append(fresh);
        existing = &manifest.notebooks.last();
    }
    existing->owner = owner;
    if (!request.runner.isEmpty())
        existing->runner = request.runner;
    if (request.expectedOutputBytes)
        existing->expectedOutputBytes = request.expectedOutputBytes;
    if (request.accelerator) {
        if (request.accelerator->isEmpty())
            existing->accelerator.reset();
        else
            existing->accelerator = request.accelerator;
    }
    std::sort(manifest.notebooks.begin(), manifest.notebooks.end(),
              [](const NotebookAssignment& a, const NotebookAssignment& b) { return a.path < b.path; });
    return manifest;
}

QString memberFolder(const Manifest& manifest, FolderRole role, const QString& memberId)
{
    for (const LayoutFolder& folder : manifest.foldersWithRole(role))
        if (folder.location == FolderLocation::Root)
            return folder.perMember ? folder.path + u'/' + memberId : folder.path;
    return {};
}

QList<RunnerCandidate> rankRunners(const Manifest& manifest, const QString& notebookPath,
                                   const QHash<QString, qint64>& usageByMember,
                                   std::optional<qint64> expectedOutputBytes)
{
    const NotebookAssignment* assignment = manifest.assignment(notebookPath);
    if (!expectedOutputBytes && assignment)
        expectedOutputBytes = assignment->expectedOutputBytes;
    const qint64 expected = expectedOutputBytes.value_or(0);

    QList<RunnerCandidate> candidates;
    for (const Member& member : manifest.members) {
        RunnerCandidate c;
        c.member = member.id;
        c.quotaBytes = member.quotaBytes;
        c.usedBytes = usageByMember.value(member.id, 0);
        for (const NotebookAssignment& a : manifest.notebooks)
            if (a.runner == member.id && a.path != notebookPath)
                c.committedBytes += a.expectedOutputBytes.value_or(0);
        if (c.quotaBytes) {
            c.headroomBytes = *c.quotaBytes - c.usedBytes - c.committedBytes;
            c.fits = *c.headroomBytes >= expected;
            c.explanation =
                QStringLiteral(
                    "quota %1 − used %2 − expected output of notebooks they run %3 = headroom %4; %5 %6")
                    .arg(formatByteSize(*c.quotaBytes), formatByteSize(c.usedBytes),
                         formatByteSize(c.committedBytes),
                         *c.headroomBytes < 0 ? QStringLiteral("−") + formatByteSize(-*c.headroomBytes)
                                              : formatByteSize(*c.headroomBytes),
                         c.fits ? QStringLiteral("fits") : QStringLiteral("does not fit"),
                         formatByteSize(expected));
        } else {
            c.explanation = QStringLiteral("no quota set, so the headroom is unknown: ranked last (set one "
                                           "with `teamspace-cli member add %1 --quota SIZE`)")
                                .arg(member.id);
        }
        candidates << c;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const RunnerCandidate& a, const RunnerCandidate& b) {
                         if (a.headroomBytes.has_value() != b.headroomBytes.has_value())
                             return a.headroomBytes.has_value();
                         if (a.headroomBytes && *a.headroomBytes != *b.headroomBytes)
                             return *a.headroomBytes > *b.headroomBytes;
                         return a.member < b.member;
                     });
    return candidates;
}

} // namespace ts::nb
