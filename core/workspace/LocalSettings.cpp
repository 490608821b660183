#include "workspace/LocalSettings.h"

#include <QDir>
#include <QSettings>

namespace ts {

namespace {

QSettings settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("teamspace"), QStringLiteral("teamspace"));
}

QString key(const QString& workspaceId, const char* name)
{
    return QStringLiteral("workspaces/%1/%2").arg(workspaceId, QLatin1String(name));
}

} // namespace

QString LocalSettings::memberId(const QString& workspaceId) { return settings().value(key(workspaceId, "member")).toString(); }

void LocalSettings::setMemberId(const QString& workspaceId, const QString& memberId)
{
    settings().setValue(key(workspaceId, "member"), memberId);
}

QString LocalSettings::rootPath(const QString& workspaceId) { return settings().value(key(workspaceId, "root")).toString(); }

void LocalSettings::setRootPath(const QString& workspaceId, const QString& rootPath)
{
    settings().setValue(key(workspaceId, "root"), rootPath);
}

QStringList LocalSettings::recentWorkspaces()
{
    QStringList result;
    for (const QString& dir : settings().value(QStringLiteral("recent")).toStringList())
        if (QDir(dir).exists())
            result << dir;
    return result;
}

void LocalSettings::addRecentWorkspace(const QString& workspaceDir)
{
    QStringList recent = settings().value(QStringLiteral("recent")).toStringList();
    recent.removeAll(workspaceDir);
    recent.prepend(workspaceDir);
    while (recent.size() > 10)
        recent.removeLast();
    settings().setValue(QStringLiteral("recent"), recent);
}

} // namespace ts
