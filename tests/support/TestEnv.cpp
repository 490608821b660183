// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "TestEnv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QStandardPaths>

#include <cstdlib>

namespace ts::test {

void isolateUserFolders()
{
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/teamspace-test-home-XXXXXX"));
    if (!home.isValid())
        qFatal("cannot create a temporary HOME");
    const QString base = home.path();
    const struct { const char* name; const char* sub; } vars[] = {
        {"HOME", ""}, {"XDG_CONFIG_HOME", "/.config"}, {"XDG_DATA_HOME", "/.local/share"}, {"XDG_CACHE_HOME", "/.cache"},
    };
    for (const auto& v : vars) {
        const QString path = base + QLatin1String(v.sub);
        QDir().mkpath(path);
        qputenv(v.name, QFile::encodeName(path));
    }
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write test file %s", qPrintable(path));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QMap<QString, QByteArray> snapshotTree(const QString& root)
{
    QMap<QString, QByteArray> snapshot;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = base.relativeFilePath(path);
        if (info.isSymLink())
            snapshot.insert(rel, "symlink:" + QFile::encodeName(info.symLinkTarget()));
        else if (info.isDir())
            snapshot.insert(rel + u'/', QByteArray("dir:") + QByteArray::number(int(info.permissions())));
        else
            snapshot.insert(rel, readFile(path) + "|mode:" + QByteArray::number(int(info.permissions())));
    }
    return snapshot;
}

} // namespace ts::test
