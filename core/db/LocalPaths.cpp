// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "db/LocalPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ts::db {

namespace {

const QString kName = QStringLiteral("teamspace");

QString under(QStandardPaths::StandardLocation location)
{
    return QDir::cleanPath(QStandardPaths::writableLocation(location) + u'/' + kName);
}

} // namespace

QString localDataDir()
{
    return under(QStandardPaths::GenericDataLocation);
}

QString localCacheDir()
{
    return under(QStandardPaths::GenericCacheLocation);
}

QString localConfigDir()
{
    return under(QStandardPaths::GenericConfigLocation);
}

QString localSettingsFile()
{
    return localConfigDir() + QStringLiteral("/teamspace.ini");
}

QString oldLocalDataDir()
{
    return localDataDir() + u'/' + kName;
}

bool isInside(const QString& path, const QString& dir)
{
    const QString cleanPath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString cleanDir = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    return cleanPath == cleanDir || cleanPath.startsWith(cleanDir + u'/');
}

QString fileIndexPathFor(const QString& databasePath)
{
    const QString absolute = QDir::cleanPath(QFileInfo(databasePath).absoluteFilePath());
    const QString base = absolute.endsWith(QLatin1String(".sqlite"))
                             ? absolute.chopped(int(qstrlen(".sqlite")))
                             : absolute;
    const QString beside = base + QStringLiteral(".files.sqlite");
    const QString data = localDataDir() + QStringLiteral("/workspaces/");
    if (!absolute.startsWith(data))
        return beside;
    return localCacheDir() + QStringLiteral("/workspaces/") + beside.mid(data.size());
}

} // namespace ts::db
