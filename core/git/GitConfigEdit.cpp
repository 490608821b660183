// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitConfigEdit.h"

#include "git/GitHandles.h"
#include "git/GitLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ts::git {

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

Result<QString> valueIn(git_config* config, const QString& key, const QString& where)
{
    GitBuffer buffer;
    const int code = git_config_get_string_buf(buffer.get(), config, utf8(key).constData());
    if (code == GIT_ENOTFOUND)
        return QString();
    if (code < 0)
        return gitError(code, QStringLiteral("%1: cannot read %2: ").arg(where, key));
    return QString::fromUtf8(buffer.bytes());
}

Result<bool> setIn(git_config* config, const QString& key, const QString& value, const QString& where)
{
    auto current = valueIn(config, key, where);
    if (!current)
        return current.error();
    if (*current == value)
        return false;
    if (const int code = git_config_set_string(config, utf8(key).constData(), utf8(value).constData()); code < 0)
        return gitError(code, QStringLiteral("%1: cannot set %2: ").arg(where, key));
    return true;
}

// The repository's own level (.git/config) of its configuration.
Result<ConfigHandle> localConfig(const GitRepository& repo, QString& where)
{
    git_repository* raw = GitAccess::repo(repo);
    where = QDir::cleanPath(QString::fromUtf8(git_repository_path(raw))) + QStringLiteral("/config");
    git_config* all = nullptr;
    if (const int code = git_repository_config(&all, raw); code < 0)
        return gitError(code, QStringLiteral("%1: cannot open the git configuration: ").arg(where));
    const ConfigHandle owner(all);
    git_config* local = nullptr;
    if (const int code = git_config_open_level(&local, all, GIT_CONFIG_LEVEL_LOCAL); code < 0)
        return gitError(code, QStringLiteral("%1: cannot open the git configuration: ").arg(where));
    return ConfigHandle(local);
}

Result<ConfigHandle> globalConfig(QString& where)
{
    where = globalConfigPath();
    git_config* config = nullptr;
    if (const int code = git_config_open_ondisk(&config, QFile::encodeName(where).constData()); code < 0)
        return gitError(code, QStringLiteral("%1: cannot open the git configuration: ").arg(where));
    return ConfigHandle(config);
}

} // namespace

Result<QString> localConfigValue(const GitRepository& repo, const QString& key)
{
    QString where;
    auto config = localConfig(repo, where);
    if (!config)
        return config.error();
    return valueIn(config->get(), key, where);
}

Result<bool> setLocalConfigValue(const GitRepository& repo, const QString& key, const QString& value)
{
    QString where;
    auto config = localConfig(repo, where);
    if (!config)
        return config.error();
    return setIn(config->get(), key, value, where);
}

QString globalConfigPath()
{
    const QString home = QDir::homePath() + QStringLiteral("/.gitconfig");
    if (QFileInfo::exists(home))
        return home;
    QString xdgHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (xdgHome.isEmpty())
        xdgHome = QDir::homePath() + QStringLiteral("/.config");
    const QString xdg = xdgHome + QStringLiteral("/git/config");
    return QFileInfo::exists(xdg) ? xdg : home;
}

Result<QString> globalConfigValue(const QString& key)
{
    const GitLibrary library;
    QString where;
    auto config = globalConfig(where);
    if (!config)
        return config.error();
    return valueIn(config->get(), key, where);
}

Result<bool> setGlobalConfigValue(const QString& key, const QString& value)
{
    const GitLibrary library;
    QString where;
    auto config = globalConfig(where);
    if (!config)
        return config.error();
    return setIn(config->get(), key, value, where);
}

} // namespace ts::git
