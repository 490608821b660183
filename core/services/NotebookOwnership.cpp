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
    nb::AssignmentRequest assignment{*path, request.owner, request.runner, request.expectedOutputBytes};
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

// SCAFFOLD: filled in by the core-services part of issue 15.
Result<ReassignReport> reassignNotebooks(Workspace&, const ReassignRequest& request)
{
    return Error::failed(QStringLiteral("reassigning %1's notebooks is not implemented yet").arg(request.from));
}

QStringList notebooksOf(const Workspace& ws, const QString& member)
{
    QStringList result;
    for (const NotebookAssignment& a : ws.manifest.notebooks)
        if (a.owner == member || a.runner == member)
            result << a.path;
    return result;
}

} // namespace ts::services
