#include "services/NotebookHealth.h"

namespace ts::services {

// SCAFFOLD: filled in by the core-services part of issue 15.
QList<NotebookHealth> notebookHealth(const Workspace&, const QStringList& paths, const Call&)
{
    QList<NotebookHealth> result;
    for (const QString& p : paths) {
        NotebookHealth h;
        h.path = p;
        h.error = Error::failed(QStringLiteral("%1: health not computed yet").arg(p));
        result << h;
    }
    return result;
}

Result<nb::StripFileOutcome> stripMyNotebook(const Workspace&, const QString& path)
{
    return Error::failed(QStringLiteral("%1: not implemented yet").arg(path));
}

Result<bool> refreshMyRootCell(const Workspace&, const QString& path)
{
    return Error::failed(QStringLiteral("%1: not implemented yet").arg(path));
}

} // namespace ts::services
