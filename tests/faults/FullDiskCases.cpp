// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "FullDiskCases.h"

#include "FileFacts.h"

#include "../core/notebooks/NotebookCorpus.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include "db/SqliteDb.h"
#include "git/GitRepository.h"
#include "notebooks/NotebookStripper.h"
#include "util/UniqueFd.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ts::test {

QStringList fullDiskCaseNames()
{
    return {QStringLiteral("notebook strip"), QStringLiteral("notebook root-cell"),
            QStringLiteral("member add"),     QStringLiteral("member update"),
            QStringLiteral("member remove"),  QStringLiteral("notebook assign"),
            QStringLiteral("raw baseline"),   QStringLiteral("init")};
}

FullDiskCase prepareFullDiskCase(const QString& name, const QString& repoDir, const QString& rootDir)
{
    if (name == QLatin1String("init")) {
        // A git repository with its own .gitignore that init extends: the first file init writes.
        if (!git::GitRepository::init(repoDir))
            qFatal("git init %s failed", qPrintable(repoDir));
        writeFile(repoDir + QStringLiteral("/.gitignore"), QByteArray("__pycache__/\n*.pyc\n").repeated(60));
        return {{QStringLiteral("-w"), repoDir, QStringLiteral("--root"), rootDir, QStringLiteral("init"),
                 QStringLiteral("--name"), QStringLiteral("T"), QStringLiteral("--lead"),
                 QStringLiteral("ana"), QStringLiteral("--lead-name"), QStringLiteral("Ana"),
                 QStringLiteral("--lead-email"), QStringLiteral("ana@example.org")},
                QStringLiteral(".gitignore")};
    }
    makeWorkspace(repoDir, rootDir, QStringLiteral("colab-team"), {QStringLiteral("bo")});
    // Twelve plots of ~50 KB: 610 KB on disk, ~2.5 KB stripped, well under QSaveFile's 16 KiB buffer.
    writeFile(repoDir + QStringLiteral("/notebooks/ana/train.ipynb"), notebookWithImages(12, 49500));
    writeFile(repoDir + QStringLiteral("/notebooks/ana/analysis.ipynb"),
              nb::stripNotebookBytes(notebookWithImages(8, 100), defaultStripPolicy()).value());
    const QStringList w = {QStringLiteral("-w"), repoDir, QStringLiteral("--root"), rootDir};
    if (name == QLatin1String("notebook strip"))
        return {{QStringLiteral("notebook"), QStringLiteral("strip"),
                 repoDir + QStringLiteral("/notebooks/ana/train.ipynb")},
                QStringLiteral("notebooks/ana/train.ipynb")};
    if (name == QLatin1String("notebook root-cell"))
        return {w + QStringList{QStringLiteral("notebook"), QStringLiteral("root-cell"),
                                QStringLiteral("notebooks/ana/analysis.ipynb")},
                QStringLiteral("notebooks/ana/analysis.ipynb")};
    if (name == QLatin1String("member add"))
        return {w + QStringList{QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("cy"),
                                QStringLiteral("--name"), QStringLiteral("Cy"), QStringLiteral("--email"),
                                QStringLiteral("cy@example.org")},
                QStringLiteral("teamspace.json")};
    if (name == QLatin1String("member update"))
        return {w + QStringList{QStringLiteral("member"), QStringLiteral("update"), QStringLiteral("bo"),
                                QStringLiteral("--quota"), QStringLiteral("2GiB")},
                QStringLiteral("teamspace.json")};
    if (name == QLatin1String("member remove"))
        return {w + QStringList{QStringLiteral("member"), QStringLiteral("remove"), QStringLiteral("bo")},
                QStringLiteral("teamspace.json")};
    if (name == QLatin1String("notebook assign"))
        return {w + QStringList{QStringLiteral("notebook"), QStringLiteral("assign"),
                                QStringLiteral("notebooks/ana/train.ipynb"), QStringLiteral("--runner"),
                                QStringLiteral("bo")},
                QStringLiteral("teamspace.json")};
    if (name == QLatin1String("raw baseline")) {
        for (int i = 0; i < 8; ++i)
            writeFile(rootDir + QStringLiteral("/data/raw/sample-%1.csv").arg(i), QByteArray(1000 + i, 'x'));
        const CliOutput published =
            runCliWithFileSizeLimit(w + QStringList{QStringLiteral("raw"), QStringLiteral("baseline")});
        if (published.exitCode != 0)
            qFatal("the first raw baseline failed: %s", published.err.constData());
        writeFile(rootDir + QStringLiteral("/data/raw/late.csv"), "arrived after the baseline\n");
        return {w + QStringList{QStringLiteral("raw"), QStringLiteral("baseline")},
                QStringLiteral("raw-baseline.json")};
    }
    qFatal("no full-disk case %s", qPrintable(name));
}

CliOutput runCliWithFileSizeLimit(const QStringList& args, qint64 fileSizeLimit)
{
    CliOptions options;
    options.fileSizeLimit = fileSizeLimit;
    options.program = QString::fromLocal8Bit(qgetenv("TEAMSPACE_FAULTS_CLI")); // empty: the CLI under test
    return runCliWith(args, options);
}

void verifyNothingWasLost(const CliOutput& run, const QString& expectedReason, const QString& path,
                          const QByteArray& before, const QStringList& namesBefore)
{
    qDebug("teamspace-cli said: %s", run.err.trimmed().constData());
    const QByteArray said =
        "exit " + QByteArray::number(run.exitCode) + ", stdout: " + run.out + "stderr: " + run.err;
    QVERIFY2(run.exitCode == 4, said.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(expectedReason), said.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(path), said.constData());
    QVERIFY2(!run.out.contains("stripped:") && !run.out.contains("written:"), said.constData());
    const QByteArray after = readFile(path);
    QVERIFY2(
        after == before,
        qPrintable(
            QStringLiteral("%1: %2 bytes before, %3 after").arg(path).arg(before.size()).arg(after.size())));
    QCOMPARE(namesIn(QFileInfo(path).absolutePath()), namesBefore);
}

Status insertIntoDatabase(const QString& path, int bytes)
{
    auto db = db::SqliteDb::open(path);
    if (!db)
        return db.error();
    if (auto created = db->exec("CREATE TABLE IF NOT EXISTS blobs(data BLOB)"); !created)
        return created;
    auto insert = db->prepare("INSERT INTO blobs(data) VALUES (?1)");
    if (!insert)
        return insert.error();
    insert->bindBlob(1, QByteArray(bytes, 'b'));
    return insert->run();
}

QString insertIntoDatabaseWithFileSizeLimit(const QString& path, int bytes, qint64 limit)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return QStringLiteral("pipe failed");
    UniqueFd readEnd(fds[0]), writeEnd(fds[1]);
    const pid_t child = ::fork();
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit rl = {rlim_t(limit), rlim_t(limit)};
        ::setrlimit(RLIMIT_FSIZE, &rl);
        const Status inserted = insertIntoDatabase(path, bytes);
        const QByteArray message = inserted ? QByteArray() : inserted.error().message.toUtf8();
        if (::write(writeEnd.get(), message.constData(), std::size_t(message.size())) < 0)
            ::_exit(2);
        ::_exit(0);
    }
    writeEnd.reset();
    QByteArray said;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(readEnd.get(), buffer, sizeof buffer)) > 0)
        said.append(buffer, n);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status))
        return QStringLiteral("the child died (signal %1)").arg(WTERMSIG(status));
    return QString::fromUtf8(said);
}

} // namespace ts::test
