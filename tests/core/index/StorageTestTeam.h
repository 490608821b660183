// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The tree the size-tree and browser tests read: a real workspace (colab-team layout, lead ana and member
// ben) with results, checkpoints and notebooks per member, a stranger's results, raw data, a model with a
// hard link and a symlink, a non-UTF-8 name and a name with a newline, scanned in full with services::scan,
// then changed and scanned incrementally so that a folder gets appended rows. And a small tree scanned as
// `nobody` with an unreadable folder (a root process reads everything, so the denial needs another user).
#pragma once

#include "index/IndexStore.h"
#include "index/ScanJob.h"
#include "services/ScanService.h"

#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ts::test {

// The file with a non-UTF-8 name: "odd/caf\xe9.txt" (Latin-1 é).
inline const QByteArray kOddName = QByteArrayLiteral("caf\xe9.txt");

inline void scanWorkspace(const Workspace& ws, bool full)
{
    services::ScanSettings settings;
    settings.full = full;
    auto report = services::scan(ws, settings, services::Call{});
    if (!report)
        qFatal("scan: %s", qPrintable(report.error().message));
}

struct StorageTeam
{
    QTemporaryDir dir;
    QString root = dir.filePath(QStringLiteral("shared"));
    QString repo = dir.filePath(QStringLiteral("repo"));
    Workspace ws;

    // Builds, scans in full, adds files to existing folders and scans again incrementally.
    void build()
    {
        QDir().mkpath(root);
        QDir().mkpath(repo);
        ws = makeWorkspace(repo, root, QStringLiteral("colab-team"), {QStringLiteral("ben")});
        const auto w = [&](const QString& path, int size, char c) { writeFile(path, QByteArray(size, c)); };
        w(root + QStringLiteral("/data/raw/a.csv"), 3000, 'r');
        w(root + QStringLiteral("/data/raw/b.csv"), 1000, 'r');
        w(root + QStringLiteral("/data/processed/p.parquet"), 2000, 'p');
        for (int i = 0; i < 12; ++i)
            w(root + QStringLiteral("/data/processed/shards/s%1").arg(i), 10 + i, 's');
        w(root + QStringLiteral("/results/ana/run1/out.npy"), 1000, 'a');
        w(root + QStringLiteral("/results/ana/run2/deep/er/x.npy"), 500, 'a');
        w(root + QStringLiteral("/checkpoints/ana/ck.pt"), 700, 'c');
        w(root + QStringLiteral("/results/ben/big.bin"), 20000, 'b');
        w(root + QStringLiteral("/checkpoints/ben/c.pt"), 100, 'c');
        w(root + QStringLiteral("/results/stranger/x.bin"), 7, 'x');
        w(root + QStringLiteral("/models/m.onnx"), 4000, 'm');
        w(root + QStringLiteral("/loose.txt"), 5, 'l');
        w(root + QStringLiteral("/odd/line\nbreak.txt"), 11, 'o');
        w(repo + QStringLiteral("/notebooks/ana/explore.ipynb"), 300, 'n');
        w(repo + QStringLiteral("/notebooks/ben/b.ipynb"), 200, 'n');
        QDir().mkpath(root + QStringLiteral("/empty"));
        const QByteArray r = QFile::encodeName(root);
        writeRaw(r + "/odd/" + kOddName, 13);
        if (::link(r + "/models/m.onnx", r + "/models/m-link.onnx") != 0 ||
            ::symlink("m.onnx", r + "/models/alias.onnx") != 0)
            qFatal("cannot make the links in %s", r.constData());
        scanWorkspace(ws, true);
        // New entries in folders that have an id range: appended rows.
        w(root + QStringLiteral("/results/ana/run1/later.npy"), 250, 'a');
        w(root + QStringLiteral("/data/raw/c.csv"), 60, 'r');
        scanWorkspace(ws, false);
    }

    // Through POSIX: QFile would decode the name as UTF-8 and lose the byte that is not.
    static void writeRaw(const QByteArray& path, int size)
    {
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const QByteArray content(size, 'z');
        const bool written = fd >= 0 && ::write(fd, content.constData(), std::size_t(size)) == size;
        if (fd >= 0)
            ::close(fd);
        if (!written)
            qFatal("cannot write %s", path.constData());
    }
};

// A small shared folder with an unreadable folder "locked" (chmod 000), scanned as the user `nobody` into
// `dbPath` (index::scanIntoIndex in a child process). Returns "" or why it cannot be done here (to QSKIP).
inline QString scanWithUnreadableFolder(const QString& base, const QString& dbPath)
{
    const QString root = base + QStringLiteral("/shared");
    const QString repo = base + QStringLiteral("/repo");
    writeFile(repo + QStringLiteral("/notebooks/n.ipynb"), "{}");
    writeFile(root + QStringLiteral("/open/a.txt"), "aaaa");
    writeFile(root + QStringLiteral("/locked/secret.txt"), "ssssssss");
    QDir().mkpath(QFileInfo(dbPath).path());
    const QByteArray locked = QFile::encodeName(root + QStringLiteral("/locked"));
    if (::chmod(locked.constData(), 0) != 0)
        return QStringLiteral("cannot chmod the locked folder");
    // Opened again afterwards, so that the temporary folder can be removed.
    struct Reopen
    {
        QByteArray path;
        ~Reopen() { ::chmod(path.constData(), 0755); }
    } reopen{locked};
    if (::geteuid() != 0) {
        index::ScanRequest request;
        request.sharedFolder = root;
        request.repository = repo;
        request.databasePath = dbPath;
        request.full = true;
        return index::scanIntoIndex(request) ? QString() : QStringLiteral("the scan failed");
    }
    const passwd* nobody = ::getpwnam("nobody");
    if (!nobody)
        return QStringLiteral("running as root and no user `nobody`: root reads every folder");
    // nobody must reach the tree (a QTemporaryDir is 0700) and write the index.
    if (::chmod(QFile::encodeName(base).constData(), 0755) != 0)
        return QStringLiteral("cannot open %1 to other users").arg(base);
    const QByteArray stateDir = QFile::encodeName(QFileInfo(dbPath).path());
    if (::chown(stateDir.constData(), nobody->pw_uid, nobody->pw_gid) != 0)
        return QStringLiteral("cannot hand the index folder to `nobody`");
    const pid_t child = ::fork();
    if (child == 0) {
        if (::setgid(nobody->pw_gid) != 0 || ::setuid(nobody->pw_uid) != 0)
            ::_exit(3);
        index::ScanRequest request;
        request.sharedFolder = root;
        request.repository = repo;
        request.databasePath = dbPath;
        request.full = true;
        ::_exit(index::scanIntoIndex(request) ? 0 : 4);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
        return QStringLiteral("cannot drop privileges to `nobody` here: root reads every folder");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return QStringLiteral("the scan as `nobody` failed (exit %1)").arg(WEXITSTATUS(status));
    return {};
}

} // namespace ts::test
