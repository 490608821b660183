// SCAFFOLD (issue 16): replaced by the set-aside engineer.
#include "services/SetAside.h"

namespace ts::services {

namespace {
Error notYet()
{
    return Error::failed(QStringLiteral("set-aside review: not built yet"));
}
} // namespace

Result<QList<SetAsideCopy>> listSetAside(const Workspace& ws)
{
    Q_UNUSED(ws);
    return notYet();
}

Result<nb::NotebookDiff> diffSetAside(const Workspace& ws, const QString& copy)
{
    Q_UNUSED(ws);
    Q_UNUSED(copy);
    return notYet();
}

Result<ApplyCellsReport> applySetAsideCells(const Workspace& ws, const QString& copy, const QList<int>& rows)
{
    Q_UNUSED(ws);
    Q_UNUSED(copy);
    Q_UNUSED(rows);
    return notYet();
}

Status discardSetAside(const Workspace& ws, const QString& copy)
{
    Q_UNUSED(ws);
    Q_UNUSED(copy);
    return notYet();
}

Result<QList<HistoryCommit>> syncHistory(const Workspace& ws, int limit, const Call& call)
{
    Q_UNUSED(ws);
    Q_UNUSED(limit);
    Q_UNUSED(call);
    return notYet();
}

Result<nb::NotebookDiff> diffAtCommit(const Workspace& ws, const QString& commit, const QString& path)
{
    Q_UNUSED(ws);
    Q_UNUSED(commit);
    Q_UNUSED(path);
    return notYet();
}

} // namespace ts::services
