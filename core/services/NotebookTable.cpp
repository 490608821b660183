#include "services/NotebookTable.h"

#include "notebooks/NotebookPaths.h"
#include "notebooks/Ownership.h"

#include <QFileInfo>
#include <QMap>

namespace ts::services {

QList<NotebookRow> notebookRows(const Workspace& ws)
{
    QMap<QString, bool> paths; // sorted; true: on disk
    for (const QString& p : nb::notebooksOnDisk(ws.repoDir))
        paths.insert(p, true);
    for (const NotebookAssignment& a : ws.manifest.notebooks)
        if (!paths.contains(a.path))
            paths.insert(a.path, false);

    QList<NotebookRow> rows;
    rows.reserve(paths.size());
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        NotebookRow row;
        row.path = it.key();
        row.onDisk = it.value();
        if (const NotebookAssignment* a = ws.manifest.assignment(row.path)) {
            row.assigned = true;
            row.owner = a->owner;
            row.runner = a->runner;
            row.plannedAccelerator = a->accelerator;
            row.expectedOutputBytes = a->expectedOutputBytes;
        } else {
            row.owner = nb::defaultOwner(ws.manifest, row.path);
        }
        if (row.onDisk) {
            const QFileInfo info(ws.repoDir + u'/' + row.path);
            row.bytes = info.size();
            row.modifiedMs = info.lastModified().toMSecsSinceEpoch();
        }
        rows << row;
    }
    return rows;
}

// SCAFFOLD: filled in by the core-services part of issue 15.
Result<QHash<QString, LastCommit>> lastCommits(const Workspace&, const QStringList&, const Call&)
{
    return QHash<QString, LastCommit>();
}

// SCAFFOLD: filled in by the core-services part of issue 15.
Result<QHash<QString, RunnerOutputs>> runnerOutputs(const Workspace& ws, qint64)
{
    QHash<QString, RunnerOutputs> result;
    for (const Member& m : ws.manifest.members)
        result.insert(m.id, RunnerOutputs{m.id, {}, {}, false, 0, 0, 0, 0, false, QStringLiteral("not scanned yet")});
    return result;
}

} // namespace ts::services
