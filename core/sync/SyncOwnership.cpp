// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/SyncOwnership.h"

#include <QDateTime>
#include <QFileInfo>

namespace ts::sync {

SyncOwnership::SyncOwnership(const Manifest& manifest, const QString& me)
    : m_manifest(manifest), m_me(me), m_notebooksFolder(QStringLiteral("notebooks")), m_isLead(manifest.isLead(me))
{
    for (const LayoutFolder& folder : manifest.foldersWithRole(FolderRole::Notebooks)) {
        if (folder.location == FolderLocation::Repository && folder.perMember) {
            m_notebooksFolder = folder.path;
            break;
        }
    }
}

PathKind SyncOwnership::kindOf(const QString& path)
{
    if (path == QLatin1String(kManifestFileName) || path == QLatin1String("raw-baseline.json"))
        return PathKind::LeadOnly;
    if (path.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive))
        return PathKind::Notebook;
    return PathKind::Other;
}

QString SyncOwnership::ownerOf(const QString& path) const
{
    if (const NotebookAssignment* assignment = m_manifest.assignment(path); assignment && !assignment->owner.isEmpty())
        return assignment->owner;
    const QString prefix = m_notebooksFolder + u'/';
    if (!path.startsWith(prefix))
        return {};
    const QString rest = path.mid(prefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0)
        return {};
    const QString member = rest.left(slash);
    // A folder named like nobody in the team is nobody's: shared.
    return m_manifest.member(member) ? member : QString();
}

bool SyncOwnership::mayCommit(const QString& path) const
{
    if (kindOf(path) == PathKind::LeadOnly)
        return m_isLead;
    const QString owner = ownerOf(path);
    return owner.isEmpty() || owner == m_me;
}

QString SyncOwnership::setAsideFolder() const { return m_notebooksFolder + u'/' + m_me + QStringLiteral("/set-aside"); }

QString SyncOwnership::setAsideCopyPath(const QString& path, const QString& stamp,
                                        const std::function<bool(const QString&)>& taken) const
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const QString stem = dot > 0 ? fileName.left(dot) : fileName;
    const QString extension = dot > 0 ? fileName.mid(dot) : QString();
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? stamp : stamp + u'-' + QString::number(n);
        const QString candidate = setAsideFolder() + u'/' + stem + u'.' + suffix + extension;
        if (!taken || !taken(candidate))
            return candidate;
    }
}

QString setAsideStamp(const QDateTime& utc) { return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")); }

} // namespace ts::sync
