// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The `raw` commands as a user or a script runs them: the real teamspace-cli binary on a real workspace,
// exact exit codes, the JSON shapes of CLI.md, the activity log, and hostile baseline files refused with
// nothing changed.
#include "db/LocalDatabase.h"
#include "workspace/Manifest.h"

#include "CliRunner.h"
#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using test::runCli;

namespace {

struct CliWorkspace
{
    QTemporaryDir dir;
    QString repo = dir.filePath(QStringLiteral("repo"));
    QString root = dir.filePath(QStringLiteral("root"));
    QString raw = root + QStringLiteral("/data/raw");
    QString index = dir.filePath(QStringLiteral("local/index.sqlite"));

    CliWorkspace()
    {
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
        Manifest m;
        m.id = QStringLiteral("ws-cli");
        m.name = QStringLiteral("CLI team");
        m.templateName = QStringLiteral("colab-team");
        m.members = {Member{QStringLiteral("ana"),
                            QStringLiteral("Ana"),
                            QStringLiteral("ana@example.org"),
                            MemberRole::Lead,
                            {},
                            {}},
                     Member{QStringLiteral("ben"),
                            QStringLiteral("Ben"),
                            QStringLiteral("ben@example.org"),
                            MemberRole::Member,
                            {},
                            {}}};
        m.layout = {
            LayoutFolder{QStringLiteral("data/raw"), FolderRole::Raw, FolderLocation::Root, false, {}},
            LayoutFolder{
                QStringLiteral("data/processed"), FolderRole::Processed, FolderLocation::Root, false, {}}};
        QDir().mkpath(repo);
        if (auto ok = saveManifest(m, repo); !ok)
            qFatal("cannot write the manifest: %s", qPrintable(ok.error().message));
        test::writeFile(raw + QStringLiteral("/a.csv"), "id,value\n1,2\n");
        test::writeFile(raw + QStringLiteral("/images/b.bin"), QByteArray(70000, 'b'));
        test::writeFile(raw + QStringLiteral("/images/c.txt"), "c\n");
        QDir().mkpath(root + QStringLiteral("/data/processed"));
    }

    test::CliOutput run(QStringList args, const QString& as = QStringLiteral("ana")) const
    {
        QStringList global{QStringLiteral("-w"),      repo, QStringLiteral("-r"), root,
                           QStringLiteral("--index"), index};
        if (!as.isEmpty())
            global << QStringLiteral("--as") << as;
        return runCli(global + args);
    }

    QStringList activityActions() const
    {
        QStringList actions;
        auto db = db::openLocalDatabase(index);
        if (!db)
            return actions;
        auto stmt = db->prepare("SELECT actor || ' ' || action || ' ' || path FROM activity ORDER BY id");
        while (stmt && stmt->step())
            actions << stmt->columnText(0);
        return actions;
    }
};

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

#define VERIFY_EXIT(output, code)                                                                            \
    QVERIFY2((output).exitCode == (code), qPrintable(QStringLiteral("exit %1, stderr: %2")                   \
                                                         .arg((output).exitCode)                             \
                                                         .arg(QString::fromUtf8((output).err))))

} // namespace

class TestRawCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void protectIsIdempotentLoggedAndStopsAnUnprivilegedWriter();
    void unprotectIsRefusedForMembers();
    void reportSaysWhetherRawIsWritable();
    void baselineThenVerifyCleanTree();
    void verifyFindsChangesWithExactJson();
    void quickVerifySaysItIsQuick();
    void verifyAgainstLocalIndex();
    void hostileBaselineIsRefused_data();
    void hostileBaselineIsRefused();
    void missingBaselineAndBadUsage();
};

void TestRawCommands::protectIsIdempotentLoggedAndStopsAnUnprivilegedWriter()
{
    CliWorkspace ws;
    ::chmod(QFile::encodeName(ws.raw).constData(), 0777);
    auto first = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("protect")});
    VERIFY_EXIT(first, 0);
    QVERIFY(first.jsonValid());
    QCOMPARE(first.json().value(QStringLiteral("changed")).toArray().size(), 5); // raw, images, 3 files
    QCOMPARE(first.json().value(QStringLiteral("unchanged")).toInt(), 0);
    const QJsonObject rawFolder = first.json().value(QStringLiteral("changed")).toArray().last().toObject();
    QCOMPARE(rawFolder.value(QStringLiteral("path")).toString(), QStringLiteral("data/raw"));
    QCOMPARE(rawFolder.value(QStringLiteral("before")).toString(), QStringLiteral("0777"));
    QCOMPARE(rawFolder.value(QStringLiteral("after")).toString(), QStringLiteral("0555"));

    auto second = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("protect")});
    VERIFY_EXIT(second, 0);
    QCOMPARE(second.json().value(QStringLiteral("changed")).toArray().size(), 0);
    QCOMPARE(second.json().value(QStringLiteral("unchanged")).toInt(), 5);
    QCOMPARE(ws.activityActions(),
             QStringList{QStringLiteral("ana raw.protect data/raw")}); // nothing changed: nothing logged

    if (::geteuid() != 0)
        QSKIP("the unprivileged-writer half needs root to switch to uid 65534");
    QProcess writer;
    writer.start(QStringLiteral("setpriv"),
                 {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                  QStringLiteral("--clear-groups"), QStringLiteral("sh"), QStringLiteral("-c"),
                  QStringLiteral("echo x > \"$1\"/new.csv"), QStringLiteral("sh"), ws.raw});
    QVERIFY(writer.waitForFinished());
    QVERIFY(writer.exitCode() != 0);
    QVERIFY(!QFile::exists(ws.raw + QStringLiteral("/new.csv")));
}

void TestRawCommands::unprotectIsRefusedForMembers()
{
    CliWorkspace ws;
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("protect")}), 0);
    const auto before = test::snapshotTree(ws.root);
    auto refused = ws.run({QStringLiteral("raw"), QStringLiteral("unprotect")}, QStringLiteral("ben"));
    VERIFY_EXIT(refused, 4);
    QCOMPARE(refused.err, QByteArray("error: raw unprotect: refused for member \"ben\": only a lead may make "
                                     "raw data writable again (ask ana)\n"));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(test::snapshotTree(ws.root), before);

    auto allowed = ws.run({QStringLiteral("raw"), QStringLiteral("unprotect")}, QStringLiteral("ana"));
    VERIFY_EXIT(allowed, 0);
    QVERIFY(allowed.out.startsWith("raw unprotect: 5 entries given owner write, 0 already so\n"));
    QCOMPARE(QFileInfo(ws.raw + QStringLiteral("/a.csv")).permissions() & QFile::WriteOwner,
             QFile::WriteOwner);
    QCOMPARE(ws.activityActions(), (QStringList{QStringLiteral("ana raw.protect data/raw"),
                                                QStringLiteral("ana raw.unprotect data/raw")}));
}

void TestRawCommands::reportSaysWhetherRawIsWritable()
{
    CliWorkspace ws;
    auto before = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("report")});
    VERIFY_EXIT(before, 1);
    QJsonObject folder = before.json().value(QStringLiteral("folders")).toArray().first().toObject();
    QCOMPARE(folder.value(QStringLiteral("path")).toString(), QStringLiteral("data/raw"));
    QCOMPARE(folder.value(QStringLiteral("readOnly")).toBool(), false);
    QCOMPARE(folder.value(QStringLiteral("entries")).toInt(), 5);
    QCOMPARE(folder.value(QStringLiteral("writableEntries")).toInt(), 5);
    QCOMPARE(folder.value(QStringLiteral("protection")).toString(), QStringLiteral("writable"));
    QVERIFY(before.json().value(QStringLiteral("baseline")).isNull()); // none yet

    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("protect")}), 0);
    auto after = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("report")});
    VERIFY_EXIT(after, 0);
    folder = after.json().value(QStringLiteral("folders")).toArray().first().toObject();
    QCOMPARE(folder.value(QStringLiteral("readOnly")).toBool(), true);
    QCOMPARE(folder.value(QStringLiteral("writableEntries")).toInt(), 0);
    QCOMPARE(folder.value(QStringLiteral("mode")).toString(), QStringLiteral("0555"));
    QCOMPARE(folder.value(QStringLiteral("othersCanWrite")).toBool(), false);
    QCOMPARE(folder.value(QStringLiteral("fileSystem")).toString().isEmpty(), false);
    QCOMPARE(folder.value(QStringLiteral("protection")).toString(), QStringLiteral("read-only"));

    // The baseline's figures, as the GUI shows them.
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("baseline")}), 0);
    auto withBaseline = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("report")});
    VERIFY_EXIT(withBaseline, 0);
    const QJsonObject baseline = withBaseline.json().value(QStringLiteral("baseline")).toObject();
    QCOMPARE(baseline.value(QStringLiteral("files")).toInt(), 3);
    QCOMPARE(baseline.value(QStringLiteral("algorithm")).toString(), QStringLiteral("xxh3-128"));
    QCOMPARE(baseline.value(QStringLiteral("recordedHere")).toBool(), true);
    auto text = ws.run({QStringLiteral("raw"), QStringLiteral("report")});
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.out.contains("baseline: 3 files, "), text.out.constData());
}

void TestRawCommands::baselineThenVerifyCleanTree()
{
    CliWorkspace ws;
    auto baseline = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("baseline")});
    VERIFY_EXIT(baseline, 0);
    QCOMPARE(baseline.json().value(QStringLiteral("files")).toInt(), 3);
    QCOMPARE(baseline.json().value(QStringLiteral("bytes")).toInt(), 13 + 70000 + 2);
    QCOMPARE(baseline.json().value(QStringLiteral("algorithm")).toString(), QStringLiteral("xxh3-128"));
    const QList<QByteArray> lines =
        test::readFile(ws.repo + QStringLiteral("/raw-baseline.json")).split('\n');
    QCOMPARE(lines.size(),
             11); // header 4, "files": [, 3 entries, ], }, and the empty piece after the last newline
    QVERIFY(lines.at(5).startsWith("    {\"path\": \"data/raw/a.csv\", \"size\": 13,"));
    QVERIFY(lines.at(6).startsWith("    {\"path\": \"data/raw/images/b.bin\", \"size\": 70000,"));
    QVERIFY(lines.at(7).startsWith("    {\"path\": \"data/raw/images/c.txt\", \"size\": 2,"));
    QCOMPARE(ws.activityActions(), QStringList{QStringLiteral("ana raw.baseline data/raw")});

    auto verify = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("verify")});
    VERIFY_EXIT(verify, 0);
    QCOMPARE(verify.json(), (QJsonObject{{QStringLiteral("modified"), QJsonArray()},
                                         {QStringLiteral("added"), QJsonArray()},
                                         {QStringLiteral("removed"), QJsonArray()},
                                         {QStringLiteral("unchanged"), 3}}));
    auto text = ws.run({QStringLiteral("raw"), QStringLiteral("verify")});
    VERIFY_EXIT(text, 0);
    QCOMPARE(
        text.out,
        QByteArray(
            "raw verify: 0 modified, 0 added, 0 removed, 3 unchanged (content compared with xxh3-128)\n"));

    auto strong = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("baseline"),
                          QStringLiteral("--strong")});
    VERIFY_EXIT(strong, 0);
    QCOMPARE(strong.json().value(QStringLiteral("algorithm")).toString(), QStringLiteral("blake2b-256"));
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("verify")}), 0);
}

void TestRawCommands::verifyFindsChangesWithExactJson()
{
    CliWorkspace ws;
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("baseline")}), 0);
    const QString b = ws.raw + QStringLiteral("/images/b.bin");
    struct stat st = {};
    QVERIFY(::stat(QFile::encodeName(b).constData(), &st) == 0);
    QByteArray content = test::readFile(b);
    content[40000] = 'B'; // one byte, same size
    test::writeFile(b, content);
    const struct timespec times[2] = {st.st_atim, st.st_mtim};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(b).constData(), times, 0) == 0);
    QVERIFY(QFile::remove(ws.raw + QStringLiteral("/a.csv")));
    test::writeFile(ws.raw + QStringLiteral("/z-new.csv"), "new\n");

    auto verify = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("verify")});
    VERIFY_EXIT(verify, 1);
    QCOMPARE(verify.json().keys(), (QStringList{QStringLiteral("added"), QStringLiteral("modified"),
                                                QStringLiteral("removed"), QStringLiteral("unchanged")}));
    QCOMPARE(strings(verify.json().value(QStringLiteral("modified"))),
             QStringList{QStringLiteral("data/raw/images/b.bin")});
    QCOMPARE(strings(verify.json().value(QStringLiteral("added"))),
             QStringList{QStringLiteral("data/raw/z-new.csv")});
    QCOMPARE(strings(verify.json().value(QStringLiteral("removed"))),
             QStringList{QStringLiteral("data/raw/a.csv")});
    QCOMPARE(verify.json().value(QStringLiteral("unchanged")).toInt(), 1);
}

void TestRawCommands::quickVerifySaysItIsQuick()
{
    CliWorkspace ws;
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("baseline")}), 0);
    auto quick = ws.run({QStringLiteral("raw"), QStringLiteral("verify"), QStringLiteral("--quick")});
    VERIFY_EXIT(quick, 0);
    QVERIFY2(quick.out.contains("quick: size and modification time only, content not read"),
             quick.out.constData());
    auto json = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("verify"),
                        QStringLiteral("--quick")});
    VERIFY_EXIT(json, 0);
    QVERIFY(json.jsonValid());
    QVERIFY(json.err.contains("quick"));
}

void TestRawCommands::verifyAgainstLocalIndex()
{
    CliWorkspace ws;
    auto none = ws.run({QStringLiteral("raw"), QStringLiteral("verify"), QStringLiteral("--local")});
    VERIFY_EXIT(none, 4);
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("baseline")}), 0);
    QVERIFY(QFile::remove(ws.repo + QStringLiteral("/raw-baseline.json")));
    test::writeFile(ws.raw + QStringLiteral("/images/c.txt"), "C\n");
    auto local = ws.run({QStringLiteral("--json"), QStringLiteral("raw"), QStringLiteral("verify"),
                         QStringLiteral("--local")});
    VERIFY_EXIT(local, 1);
    QCOMPARE(strings(local.json().value(QStringLiteral("modified"))),
             QStringList{QStringLiteral("data/raw/images/c.txt")});
}

void TestRawCommands::hostileBaselineIsRefused_data()
{
    const QByteArray head =
        "{\"format\": \"teamspace-raw-baseline\", \"version\": 1, \"algorithm\": \"xxh3-128\", \"files\": [";
    const QByteArray hash = "\"hash\": \"0123456789abcdef0123456789abcdef\"}";
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("mention");
    QTest::newRow("dot-dot")
        << head + "{\"path\": \"data/raw/../../../etc/passwd\", \"size\": 1, \"mtimeNs\": 1, " + hash + "]}"
        << QByteArray("contains \"..\"");
    QTest::newRow("absolute") << head + "{\"path\": \"/etc/passwd\", \"size\": 1, \"mtimeNs\": 1, " + hash +
                                     "]}"
                              << QByteArray("is absolute");
    QTest::newRow("malformed") << QByteArray(
                                      "{\"format\": \"teamspace-raw-baseline\", \"files\": [{\"path\": ")
                               << QByteArray("not valid JSON");
    QTest::newRow("wrong type") << head +
                                       "{\"path\": \"data/raw/a.csv\", \"size\": \"13\", \"mtimeNs\": 1, " +
                                       hash + "]}"
                                << QByteArray("files[0].size");
    QTest::newRow("not JSON at all") << QByteArray("\x00\x01garbage", 9) << QByteArray("not valid JSON");
}

void TestRawCommands::hostileBaselineIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, mention);
    CliWorkspace ws;
    test::writeFile(ws.repo + QStringLiteral("/raw-baseline.json"), content);
    const auto repoBefore = test::snapshotTree(ws.repo);
    const auto rootBefore = test::snapshotTree(ws.root);
    for (const bool json : {false, true}) {
        QStringList args{QStringLiteral("raw"), QStringLiteral("verify")};
        if (json)
            args.prepend(QStringLiteral("--json"));
        auto verify = ws.run(args);
        VERIFY_EXIT(verify, 3);
        QVERIFY(verify.out.isEmpty());
        QVERIFY2(verify.err.startsWith("error: " + QFile::encodeName(ws.repo) + "/raw-baseline.json: "),
                 verify.err.constData());
        QVERIFY2(verify.err.contains(mention), verify.err.constData());
        QCOMPARE(verify.err.count('\n'), 1);
    }
    QCOMPARE(test::snapshotTree(ws.repo), repoBefore);
    QCOMPARE(test::snapshotTree(ws.root), rootBefore);
    QVERIFY(ws.activityActions().isEmpty());
}

void TestRawCommands::missingBaselineAndBadUsage()
{
    CliWorkspace ws;
    auto missing = ws.run({QStringLiteral("raw"), QStringLiteral("verify")});
    VERIFY_EXIT(missing, 4);
    QVERIFY(missing.err.contains("no baseline yet"));
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("frobnicate")}), 2);
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("baseline"), QStringLiteral("--algorithm"),
                        QStringLiteral("md5")}),
                2);
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("verify"), QStringLiteral("--threads"),
                        QStringLiteral("0")}),
                2);
    VERIFY_EXIT(ws.run({QStringLiteral("raw"), QStringLiteral("unprotect")}, QString()), 2); // who are you?
    auto help = ws.run({QStringLiteral("raw"), QStringLiteral("verify"), QStringLiteral("--help")});
    VERIFY_EXIT(help, 0);
    QVERIFY(help.out.contains("--quick"));
}

QTEST_GUILESS_MAIN(TestRawCommands)
#include "tst_rawcommands.moc"
