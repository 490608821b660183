// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The workspace commands of teamspace-cli as scripts use them: exit codes, `error:` lines, JSON shapes,
// --help everywhere, and hostile manifests refused with exit 3 and nothing on disk changed.
#include "CliRunner.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using test::runCli;

class TestWorkspaceCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void helpOnEveryCommand();
    void initJsonAndErrors();
    void memberAddListRemove();
    void hostileManifestRefusedWithNothingChanged_data();
    void hostileManifestRefusedWithNothingChanged();
    void layoutCheckAndApply();
    void activityShowsChanges();
    void demoCreatesAValidWorkspace();
};

namespace {

QStringList keys(const QJsonObject& o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

test::CliOutput initIn(const QString& dir, const QStringList& extra = {})
{
    return runCli(QStringList{"--json", "-w", dir} + extra +
                  QStringList{"init", "--name", "Team", "--lead", "ana", "--lead-name", "Ana", "--lead-email",
                              "ana@example.org"});
}

QString describe(const test::CliOutput& r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// A valid manifest for the hostile cases to start from (owner/runner checks need notebooks).
QJsonObject validManifest()
{
    return QJsonDocument::fromJson(
               R"({"version": 1, "id": "ws-hostile", "name": "T", "template": "colab-team",
        "members": [{"id": "ana", "name": "Ana", "email": "ana@x.org", "role": "lead"},
                    {"id": "bo", "name": "Bo", "email": "bo@x.org", "role": "member"}],
        "layout": [{"path": "data/raw", "role": "raw", "location": "root", "perMember": false},
                   {"path": "results", "role": "results", "location": "root", "perMember": true}],
        "notebooks": [{"path": "notebooks/bo/a.ipynb", "owner": "bo", "runner": "ana"}]})")
        .object();
}

QByteArray withChange(const QString& list, int index, const QString& key, const QJsonValue& value)
{
    QJsonObject root = validManifest();
    if (list.isEmpty()) {
        root.insert(key, value);
    } else {
        QJsonArray array = root.value(list).toArray();
        QJsonObject item = array.at(index).toObject();
        item.insert(key, value);
        array.replace(index, item);
        root.insert(list, array);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

void TestWorkspaceCli::helpOnEveryCommand()
{
    const QList<QStringList> commands = {
        {"init"},           {"member"}, {"member", "add"},   {"member", "remove"},
        {"member", "list"}, {"layout"}, {"layout", "check"}, {"layout", "apply"},
        {"activity"},       {"demo"},   {"demo", "create"}};
    for (const QStringList& command : commands) {
        const auto r = runCli(command + QStringList{"--help"});
        QVERIFY2(r.exitCode == 0, qPrintable(command.join(u' ') + u'\n' + describe(r)));
        QVERIFY2(r.out.contains("Usage: teamspace-cli " + command.join(u' ').toUtf8()),
                 qPrintable(describe(r)));
        QVERIFY(r.err.isEmpty());
    }
    const auto unknown = runCli({"member", "rename"});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err,
             QByteArray("error: member: unknown sub-command \"rename\" (use add, update, remove or list)\n"));
}

void TestWorkspaceCli::initJsonAndErrors()
{
    QTemporaryDir dir;
    const auto r = initIn(dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.jsonValid());
    const QJsonObject json = r.json();
    QCOMPARE(keys(json), (QStringList{"created", "createdRepository", "gitignoreAdded", "id", "lead", "root",
                                      "template", "workspace"}));
    QCOMPARE(json.value("workspace").toString(), QFileInfo(dir.path()).canonicalFilePath());
    QCOMPARE(json.value("root").toString(), json.value("workspace").toString());
    QVERIFY(json.value("createdRepository").toBool());
    QCOMPARE(json.value("created").toArray().size(), 9); // 6 layout folders + ana's 3 per-member folders
    const QJsonObject first = json.value("created").toArray().first().toObject();
    QCOMPARE(keys(first), (QStringList{"location", "member", "path", "role", "state"}));
    QCOMPARE(first.value("path").toString(), QStringLiteral("data/raw"));
    QCOMPARE(first.value("state").toString(), QStringLiteral("present"));
    QVERIFY(first.value("member").isNull());
    QVERIFY(QFileInfo::exists(dir.filePath("teamspace.json")));

    const auto again = initIn(dir.path());
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.startsWith("error: ") && again.err.contains("already a Teamspace workspace"));
    QVERIFY(again.out.isEmpty());

    QTemporaryDir other;
    const auto before = test::snapshotTree(other.path());
    const auto missing =
        runCli({"-w", other.path(), "init", "--name", "T", "--lead", "ana", "--lead-email", "a@x.org"});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err,
             QByteArray("error: init: --lead-name is required (see `teamspace-cli init --help`)\n"));
    const auto badId = runCli({"-w", other.path(), "init", "--name", "T", "--lead", "../x", "--lead-name",
                               "X", "--lead-email", "a@x.org"});
    QCOMPARE(badId.exitCode, 3);
    QCOMPARE(badId.err,
             QByteArray("error: member id \"../x\" is not a valid member id (use a-z, 0-9, . _ -)\n"));
    const auto badTemplate = runCli({"-w", other.path(), "init", "--name", "T", "--lead", "x", "--lead-name",
                                     "X", "--lead-email", "a@x.org", "--template", "kaggle"});
    QCOMPARE(badTemplate.exitCode, 2);
    QCOMPARE(test::snapshotTree(other.path()), before);
}

void TestWorkspaceCli::memberAddListRemove()
{
    QTemporaryDir repo, root;
    QCOMPARE(initIn(repo.path(), {"--root", root.path()}).exitCode, 0);
    const QStringList w = {"--json", "-w", repo.path()};
    const auto add = runCli(w + QStringList{"member", "add", "bo", "--name", "Bo Li", "--email",
                                            "bo@example.org", "--quota", "15GB"});
    QVERIFY2(add.exitCode == 0, qPrintable(describe(add)));
    QCOMPARE(keys(add.json()), (QStringList{"createdFolders", "member"}));
    const QJsonObject bo = add.json().value("member").toObject();
    QCOMPARE(bo, (QJsonObject{{"id", "bo"},
                              {"name", "Bo Li"},
                              {"email", "bo@example.org"},
                              {"role", "member"},
                              {"quota", 15e9}}));
    QCOMPARE(add.json().value("createdFolders").toArray().size(), 3);
    QVERIFY(QFileInfo(root.filePath("results/bo")).isDir());

    const auto list = runCli(w + QStringList{"member", "list"});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray members = list.json().value("members").toArray();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).toObject().value("role").toString(), QStringLiteral("lead"));
    QVERIFY(members.at(0).toObject().value("quota").isNull());
    QCOMPARE(members.at(1).toObject().value("quota").toDouble(), 15e9);

    // Errors: exit codes and one `error:` line each, nothing on stdout.
    const auto before = test::snapshotTree(repo.path());
    const struct
    {
        QStringList args;
        int exit;
        QByteArray err;
    } errors[] = {
        {{"member", "add", "bo", "--name", "B", "--email", "b@x.org"},
         2,
         "error: member bo already exists (see `teamspace-cli member list`)\n"},
        {{"member", "add", "../x", "--name", "B", "--email", "b@x.org"},
         3,
         "error: member id \"../x\" is not a valid member id (use a-z, 0-9, . _ -)\n"},
        {{"member", "add", "cy", "--name", "C"}, 2, "error: member add: --email is required\n"},
        {{"member", "add", "cy", "--name", "C", "--email", "c@x.org", "--role", "boss"},
         2,
         "error: member add: --role \"boss\" is not a role (use lead or member)\n"},
        {{"member", "add", "cy", "--name", "C", "--email", "c@x.org", "--quota", "lots"}, 2, ""},
        {{"--as", "bo", "member", "add", "cy", "--name", "C", "--email", "c@x.org"}, 2, ""},
        {{"member", "remove", "nobody"},
         2,
         "error: member nobody does not exist (see `teamspace-cli member list`)\n"},
        {{"member", "remove", "ana"},
         2,
         "error: member ana is the only lead: make another member lead first\n"},
    };
    for (const auto& e : errors) {
        const auto r = runCli(QStringList{"-w", repo.path()} + e.args);
        QVERIFY2(r.exitCode == e.exit, qPrintable(e.args.join(u' ') + u'\n' + describe(r)));
        QVERIFY2(r.err.startsWith("error: ") && r.err.count('\n') == 1, qPrintable(describe(r)));
        if (!e.err.isEmpty())
            QCOMPARE(r.err, e.err);
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(test::snapshotTree(repo.path()), before);

    const auto update =
        runCli(w + QStringList{"member", "update", "bo", "--quota", "2GiB", "--role", "lead"});
    QVERIFY2(update.exitCode == 0, qPrintable(describe(update)));
    QCOMPARE(update.json().value("member").toObject(), (QJsonObject{{"id", "bo"},
                                                                    {"name", "Bo Li"},
                                                                    {"email", "bo@example.org"},
                                                                    {"role", "lead"},
                                                                    {"quota", 2147483648.0}}));
    const auto noQuota =
        runCli(w + QStringList{"member", "update", "bo", "--quota", "none", "--role", "member"});
    QCOMPARE(noQuota.exitCode, 0);
    QVERIFY(noQuota.json().value("member").toObject().value("quota").isNull());
    QCOMPARE(runCli({"-w", repo.path(), "member", "update", "ana", "--role", "member"}).err,
             QByteArray("error: member ana is the only lead: make another member lead first\n"));
    QCOMPARE(runCli({"-w", repo.path(), "member", "update", "bo", "--email", "nope"}).exitCode, 3);
    QCOMPARE(runCli({"-w", repo.path(), "member", "update", "zed", "--quota", "1G"}).exitCode, 2);

    test::writeFile(root.filePath("results/bo/model.bin"), "weights");
    const auto remove = runCli(w + QStringList{"member", "remove", "bo"});
    QVERIFY2(remove.exitCode == 0, qPrintable(describe(remove)));
    QCOMPARE(remove.json().value("removed").toObject().value("id").toString(), QStringLiteral("bo"));
    QCOMPARE(remove.json().value("keptFolders").toArray().first().toObject(),
             (QJsonObject{{"path", "results/bo"}, {"location", "root"}}));
    QCOMPARE(test::readFile(root.filePath("results/bo/model.bin")), QByteArray("weights"));
    const auto text = runCli({"-w", repo.path(), "member", "list"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith("ana ") && text.out.contains("(you)") && !text.out.contains("bo@"));
}

void TestWorkspaceCli::hostileManifestRefusedWithNothingChanged_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QByteArray>("error");
    QTest::newRow("member id ..")
        << withChange("members", 1, "id", "../x")
        << QByteArray(
               R"(error: teamspace.json: members[1].id "../x" is not a valid member id (use a-z, 0-9, . _ -))");
    QTest::newRow("layout ..") << withChange("layout", 1, "path", "../outside")
                               << QByteArray(
                                      R"(error: teamspace.json: layout[1].path "../outside" contains "..")");
    QTest::newRow("layout absolute") << withChange("layout", 0, "path", "/etc")
                                     << QByteArray(
                                            R"(error: teamspace.json: layout[0].path "/etc" is absolute)");
    QTest::newRow("layout drive letter")
        << withChange("layout", 0, "path", "D:/data")
        << QByteArray(R"(error: teamspace.json: layout[0].path "D:/data" starts with a drive letter)");
    QTest::newRow("layout backslash")
        << withChange("layout", 0, "path", "data\\raw")
        << QByteArray(R"(error: teamspace.json: layout[0].path "data\raw" contains a backslash)");
    QTest::newRow("layout NUL")
        << withChange("layout", 0, "path", QStringLiteral("da") + QChar(0) + QStringLiteral("ta"))
        << QByteArray(R"(error: teamspace.json: layout[0].path "da?ta" contains a control character)");
    QTest::newRow("duplicate member")
        << withChange("members", 1, "id", "ana")
        << QByteArray(R"(error: teamspace.json: members[1].id "ana" is listed twice)");
    QTest::newRow("duplicate layout")
        << withChange("layout", 1, "path", "data/raw")
        << QByteArray(R"(error: teamspace.json: layout[1].path "data/raw" is listed twice)");
    QTest::newRow("owner not member")
        << withChange("notebooks", 0, "owner", "eve")
        << QByteArray(R"(error: teamspace.json: notebooks[0].owner "eve" is not a member)");
    QTest::newRow("runner not member")
        << withChange("notebooks", 0, "runner", "eve")
        << QByteArray(R"(error: teamspace.json: notebooks[0].runner "eve" is not a member)");
    QTest::newRow("wrong type")
        << withChange("members", 0, "quotaBytes", "lots")
        << QByteArray(
               "error: teamspace.json: members[0].quotaBytes must be a whole number of bytes (got a string)");
    QTest::newRow("workspace id")
        << withChange(QString(), 0, "id", "../../etc")
        << QByteArray(R"(error: teamspace.json: id "../../etc" is not a valid workspace id)");
    QTest::newRow("newer version")
        << withChange(QString(), 0, "version", 7)
        << QByteArray("error: teamspace.json: version 7 was written by a newer Teamspace");
    QTest::newRow("not json") << QByteArray("{\"version\": 1,")
                              << QByteArray("error: teamspace.json: is not valid JSON at line 1, column 15");
    QByteArray huge = validManifest().isEmpty() ? QByteArray() : QJsonDocument(validManifest()).toJson();
    huge.insert(huge.lastIndexOf('}'), ", \"pad\": \"" + QByteArray(50 * 1000 * 1000, 'x') + "\"");
    QTest::newRow("50 MB") << huge << QByteArray("error: ");
}

void TestWorkspaceCli::hostileManifestRefusedWithNothingChanged()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QByteArray, error);
    QTemporaryDir repo;
    test::writeFile(repo.filePath("teamspace.json"), manifest);
    const auto before = test::snapshotTree(repo.path());
    const QList<QStringList> commands = {
        {"member", "list"},         {"member", "add", "cy", "--name", "C", "--email", "c@x.org"},
        {"member", "remove", "bo"}, {"layout", "check"},
        {"layout", "apply"},        {"activity"}};
    for (const QStringList& command : commands) {
        const auto r = runCli(QStringList{"-w", repo.path(), "--as", "ana"} + command);
        QVERIFY2(r.exitCode == 3, qPrintable(command.join(u' ') + u'\n' + describe(r)));
        QVERIFY2(r.err.startsWith(error) && r.err.count('\n') == 1, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
    }
    if (manifest.size() > 1'000'000) {
        const auto r = runCli({"-w", repo.path(), "member", "list"});
        QVERIFY2(r.err.contains("more than the 4.0 MiB allowed"), qPrintable(describe(r)));
    }
    QVERIFY(test::snapshotTree(repo.path()) == before);
}

void TestWorkspaceCli::layoutCheckAndApply()
{
    QTemporaryDir repo, root;
    QCOMPARE(initIn(repo.path(), {"--root", root.path()}).exitCode, 0);
    const QStringList w = {"-w", repo.path()};
    QCOMPARE(runCli(w + QStringList{"layout", "check"}).exitCode, 0);
    QVERIFY(QDir(root.filePath("models")).removeRecursively());
    test::writeFile(root.filePath("stray.zip"), "PK");
    const auto drift = runCli(w + QStringList{"--json", "layout", "check"});
    QCOMPARE(drift.exitCode, 1);
    QCOMPARE(keys(drift.json()), (QStringList{"drift", "folders", "sharedFolderSet", "unexpected"}));
    QVERIFY(drift.json().value("sharedFolderSet").toBool());
    QVERIFY(drift.json().value("drift").toBool());
    QCOMPARE(drift.json().value("unexpected").toArray(), QJsonArray{"stray.zip"});
    int missing = 0;
    for (const QJsonValue& f : drift.json().value("folders").toArray())
        if (f.toObject().value("state").toString() == QStringLiteral("missing")) {
            ++missing;
            QCOMPARE(f.toObject().value("path").toString(), QStringLiteral("models"));
        }
    QCOMPARE(missing, 1);
    const auto text = runCli(w + QStringList{"layout", "check"});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains("missing: shared folder: models\n"));
    QVERIFY(text.out.contains("unexpected at the top of the shared folder: stray.zip\n"));

    const auto apply = runCli(w + QStringList{"--json", "layout", "apply"});
    QCOMPARE(apply.exitCode, 0);
    QCOMPARE(keys(apply.json()), (QStringList{"alreadyPresent", "blocked", "created"}));
    QCOMPARE(apply.json().value("created").toArray().size(), 1);
    const auto second = runCli(w + QStringList{"--json", "layout", "apply"});
    QCOMPARE(second.json().value("created").toArray().size(), 0);
    QCOMPARE(test::readFile(root.filePath("stray.zip")), QByteArray("PK")); // never deleted
    QCOMPARE(runCli(w + QStringList{"layout", "check"}).exitCode, 1);       // stray.zip is still drift
    QVERIFY(QFile::remove(root.filePath("stray.zip")));
    QCOMPARE(runCli(w + QStringList{"layout", "check"}).exitCode, 0);
    QCOMPARE(runCli(w + QStringList{"layout"}).exitCode, 2);
    QCOMPARE(runCli(w + QStringList{"layout", "check", "extra"}).exitCode, 2);
}

void TestWorkspaceCli::activityShowsChanges()
{
    QTemporaryDir repo, local;
    const QString index = local.filePath("index.sqlite"); // --index: never inside the workspace
    QCOMPARE(initIn(repo.path(), {"--index", index}).exitCode, 0);
    const QStringList w = {"-w", repo.path(), "--index", index};
    QCOMPARE(runCli(w + QStringList{"member", "add", "bo", "--name", "Bo", "--email", "bo@x.org"}).exitCode,
             0);
    const auto all = runCli(w + QStringList{"--json", "activity"});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray entries = all.json().value("entries").toArray();
    QCOMPARE(entries.size(), 1 + 9 + 1 + 3); // init, its 9 folders, member.add, bo's 3 folders
    const QJsonObject newest = entries.first().toObject();
    QCOMPARE(keys(newest), (QStringList{"action", "actor", "at", "detail", "id", "path"}));
    QCOMPARE(newest.value("action").toString(), QStringLiteral("layout.create"));
    QCOMPARE(newest.value("actor").toString(), QStringLiteral("ana"));
    QCOMPARE(newest.value("path").toString(), QStringLiteral("notebooks/bo"));
    QCOMPARE(entries.last().toObject().value("action").toString(), QStringLiteral("workspace.init"));
    QCOMPARE(runCli(w + QStringList{"--json", "activity", "--limit", "2"})
                 .json()
                 .value("entries")
                 .toArray()
                 .size(),
             2);
    QCOMPARE(runCli(w + QStringList{"--json", "activity", "--since", "2999-01-01T00:00:00Z"})
                 .json()
                 .value("entries")
                 .toArray()
                 .size(),
             0);
    QCOMPARE(runCli(w + QStringList{"activity", "--since", "yesterday"}).exitCode, 2);
    QCOMPARE(runCli(w + QStringList{"activity", "--limit", "0"}).exitCode, 2);
    // Another database file has its own log.
    QCOMPARE(runCli({"--json", "-w", repo.path(), "activity"}).json().value("entries").toArray().size(), 0);
}

void TestWorkspaceCli::demoCreatesAValidWorkspace()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("demo");
    const auto demo = runCli({"--json", "demo", "create", dir});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    QCOMPARE(keys(demo.json()), (QStringList{"bytes", "files", "lead", "members", "notebooks", "remote",
                                             "repo", "seconds", "shared", "workspaceId"}));
    QCOMPARE(demo.json().value("members").toInt(), 4);
    qInfo("demo create: %.2f s, %d files, %.0f bytes apparent", demo.json().value("seconds").toDouble(),
          demo.json().value("files").toInt(), demo.json().value("bytes").toDouble());
    const QString repo = demo.json().value("repo").toString();
    // The shared folder and the identity are remembered: no --root, no --as.
    const auto check = runCli({"-w", repo, "layout", "check"});
    QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
    const auto members = runCli({"--json", "-w", repo, "member", "list"});
    int leads = 0;
    for (const QJsonValue& m : members.json().value("members").toArray()) {
        leads += m.toObject().value("role").toString() == QStringLiteral("lead") ? 1 : 0;
        QVERIFY(m.toObject().value("quota").toDouble() > 0);
    }
    QCOMPARE(leads, 1);
    QVERIFY(runCli({"-w", repo, "member", "add", "eve", "--name", "Eve", "--email", "eve@x.org"}).exitCode ==
            0); // I am the lead
    const auto twice = runCli({"demo", "create", dir});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY(twice.err.contains("is not an empty folder"));
}

QTEST_GUILESS_MAIN(TestWorkspaceCli)
#include "tst_workspacecli.moc"
