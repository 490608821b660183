// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/NotebookOwnership.h"

#include "activity/ActivityLog.h"
#include "index/IndexStore.h"
#include "notebooks/NotebookFacts.h"
#include "notebooks/NotebookFile.h"
#include "notebooks/NotebookPaths.h"
#include "util/ByteSize.h"
#include "workspace/ManifestEdit.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace ts::services {

namespace {

Result<QHash<QString, qint64>> usageFromIndex(const Workspace& ws)
{
    auto store = index::IndexStore::open(ws.databasePath);
    if (!store)
        return store.error();
    auto usage = store->usageByMember(ws.manifest);
    if (!usage)
        return usage.error();
    QHash<QString, qint64> result;
    for (const index::MemberUsage& u : *usage)
        result.insert(u.id, u.bytes);
    return result;
}

QString describe(const NotebookAssignment& a)
{
    QString detail = QStringLiteral("owner %1, runner %2")
                         .arg(a.owner, a.runner.isEmpty() ? QStringLiteral("not chosen") : a.runner);
    if (a.expectedOutputBytes)
        detail += QStringLiteral(", expected output %1").arg(formatByteSize(*a.expectedOutputBytes));
    if (a.accelerator)
        detail += QStringLiteral(", accelerator %1").arg(*a.accelerator);
    return detail;
}

} // namespace

NotebookListReport listNotebooks(const Workspace& ws)
{
    QMap<QString, bool> paths; // sorted; true: on disk
    for (const QString& p : nb::notebooksOnDisk(ws.repoDir))
        paths.insert(p, true);
    for (const NotebookAssignment& a : ws.manifest.notebooks)
        if (!paths.contains(a.path))
            paths.insert(a.path, false);

    NotebookListReport report;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        NotebookListEntry entry;
        entry.path = it.key();
        entry.onDisk = it.value();
        const NotebookAssignment* assignment = ws.manifest.assignment(entry.path);
        entry.owner = assignment ? assignment->owner : nb::defaultOwner(ws.manifest, entry.path);
        entry.runner = assignment ? assignment->runner : QString();
        if (assignment)
            entry.plannedAccelerator = assignment->accelerator;
        if (entry.onDisk) {
            entry.bytes = QFileInfo(ws.repoDir + u'/' + entry.path).size();
            if (auto notebook = nb::loadNotebook(nb::NotebookLocation::inRepository(ws.repoDir, entry.path)))
                entry.accelerator = nb::notebookFacts(*notebook).accelerator;
            else
                report.warnings << notebook.error().message;
        }
        report.notebooks << entry;
    }
    return report;
}

Result<NotebookAssignment> assignNotebook(Workspace& ws, const AssignRequest& request)
{
    if (!ws.me.isEmpty() && !ws.manifest.isLead(ws.me))
        return Error::usage(
            QStringLiteral("%1 is not the lead: only the lead assigns notebooks (the sync sets "
                           "aside others' manifest edits)")
                .arg(ws.me));
    auto path = nb::repositoryRelativeNotebook(ws.repoDir, request.notebook);
    if (!path)
        return path.error();
    nb::AssignmentRequest assignment{*path, request.owner, request.runner, request.expectedOutputBytes,
                                     request.accelerator};
    // Checked on the manifest as read, so a refusal names the request, not a later file.
    if (auto checked = nb::assignNotebook(ws.manifest, assignment); !checked)
        return checked.error();
    ManifestEdit edit;
    edit.apply = [&](const Manifest& current) { return nb::assignNotebook(current, assignment); };
    edit.conflict = [&](const Manifest& base, const Manifest& current) {
        return assignmentConflict(base, current, *path);
    };
    auto edited = editManifest(ws, edit);
    if (!edited)
        return edited.error();
    const NotebookAssignment* a = edited->after.assignment(*path);
    if (!a)
        return Error::failed(
            QStringLiteral("%1: the assignment of %2 is missing after the edit").arg(ws.repoDir, *path));
    if (Status logged = ActivityLog::record(ws, QStringLiteral("notebook.assign"), a->path, describe(*a));
        !logged)
        return logged.error().prefixed(
            QStringLiteral("the assignment is saved in teamspace.json, but the activity log failed: "));
    return *a;
}

Result<RunnerSuggestion> suggestRunner(const Workspace& ws, const QString& notebook,
                                       std::optional<qint64> expectedOutputBytes)
{
    auto path = nb::repositoryRelativeNotebook(ws.repoDir, notebook);
    if (!path)
        return path.error();
    auto usage = usageFromIndex(ws);
    if (!usage)
        return usage.error();
    return RunnerSuggestion{*path, nb::rankRunners(ws.manifest, *path, *usage, expectedOutputBytes)};
}

} // namespace ts::services

namespace ts::services {

namespace {

// The notebooks `member` owns by default: on disk under their notebooks folder, with no assignment.
QStringList defaultOwnedUnassigned(const Workspace& ws, const Manifest& manifest, const QString& member)
{
    QStringList result;
    for (const QString& p : nb::notebooksOnDisk(ws.repoDir))
        if (!manifest.assignment(p) && nb::defaultOwner(manifest, p) == member)
            result << p;
    return result;
}

// `manifest` with `from`'s notebooks moved; `changed` receives the paths that changed.
Manifest reassigned(Manifest manifest, const ReassignRequest& request, const QStringList& unassigned,
                    QStringList& changed)
{
    changed.clear();
    for (NotebookAssignment& a : manifest.notebooks) {
        const NotebookAssignment before = a;
        if (a.owner == request.from)
            a.owner = request.owner;
        if (a.runner == request.from)
            a.runner = request.runner;
        if (!(a == before))
            changed << a.path;
    }
    for (const QString& p : unassigned) {
        if (manifest.assignment(p))
            continue;
        NotebookAssignment fresh;
        fresh.path = p;
        fresh.owner = request.owner;
        manifest.notebooks.append(fresh);
        changed << p;
    }
    std::sort(manifest.notebooks.begin(), manifest.notebooks.end(),
              [](const NotebookAssignment& a, const NotebookAssignment& b) { return a.path < b.path; });
    changed.sort();
    return manifest;
}

} // namespace

Result<ReassignReport> reassignNotebooks(Workspace& ws, const ReassignRequest& request)
{
    if (!ws.me.isEmpty() && !ws.manifest.isLead(ws.me))
        return Error::usage(
            QStringLiteral("%1 is not the lead: only the lead reassigns notebooks (the sync sets "
                           "aside others' manifest edits)")
                .arg(ws.me));
    const QStringList unassigned = defaultOwnedUnassigned(ws, ws.manifest, request.from);
    bool owns = !unassigned.isEmpty();
    bool runs = false;
    for (const NotebookAssignment& a : ws.manifest.notebooks) {
        owns = owns || a.owner == request.from;
        runs = runs || a.runner == request.from;
    }
    if (owns) {
        if (request.owner.isEmpty())
            return Error::usage(
                QStringLiteral("%1 owns notebooks: choose the member who takes them over").arg(request.from));
        if (request.owner == request.from)
            return Error::usage(
                QStringLiteral("%1 cannot take over their own notebooks: choose another member")
                    .arg(request.owner));
        if (!ws.manifest.member(request.owner))
            return Error::usage(QStringLiteral("%1 is not a member: choose the new owner among the members")
                                    .arg(request.owner));
    }
    if (!request.runner.isEmpty()) {
        if (request.runner == request.from)
            return Error::usage(QStringLiteral("%1 cannot run their own notebooks after the reassignment: "
                                               "choose another runner, or none")
                                    .arg(request.runner));
        if (!ws.manifest.member(request.runner))
            return Error::usage(QStringLiteral("%1 is not a member: choose the new runner among the members")
                                    .arg(request.runner));
    }
    if (!owns && !runs)
        return ReassignReport{};

    QStringList changed;
    reassigned(ws.manifest, request, unassigned, changed);
    const QStringList affected = changed;
    ManifestEdit edit;
    edit.apply = [&](const Manifest& current) -> Result<Manifest> {
        return reassigned(current, request, unassigned, changed);
    };
    edit.conflict = [&](const Manifest& base, const Manifest& current) {
        for (const QString& p : affected)
            if (QString why = assignmentConflict(base, current, p); !why.isEmpty())
                return why;
        return QString();
    };
    auto edited = editManifest(ws, edit);
    if (!edited)
        return edited.error();
    ReassignReport report;
    for (const QString& p : std::as_const(changed))
        if (const NotebookAssignment* a = edited->after.assignment(p))
            report.changed << *a;
    for (const NotebookAssignment& a : std::as_const(report.changed))
        if (Status logged =
                ActivityLog::record(ws, QStringLiteral("notebook.assign"), a.path,
                                    QStringLiteral("reassigned from %1: %2").arg(request.from, describe(a)));
            !logged)
            return logged.error().prefixed(
                QStringLiteral("the reassignment is saved in teamspace.json, but the activity log failed: "));
    return report;
}

QStringList notebooksOf(const Workspace& ws, const QString& member)
{
    QStringList result = defaultOwnedUnassigned(ws, ws.manifest, member);
    for (const NotebookAssignment& a : ws.manifest.notebooks)
        if (a.owner == member || a.runner == member)
            result << a.path;
    result.sort();
    return result;
}

} // namespace ts::services
