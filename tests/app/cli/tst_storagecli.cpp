// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "CliRunner.h"
#include "IndexTestSupport.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ts;

namespace {

// What an independent tool says: apparent sizes of regular files, each inode once (the repository's .git left
// out).
qint64 findApparentBytes(const QStringList& tops)
{
    QSet<QByteArray> seen;
    qint64 total = 0;
    for (const QString& top : tops) {
        QProcess find;
        find.start(QStringLiteral("find"),
                   {top, QStringLiteral("-path"), top + QStringLiteral("/.git"), QStringLiteral("-prune"),
                    QStringLiteral("-o"), QStringLiteral("-type"), QStringLiteral("f"),
                    QStringLiteral("-printf"), QStringLiteral("%D:%i %s\\n")});
        find.waitForFinished();
        for (const QByteArray& line : find.readAllStandardOutput().split('\n')) {
            const auto parts = line.split(' ');
            if (parts.size() == 2 && !seen.contains(parts[0])) {
                seen.insert(parts[0]);
                total += parts[1].toLongLong();
            }
        }
    }
    return total;
}

// A workspace on disk: teamspace.json in `repo`, data in `root`, the index in `state`.
struct Workspace
{
    QTemporaryDir repo, root, state;
    Manifest manifest = test::teamManifest();

    Workspace() { writeManifest(); }
    void writeManifest()
    {
        test::writeFile(repo.filePath(QStringLiteral("teamspace.json")), serializeManifest(manifest));
    }
    QString at(const QString& rel) const { return root.path() + u'/' + rel; }
    QString index() const { return state.filePath(QStringLiteral("index.sqlite")); }
    test::CliOutput cli(QStringList args) const
    {
        return test::runCli(QStringList{QStringLiteral("-w"), repo.path(), QStringLiteral("-r"), root.path(),
                                        QStringLiteral("--index"), index()} +
                            args);
    }
};

void sparse(const QString& path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::ftruncate(fd, size), 0);
    ::close(fd);
}

} // namespace

class TestStorageCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void scanJsonBytesMatchTheFileSystem();
    void unreadableFolderIsListedInErrors();
    void usageShapesAndAttribution();
    void largestAndGrowth();
    void duplicatesReportReclaimableAndDeleteNothing();
    void hazardsExitOneOnErrorsZeroWhenClean();
    void reportCombinesEverything();
    void badArgumentsAndMissingScan();
};

void TestStorageCli::scanJsonBytesMatchTheFileSystem()
{
    Workspace ws;
    const QByteArray root = QFile::encodeName(ws.root.path());
    test::writeFile(ws.at(QStringLiteral("results/ana/out.bin")), QByteArray(1234, 'a'));
    QCOMPARE(::link(root + "/results/ana/out.bin", root + "/results/ana/same-inode.bin"), 0);
    QCOMPARE(::symlink("loop", root + "/loop"), 0);
    QCOMPARE(::symlink("/usr", root + "/escape"), 0);
    sparse(ws.at(QStringLiteral("data/raw/huge.bin")), 6LL * 1024 * 1024 * 1024);
    for (const QByteArray& name :
         {QByteArray("latin1-\xe9"), QByteArray("caf\xc3\xa9"), QByteArray("cafe\xcc\x81"),
          QByteArray("with space"), QByteArray("new\nline")}) {
        const int fd = ::open(root + "/data/" + name, O_CREAT | O_WRONLY, 0644);
        QCOMPARE(::write(fd, name.constData(), size_t(name.size())), ssize_t(name.size()));
        ::close(fd);
    }
    for (int i = 0; i < 5000; ++i)
        test::writeFile(ws.at(QStringLiteral("data/processed/many/f%1").arg(i)), QByteArray(i % 7, 'p'));
    test::writeFile(ws.repo.filePath(QStringLiteral(".git/objects/big")), QByteArray(100000, 'g'));

    const auto result = ws.cli({QStringLiteral("--json"), QStringLiteral("scan")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.jsonValid(), result.out.constData());
    const QJsonObject doc = result.json();
    QCOMPARE(qint64(doc.value(QStringLiteral("bytes")).toDouble()),
             findApparentBytes({ws.root.path(), ws.repo.path()}));
    QCOMPARE(doc.value(QStringLiteral("files")).toInt(), 2 + 1 + 5 + 5000 + 1); // + teamspace.json
    QCOMPARE(doc.value(QStringLiteral("errors")).toArray().size(), 0);
    for (const QByteArray& name : {QByteArray("latin1-\xe9"), QByteArray("new\nline")})
        ::unlink(root + "/data/" + name);
}

void TestStorageCli::unreadableFolderIsListedInErrors()
{
    const passwd* nobody = ::getpwnam("nobody");
    if (!nobody || QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("needs user `nobody` and setpriv to drop root's privileges (root reads every folder)");
    Workspace ws;
    test::writeFile(ws.at(QStringLiteral("results/ana/ok.bin")), QByteArray(10, 'o'));
    test::writeFile(ws.at(QStringLiteral("results/ben/private/secret.bin")), QByteArray(99, 's'));
    for (const QString& dir : {ws.repo.path(), ws.root.path(), ws.state.path()})
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0777), 0);
    QCOMPARE(::chmod(QFile::encodeName(ws.at(QStringLiteral("results/ben/private"))).constData(), 0700), 0);

    QProcess process;
    process.start(QStringLiteral("setpriv"),
                  {QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                   QStringLiteral("--regid=%1").arg(nobody->pw_gid), QStringLiteral("--clear-groups"),
                   QStringLiteral(TEAMSPACE_CLI_PATH), QStringLiteral("-w"), ws.repo.path(),
                   QStringLiteral("-r"), ws.root.path(), QStringLiteral("--index"), ws.index(),
                   QStringLiteral("--json"), QStringLiteral("scan")});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitCode() != 0 && process.readAllStandardError().contains("setpriv"))
        QSKIP("setpriv cannot switch users here");
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    const QJsonArray errors = doc.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("results/ben/private"));
    QCOMPARE(errors.first().toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("Permission denied"));
    QCOMPARE(qint64(doc.value(QStringLiteral("bytes")).toDouble()),
             10 + qint64(serializeManifest(ws.manifest).size()));
}

void TestStorageCli::usageShapesAndAttribution()
{
    Workspace ws;
    test::writeFile(ws.at(QStringLiteral("results/ana/a.bin")), QByteArray(100, 'a'));
    test::writeFile(ws.at(QStringLiteral("checkpoints/ana/c.pt")), QByteArray(50, 'c'));
    test::writeFile(ws.at(QStringLiteral("results/ben/b.bin")), QByteArray(30, 'b'));
    test::writeFile(ws.at(QStringLiteral("data/raw/r.csv")), QByteArray(100000, 'r'));
    QCOMPARE(ws.cli({QStringLiteral("scan")}).exitCode, 0);

    const auto members = ws.cli({QStringLiteral("--json"), QStringLiteral("usage"), QStringLiteral("--by"),
                                 QStringLiteral("member")});
    QCOMPARE(members.exitCode, 0);
    const QJsonArray list = members.json().value(QStringLiteral("members")).toArray();
    QCOMPARE(list.size(), 3);
    const QJsonObject ana = list.at(1).toObject();
    QCOMPARE(ana.value(QStringLiteral("id")).toString(), QStringLiteral("ana"));
    QCOMPARE(ana.value(QStringLiteral("bytes")).toInt(), 150);
    QCOMPARE(ana.value(QStringLiteral("files")).toInt(), 2);
    QCOMPARE(ana.value(QStringLiteral("quota")).toDouble(), 1e9);
    QCOMPARE(ana.value(QStringLiteral("headroom")).toDouble(), 1e9 - 150);
    QVERIFY(list.at(0).toObject().value(QStringLiteral("quota")).isNull());
    const qint64 manifestBytes = serializeManifest(ws.manifest).size();
    QCOMPARE(qint64(members.json().value(QStringLiteral("unattributedBytes")).toDouble()),
             100000 + manifestBytes);

    const auto kinds = ws.cli(
        {QStringLiteral("--json"), QStringLiteral("usage"), QStringLiteral("--by"), QStringLiteral("kind")});
    QCOMPARE(kinds.exitCode, 0);
    const QJsonObject first = kinds.json().value(QStringLiteral("kinds")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("raw"));
    QCOMPARE(first.value(QStringLiteral("bytes")).toInt(), 100000);

    const auto folders = ws.cli({QStringLiteral("--json"), QStringLiteral("usage"), QStringLiteral("--path"),
                                 QStringLiteral("results"), QStringLiteral("--depth"), QStringLiteral("1")});
    QCOMPARE(folders.exitCode, 0);
    const QJsonArray rows = folders.json().value(QStringLiteral("folders")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("results"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("bytes")).toInt(), 130);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("results/ana"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("files")).toInt(), 1);
}

void TestStorageCli::largestAndGrowth()
{
    Workspace ws;
    test::writeFile(ws.at(QStringLiteral("models/m.onnx")), QByteArray(500000, 'm'));
    test::writeFile(ws.at(QStringLiteral("results/ana/a.bin")), QByteArray(100, 'a'));
    QCOMPARE(ws.cli({QStringLiteral("scan")}).exitCode, 0);
    test::writeFile(ws.at(QStringLiteral("results/ana/b.bin")), QByteArray(70000, 'b'));
    const auto rescan = ws.cli({QStringLiteral("--json"), QStringLiteral("scan")});
    QCOMPARE(rescan.json().value(QStringLiteral("full")).toBool(), false);

    const auto largest = ws.cli(
        {QStringLiteral("--json"), QStringLiteral("largest"), QStringLiteral("--top"), QStringLiteral("2")});
    QCOMPARE(largest.exitCode, 0);
    const QJsonArray files = largest.json().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("models/m.onnx"));
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("bytes")).toInt(), 500000);
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("results/ana/b.bin"));

    const auto growth = ws.cli({QStringLiteral("--json"), QStringLiteral("growth")});
    QCOMPARE(growth.exitCode, 0);
    QCOMPARE(growth.json().value(QStringLiteral("total")).toObject().value(QStringLiteral("delta")).toInt(),
             70000);
    bool sawAna = false;
    for (const QJsonValue& v : growth.json().value(QStringLiteral("members")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("ana")) {
            sawAna = true;
            QCOMPARE(v.toObject().value(QStringLiteral("delta")).toInt(), 70000);
            QCOMPARE(v.toObject().value(QStringLiteral("bytesAfter")).toInt(), 70100);
        }
    QVERIFY(sawAna);
}

void TestStorageCli::duplicatesReportReclaimableAndDeleteNothing()
{
    Workspace ws;
    const QByteArray content(300000, 'd');
    test::writeFile(ws.at(QStringLiteral("data/raw/a.bin")), content);
    test::writeFile(ws.at(QStringLiteral("results/ana/copy.bin")), content);
    test::writeFile(ws.at(QStringLiteral("results/ben/copy2.bin")), content);
    QByteArray almost = content;
    almost[299999] = 'x';
    test::writeFile(ws.at(QStringLiteral("results/ben/same-size-other.bin")), almost);
    QCOMPARE(::link(QFile::encodeName(ws.at(QStringLiteral("data/raw/a.bin"))).constData(),
                    QFile::encodeName(ws.at(QStringLiteral("data/raw/link.bin"))).constData()),
             0); // one inode: not a copy
    QCOMPARE(ws.cli({QStringLiteral("scan")}).exitCode, 0);
    const auto before = test::snapshotTree(ws.root.path());
    const auto result = ws.cli({QStringLiteral("--json"), QStringLiteral("duplicates")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray groups = result.json().value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 1);
    const QJsonObject g = groups.first().toObject();
    QCOMPARE(g.value(QStringLiteral("paths")).toArray().size(), 3);
    QCOMPARE(g.value(QStringLiteral("bytes")).toInt(), 300000);
    QCOMPARE(qint64(result.json().value(QStringLiteral("reclaimableBytes")).toDouble()), 600000);
    QCOMPARE(test::snapshotTree(ws.root.path()), before);
}

void TestStorageCli::hazardsExitOneOnErrorsZeroWhenClean()
{
    Workspace ws;
    test::writeFile(ws.at(QStringLiteral("results/ana/a.bin")), QByteArray(10, 'a'));
    QCOMPARE(ws.cli({QStringLiteral("scan")}).exitCode, 0);
    const auto clean = ws.cli({QStringLiteral("--json"), QStringLiteral("hazards")});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.json().value(QStringLiteral("findings")).toArray().size(), 0);

    test::writeFile(ws.at(QStringLiteral("results/ben/too-much.bin")),
                    QByteArray(20000, 'b')); // quota 10,000
    QCOMPARE(ws.cli({QStringLiteral("scan")}).exitCode, 0);
    const auto over = ws.cli({QStringLiteral("--json"), QStringLiteral("hazards")});
    QCOMPARE(over.exitCode, 1);
    const QJsonObject f = over.json().value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(f.value(QStringLiteral("rule")).toString(), QStringLiteral("member-over-quota"));
    QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(f.value(QStringLiteral("path")).toString(), QStringLiteral("results/ben"));
    QVERIFY(!f.value(QStringLiteral("fix")).toString().isEmpty());
}

void TestStorageCli::reportCombinesEverything()
{
    Workspace ws;
    test::writeFile(ws.at(QStringLiteral("results/ana/a.bin")), QByteArray(10, 'a'));
    test::writeFile(ws.at(QStringLiteral("results/ana/empty.json")), QByteArray());
    const auto json = ws.cli({QStringLiteral("--json"), QStringLiteral("report")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.jsonValid());
    const QJsonObject doc = json.json();
    for (const char* key : {"scan", "usageByMember", "usageByKind", "largest", "hazards"})
        QVERIFY2(doc.contains(QLatin1String(key)), key);
    QCOMPARE(
        doc.value(QStringLiteral("hazards")).toObject().value(QStringLiteral("findings")).toArray().size(),
        1);
    const auto text = ws.cli({QStringLiteral("report")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Usage by member"));
    QVERIFY(text.out.contains("Hazards: 0 errors, 1 warning"));
    QVERIFY(text.out.contains("results/ana/empty.json"));

    // A member over quota: every column of the usage table stands apart, headroom negative and marked.
    sparse(ws.at(QStringLiteral("results/ben/big.bin")), 10'952'166'605); // 10.2 GiB, quota 10,000 bytes
    const auto over = ws.cli({QStringLiteral("report")});
    QCOMPARE(over.exitCode, 0);
    const QString overText = QString::fromUtf8(over.out);
    const QRegularExpression benRow(
        QStringLiteral(R"(\n  ben +  +10\.2 GiB  +9\.8 KiB  +-10\.2 GiB \(over\)\n)"));
    QVERIFY2(benRow.match(overText).hasMatch(), qPrintable(overText));
    QVERIFY(!overText.contains(QStringLiteral("OVER")));
}

void TestStorageCli::badArgumentsAndMissingScan()
{
    Workspace ws;
    const auto none = ws.cli({QStringLiteral("largest")});
    QCOMPARE(none.exitCode, 4);
    QVERIFY(none.err.startsWith("error: "));
    QVERIFY(none.err.contains("teamspace-cli scan"));
    QCOMPARE(ws.cli({QStringLiteral("usage"), QStringLiteral("--by"), QStringLiteral("colour")}).exitCode, 2);
    QCOMPARE(ws.cli({QStringLiteral("largest"), QStringLiteral("--top"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(ws.cli({QStringLiteral("scan")}).exitCode, 0);
    const auto missing =
        ws.cli({QStringLiteral("usage"), QStringLiteral("--path"), QStringLiteral("no/such")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("no/such"));
    const auto badRoot = test::runCli({QStringLiteral("-w"), ws.repo.path(), QStringLiteral("-r"),
                                       QStringLiteral("/nonexistent/x"), QStringLiteral("--index"),
                                       ws.index(), QStringLiteral("scan")});
    QCOMPARE(badRoot.exitCode, 4);

    // The index never goes into the shared folder: refused, nothing written there.
    const auto before = test::snapshotTree(ws.root.path());
    const auto inside = test::runCli({QStringLiteral("-w"), ws.repo.path(), QStringLiteral("-r"),
                                      ws.root.path(), QStringLiteral("--index"),
                                      ws.at(QStringLiteral("index.sqlite")), QStringLiteral("scan")});
    QCOMPARE(inside.exitCode, 3);
    QVERIFY(inside.err.contains("must not live inside the shared folder"));
    QCOMPARE(test::snapshotTree(ws.root.path()), before);
}

QTEST_GUILESS_MAIN(TestStorageCli)
#include "tst_storagecli.moc"
