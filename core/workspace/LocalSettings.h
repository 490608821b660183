// Per-machine facts about a workspace, never shared: who I am in it and where its shared folder is mounted.
// Stored with QSettings under the user's config folder, keyed by the workspace id.
#pragma once

#include <QString>
#include <QStringList>

namespace ts {

class LocalSettings
{
public:
    static QString memberId(const QString& workspaceId);
    static void setMemberId(const QString& workspaceId, const QString& memberId);
    static QString rootPath(const QString& workspaceId);
    static void setRootPath(const QString& workspaceId, const QString& rootPath);

    // Most recent first, at most 10, only folders that still exist.
    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString& workspaceDir);
};

} // namespace ts
