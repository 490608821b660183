// Temporary: the manifest parser and writer land with the workspace module.
#include "workspace/Manifest.h"

namespace ts {

const Member* Manifest::member(const QString& memberId) const
{
    for (const Member& m : members)
        if (m.id == memberId)
            return &m;
    return nullptr;
}

bool Manifest::isLead(const QString& memberId) const
{
    const Member* m = member(memberId);
    return m && m->role == MemberRole::Lead;
}

const NotebookAssignment* Manifest::assignment(const QString& notebookPath) const
{
    for (const NotebookAssignment& a : notebooks)
        if (a.path == notebookPath)
            return &a;
    return nullptr;
}

QList<LayoutFolder> Manifest::foldersWithRole(FolderRole role) const
{
    QList<LayoutFolder> result;
    for (const LayoutFolder& f : layout)
        if (f.role == role)
            result << f;
    return result;
}

Result<Manifest> loadManifest(const QString& workspaceDir)
{
    return Error::failed(workspaceDir + QStringLiteral(": manifest parsing is not implemented yet"));
}

} // namespace ts
