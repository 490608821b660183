// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/LocalSettings.h"

#include "db/LocalPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <sys/stat.h>

#include <utility>

namespace ts {

namespace {

QSettings settings()
{
    return QSettings(db::localSettingsFile(), QSettings::IniFormat);
}

// Who I am and where my team's data is mounted are nobody else's business on a shared machine: the file is
// 0600 and its folder 0700 (QSaveFile, which QSettings writes through, keeps the mode of the file it
// replaces, so a chmod after the first write holds). Settings an older version left readable are tightened
// when a workspace is opened.
void makePrivate(const QString& fileName)
{
    for (const auto& [path, mode] :
         {std::pair{QFile::encodeName(fileName), mode_t(S_IRUSR | S_IWUSR)},
          std::pair{QFile::encodeName(QFileInfo(fileName).absolutePath()), mode_t(S_IRWXU)}}) {
        struct stat st = {};
        if (::stat(path.constData(), &st) == 0 && (st.st_mode & 077) != 0)
            ::chmod(path.constData(), mode);
    }
}

void store(const QString& name, const QVariant& value)
{
    QSettings s = settings();
    s.setValue(name, value);
    s.sync();
    makePrivate(s.fileName());
}

QString key(const QString& stateKey, const char* name)
{
    return QStringLiteral("workspaces/%1/%2").arg(stateKey, QLatin1String(name));
}

} // namespace

QString LocalSettings::stateKey(const QString& workspaceId, const QString& repoDir)
{
    QSettings current = settings();
    makePrivate(current.fileName());
    const QString claimed = current.value(key(workspaceId, "repo")).toString();
    if (claimed == repoDir)
        return workspaceId;
    if (claimed.isEmpty()) {
        store(key(workspaceId, "repo"), repoDir);
        return workspaceId;
    }
    // '~' is not allowed in a workspace id, so a derived key never names another workspace.
    const QString separate =
        workspaceId + u'~' +
        QString::fromLatin1(
            QCryptographicHash::hash(repoDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    if (settings().value(key(separate, "repo")).toString() != repoDir)
        store(key(separate, "repo"), repoDir);
    return separate;
}

QString LocalSettings::repositoryOf(const QString& stateKey)
{
    return settings().value(key(stateKey, "repo")).toString();
}

QString LocalSettings::memberId(const QString& stateKey)
{
    return settings().value(key(stateKey, "member")).toString();
}

void LocalSettings::setMemberId(const QString& stateKey, const QString& memberId)
{
    store(key(stateKey, "member"), memberId);
}

QString LocalSettings::rootPath(const QString& stateKey)
{
    return settings().value(key(stateKey, "root")).toString();
}

void LocalSettings::setRootPath(const QString& stateKey, const QString& rootPath)
{
    store(key(stateKey, "root"), rootPath);
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
    store(QStringLiteral("recent"), recent);
}

QByteArray LocalSettings::windowGeometry()
{
    return settings().value(QStringLiteral("window/geometry")).toByteArray();
}

void LocalSettings::setWindowGeometry(const QByteArray& geometry)
{
    store(QStringLiteral("window/geometry"), geometry);
}

QString LocalSettings::lastPanel()
{
    return settings().value(QStringLiteral("window/panel")).toString();
}

void LocalSettings::setLastPanel(const QString& panelId)
{
    store(QStringLiteral("window/panel"), panelId);
}

QStringList LocalSettings::gitCredentialHelperRemotes()
{
    return settings().value(QStringLiteral("credentials/gitHelper")).toStringList();
}

bool LocalSettings::usesGitCredentialHelper(const QString& remoteKey)
{
    return gitCredentialHelperRemotes().contains(remoteKey);
}

void LocalSettings::setUsesGitCredentialHelper(const QString& remoteKey, bool use)
{
    QStringList remotes = gitCredentialHelperRemotes();
    remotes.removeAll(remoteKey);
    if (use)
        remotes << remoteKey;
    remotes.sort();
    store(QStringLiteral("credentials/gitHelper"), remotes);
}

QString LocalSettings::fileName()
{
    return settings().fileName();
}

} // namespace ts
