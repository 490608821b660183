// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The manifest: round trips that keep what this version does not know, stable output, strict validation of
// hostile content with messages that name the field, the size limit, the version rules and the upgrade hook.
#include "workspace/Manifest.h"
#include "workspace/ManifestMigration.h"
#include "workspace/WorkspaceEditor.h"

#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ts;

class TestManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryField();
    void roundTripKeepsUnknownFieldsInOrder();
    void outputIsStableAndExact();
    void refusesHostileContent_data();
    void refusesHostileContent();
    void refusesOversizedManifestUnread();
    void refusesDeepNesting();
    void versionRules();
    void upgradeStepsRunInOrder();
    void saveRefusesInvalidAndKeepsFile();
    void saveWritesWhatLoadReads();
    void regexValidatedFieldsRefuseATrailingNewline();
};

namespace {

// A manifest as a newer Teamspace might write it: unknown fields at every level, in a deliberate non-sorted
// order.
const QByteArray kWithUnknownFields = R"json({
  "version": 1,
  "zeta": {"b": 1, "a": [true, null, "x"]},
  "id": "ws-0001",
  "name": "Vision team — Ünïcode",
  "template": "colab-team",
  "members": [
    {"id": "ana", "name": "Ana Lima", "email": "ana@example.org", "role": "lead", "quotaBytes": 16000000000, "pronouns": "she"},
    {"id": "ben.k", "name": "Ben", "email": "ben@example.org", "role": "member"}
  ],
  "layout": [
    {"path": "data/raw", "role": "raw", "location": "root", "perMember": false, "readOnly": true},
    {"path": "./results//", "role": "results", "perMember": true},
    {"path": "notebooks", "role": "notebooks", "location": "repository", "perMember": true}
  ],
  "notebooks": [
    {"path": "notebooks/ben.k/z.ipynb", "owner": "ben.k"},
    {"path": "notebooks/ana/a.ipynb", "owner": "ana", "runner": "ben.k", "expectedOutputBytes": 2000000000, "gpu": "T4"}
  ],
  "policies": {"splitThresholdBytes": 4000000000, "future": 3, "strip": {"keepOutputs": true, "extra": []}},
  "alpha": "last"
})json";

Manifest sampleManifest()
{
    Manifest m;
    m.id = QStringLiteral("ws-1");
    m.name = QStringLiteral("Team");
    m.templateName = QStringLiteral("ccds");
    m.members = {Member{QStringLiteral("ana"),
                        QStringLiteral("Ana"),
                        QStringLiteral("ana@x.org"),
                        MemberRole::Lead,
                        1000,
                        {}},
                 Member{QStringLiteral("bo"),
                        QStringLiteral("Bo"),
                        QStringLiteral("bo@x.org"),
                        MemberRole::Member,
                        std::nullopt,
                        {}}};
    m.layout = {LayoutFolder{QStringLiteral("data/raw"), FolderRole::Raw, FolderLocation::Root, false, {}}};
    m.notebooks = {NotebookAssignment{
        QStringLiteral("notebooks/bo/n.ipynb"), QStringLiteral("bo"), QStringLiteral("ana"), 5, {}, {}}};
    return m;
}

QByteArray mutated(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = QJsonDocument::fromJson(kWithUnknownFields).object();
    change(root);
    return QJsonDocument(root).toJson();
}

// Replaces one field of the element `index` of the array `list`.
std::function<void(QJsonObject&)> setIn(const QString& list, int index, const QString& key,
                                        const QJsonValue& value)
{
    return [=](QJsonObject& root) {
        QJsonArray array = root.value(list).toArray();
        QJsonObject item = array.at(index).toObject();
        item.insert(key, value);
        array.replace(index, item);
        root.insert(list, array);
    };
}

QString errorOf(const QByteArray& json)
{
    auto parsed = parseManifest(json);
    if (parsed.ok())
        return QStringLiteral("<accepted>");
    return (parsed.error().kind == ErrorKind::BadInput ? QString() : QStringLiteral("<not BadInput> ")) +
           parsed.error().message;
}

} // namespace

void TestManifest::parsesEveryField()
{
    auto parsed = parseManifest(kWithUnknownFields);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const Manifest& m = *parsed;
    QCOMPARE(m.version, 1);
    QCOMPARE(m.id, QStringLiteral("ws-0001"));
    QCOMPARE(m.name, QStringLiteral("Vision team — Ünïcode"));
    QCOMPARE(m.members.size(), 2);
    QCOMPARE(m.members[0].quotaBytes, std::optional<qint64>(16'000'000'000));
    QCOMPARE(m.members[1].quotaBytes, std::nullopt);
    QVERIFY(m.isLead(QStringLiteral("ana")));
    QVERIFY(!m.isLead(QStringLiteral("ben.k")));
    QCOMPARE(m.layout[1].path, QStringLiteral("results")); // normalised
    QVERIFY(m.layout[1].location == FolderLocation::Root); // the default
    QVERIFY(m.layout[2].location == FolderLocation::Repository);
    QVERIFY(m.layout[2].perMember);
    // Sorted by path, whatever the file's order.
    QCOMPARE(m.notebooks[0].path, QStringLiteral("notebooks/ana/a.ipynb"));
    QCOMPARE(m.notebooks[0].runner, QStringLiteral("ben.k"));
    QCOMPARE(m.notebooks[0].expectedOutputBytes, std::optional<qint64>(2'000'000'000));
    QCOMPARE(m.notebooks[1].runner, QString());
    QCOMPARE(m.policies.splitThresholdBytes, 4'000'000'000);
    QCOMPARE(m.policies.folderEntryLimit, 1000); // default kept when absent
    QVERIFY(m.policies.strip.keepOutputs);
    QCOMPARE(m.policies.strip.cellMetadataRemoved, defaultStripPolicy().cellMetadataRemoved);
    QCOMPARE(m.unknown.size(), 2);
    QCOMPARE(m.unknown[0].first, QStringLiteral("zeta"));
    QCOMPARE(m.unknown[0].second, QByteArray(R"({"b":1,"a":[true,null,"x"]})"));
    QCOMPARE(m.unknown[1].first, QStringLiteral("alpha"));
    QCOMPARE(m.members[0].unknown.value(0).first, QStringLiteral("pronouns"));
    QCOMPARE(m.layout[0].unknown.value(0).first, QStringLiteral("readOnly"));
    QCOMPARE(m.notebooks[0].unknown.value(0).first, QStringLiteral("gpu"));
    QCOMPARE(m.policies.unknown.value(0).first, QStringLiteral("future"));
    QCOMPARE(m.policies.strip.unknown.value(0).first, QStringLiteral("extra"));
}

void TestManifest::roundTripKeepsUnknownFieldsInOrder()
{
    auto first = parseManifest(kWithUnknownFields);
    QVERIFY(first.ok());
    const QByteArray written = serializeManifest(*first);
    auto second = parseManifest(written);
    QVERIFY2(second.ok(), written.constData());
    QVERIFY(*first == *second);
    QCOMPARE(serializeManifest(*second), written); // byte-stable
    // Unknown top-level fields come after the known ones, in the order they were read.
    const qsizetype policies = written.indexOf("\"policies\"");
    const qsizetype zeta = written.indexOf("\"zeta\"");
    const qsizetype alpha = written.indexOf("\"alpha\"");
    QVERIFY(policies > 0 && zeta > policies && alpha > zeta);
    // Nested unknown content is kept value for value, including key order inside it.
    QVERIFY(written.contains(
        "\"zeta\": {\n    \"b\": 1,\n    \"a\": [\n      true,\n      null,\n      \"x\"\n    ]\n  }"));
    QVERIFY(written.contains("\"pronouns\": \"she\""));
    QVERIFY(written.contains("Vision team — Ünïcode")); // UTF-8, not \u escapes
}

void TestManifest::outputIsStableAndExact()
{
    Manifest m = sampleManifest();
    m.policies.strip.cellMetadataRemoved = {QStringLiteral("collapsed")};
    m.policies.strip.notebookMetadataRemoved = {};
    const QByteArray expected = R"json({
  "version": 1,
  "id": "ws-1",
  "name": "Team",
  "template": "ccds",
  "members": [
    {
      "id": "ana",
      "name": "Ana",
      "email": "ana@x.org",
      "role": "lead",
      "quotaBytes": 1000
    },
    {
      "id": "bo",
      "name": "Bo",
      "email": "bo@x.org",
      "role": "member"
    }
  ],
  "layout": [
    {
      "path": "data/raw",
      "role": "raw",
      "location": "root",
      "perMember": false
    }
  ],
  "notebooks": [
    {
      "path": "notebooks/bo/n.ipynb",
      "owner": "bo",
      "runner": "ana",
      "expectedOutputBytes": 5
    }
  ],
  "policies": {
    "splitThresholdBytes": 5000000000,
    "folderEntryLimit": 1000,
    "rootEntryLimit": 50,
    "checkpointMaxAgeSeconds": 7200,
    "largeFileGateBytes": 50000000,
    "strip": {
      "cellMetadataRemoved": [
        "collapsed"
      ],
      "notebookMetadataRemoved": [],
      "keepOutputs": false
    }
  }
}
)json";
    QCOMPARE(serializeManifest(m), expected);
    auto back = parseManifest(expected);
    QVERIFY(back.ok());
    QVERIFY(*back == m);
}

void TestManifest::refusesHostileContent_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QString src = QStringLiteral("teamspace.json: ");

    QTest::newRow("member id ..")
        << mutated(setIn("members", 1, "id", "../x"))
        << src + R"(members[1].id "../x" is not a valid member id (use a-z, 0-9, . _ -))";
    QTest::newRow("member id uppercase") << mutated(setIn("members", 0, "id", "Ana"))
                                         << src + R"(members[0].id "Ana" is not a valid member id)";
    QTest::newRow("duplicate member")
        << mutated(setIn("members", 1, "id", "ana")) << src + R"(members[1].id "ana" is listed twice)";
    QTest::newRow("layout ..") << mutated(setIn("layout", 0, "path", "data/../../etc"))
                               << src + R"(layout[0].path "data/../../etc" contains "..")";
    QTest::newRow("layout absolute") << mutated(setIn("layout", 0, "path", "/etc"))
                                     << src + R"(layout[0].path "/etc" is absolute)";
    QTest::newRow("layout drive") << mutated(setIn("layout", 0, "path", "C:/data"))
                                  << src + R"(layout[0].path "C:/data" starts with a drive letter)";
    QTest::newRow("layout backslash") << mutated(setIn("layout", 0, "path", "data\\raw"))
                                      << src + R"(layout[0].path "data\raw" contains a backslash)";
    QTest::newRow("layout NUL") << mutated(setIn("layout", 0, "path",
                                                 QStringLiteral("data/r") + QChar(0) + QStringLiteral("aw")))
                                << src + R"(layout[0].path "data/r?aw" contains a control character)";
    QTest::newRow("layout newline") << mutated(setIn("layout", 0, "path", "data/\nraw"))
                                    << src + R"(layout[0].path "data/?raw" contains a control character)";
    QTest::newRow("layout root itself")
        << mutated(setIn("layout", 0, "path", "./")) << src + R"(layout[0].path "./" names the root itself)";
    QTest::newRow("layout into .git") << mutated(setIn("layout", 2, "path", ".git/hooks"))
                                      << src + R"(layout[2].path ".git/hooks" reaches into a .git folder)";
    QTest::newRow("duplicate layout")
        << mutated(setIn("layout", 1, "path", "data//raw/"))
        << src + R"(layout[1].path "data/raw" is listed twice in the shared folder)";
    QTest::newRow("layout role") << mutated(setIn("layout", 0, "role", "secret"))
                                 << src + R"(layout[0].role "secret" is not a folder role)";
    QTest::newRow("layout location") << mutated(setIn("layout", 0, "location", ""))
                                     << src + R"(layout[0].location "" is not a location)";
    QTest::newRow("notebook ..") << mutated(setIn("notebooks", 0, "path", "../n.ipynb"))
                                 << src + R"(notebooks[0].path "../n.ipynb" contains "..")";
    QTest::newRow("notebook not ipynb") << mutated(setIn("notebooks", 0, "path", "a.py"))
                                        << src + R"(notebooks[0].path "a.py" is not a notebook)";
    QTest::newRow("owner not member") << mutated(setIn("notebooks", 0, "owner", "eve"))
                                      << src + R"(notebooks[0].owner "eve" is not a member)";
    QTest::newRow("runner not member") << mutated(setIn("notebooks", 1, "runner", "eve"))
                                       << src + R"(notebooks[1].runner "eve" is not a member)";
    QTest::newRow("duplicate notebook")
        << mutated(setIn("notebooks", 0, "path", "notebooks/ana/a.ipynb"))
        << src + R"(notebooks[1].path "notebooks/ana/a.ipynb" is assigned twice)";
    QTest::newRow("quota string")
        << mutated(setIn("members", 0, "quotaBytes", "15GB"))
        << src + "members[0].quotaBytes must be a whole number of bytes (got a string)";
    QTest::newRow("quota fraction") << mutated(setIn("members", 0, "quotaBytes", 1.5))
                                    << src + "members[0].quotaBytes must be a whole number of bytes";
    QTest::newRow("quota negative") << mutated(setIn("members", 0, "quotaBytes", -1))
                                    << src + "members[0].quotaBytes must not be negative";
    QTest::newRow("members not array") << mutated([](QJsonObject& o) { o.insert("members", QJsonObject()); })
                                       << src + "members must be an array (got an object)";
    QTest::newRow("member not object") << mutated([](QJsonObject& o) { o.insert("members", QJsonArray{1}); })
                                       << src + "members[0] must be an object (got a number)";
    QTest::newRow("no members") << mutated([](QJsonObject& o) { o.insert("members", QJsonArray{}); })
                                << src + "members is empty";
    QTest::newRow("no lead") << mutated(setIn("members", 0, "role", "member"))
                             << src + "members has no member with role \"lead\"";
    QTest::newRow("role unknown") << mutated(setIn("members", 0, "role", "admin"))
                                  << src + R"(members[0].role "admin" is not a role)";
    QTest::newRow("name missing") << mutated([](QJsonObject& o) { o.remove("name"); })
                                  << src + "name is missing";
    QTest::newRow("name control") << mutated([](QJsonObject& o) { o.insert("name", "a\tb"); })
                                  << src + R"(name "a?b" contains a control character)";
    QTest::newRow("email") << mutated(setIn("members", 1, "email", "ben"))
                           << src + R"(members[1].email "ben" is not an e-mail address)";
    QTest::newRow("member id newline") << mutated(setIn("members", 1, "id", "ben.k\n"))
                                       << src + R"(members[1].id "ben.k?" is not a valid member id)";
    QTest::newRow("workspace id newline") << mutated([](QJsonObject& o) { o.insert("id", "ws-0001\n"); })
                                          << src + R"(id "ws-0001?" is not a valid workspace id)";
    QTest::newRow("email newline")
        << mutated(setIn("members", 1, "email", "ben@example.org\n"))
        << src + R"(members[1].email "ben@example.org?" contains a control character)";
    QTest::newRow("workspace id") << mutated([](QJsonObject& o) { o.insert("id", "../../x"); })
                                  << src + R"(id "../../x" is not a valid workspace id)";
    QTest::newRow("perMember type") << mutated(setIn("layout", 0, "perMember", "yes"))
                                    << src + "layout[0].perMember must be true or false (got a string)";
    QTest::newRow("policy zero") << mutated([](QJsonObject& o) {
        o.insert("policies", QJsonObject{{"folderEntryLimit", 0}});
    }) << src + "policies.folderEntryLimit must be greater than 0";
    QTest::newRow("template") << mutated([](QJsonObject& o) { o.insert("template", "mine"); })
                              << src + R"(template "mine" is not a known template)";
    QTest::newRow("top array") << QByteArray("[]") << src + "the top level must be a JSON object";
    QTest::newRow("syntax") << QByteArray("{\n  \"version\": 1,\n  oops\n}")
                            << src + "is not valid JSON at line 3, column 3";
    QTest::newRow("duplicate key") << QByteArray(R"({"version": 1, "id": "a", "id": "b"})")
                                   << src + "id appears twice in the same object";
    QTest::newRow("invalid utf8") << QByteArray("{\"version\": 1, \"name\": \"\xff\xfe\"}")
                                  << src + "is not valid JSON";
}

void TestManifest::refusesHostileContent()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QString error = errorOf(json);
    QVERIFY2(error.startsWith(message),
             qPrintable(QStringLiteral("got: ") + error + QStringLiteral("\nwant: ") + message));
}

void TestManifest::refusesOversizedManifestUnread()
{
    QTemporaryDir dir;
    // 50 MB of otherwise valid JSON: refused by its size, before any parsing.
    QFile file(dir.filePath(QStringLiteral("teamspace.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray big = kWithUnknownFields;
    big.insert(big.lastIndexOf('}'), ", \"pad\": \"" + QByteArray(50 * 1000 * 1000, 'x') + "\"");
    QVERIFY(file.write(big) == big.size());
    file.close();
    auto loaded = loadManifest(dir.path());
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().kind == ErrorKind::BadInput);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("more than the 4.0 MiB allowed")),
             qPrintable(loaded.error().message));
    auto parsed = parseManifest(big);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().kind == ErrorKind::BadInput);
}

void TestManifest::refusesDeepNesting()
{
    QByteArray deep = kWithUnknownFields;
    deep.insert(deep.lastIndexOf('}'), ", \"deep\": " + QByteArray(100000, '[') + QByteArray(100000, ']'));
    QVERIFY(errorOf(deep).contains(QStringLiteral("is nested more than 64 levels deep")));
}

void TestManifest::versionRules()
{
    QVERIFY(errorOf(mutated([](QJsonObject& o) { o.insert("version", 2); }))
                .startsWith(QStringLiteral("teamspace.json: version 2 was written by a newer Teamspace (this "
                                           "one reads up to 1); update Teamspace")));
    QVERIFY(errorOf(mutated([](QJsonObject& o) {
                o.insert("version", 0);
            })).contains(QStringLiteral("version 0 is not a manifest version")));
    QVERIFY(errorOf(mutated([](QJsonObject& o) {
                o.insert("version", "1");
            })).contains(QStringLiteral("version must be a whole number")));
    QVERIFY(errorOf(mutated([](QJsonObject& o) {
                o.remove("version");
            })).contains(QStringLiteral("version is missing")));
}

void TestManifest::upgradeStepsRunInOrder()
{
    // The real list is empty (version 1 is the first format); the mechanism is exercised with steps of our
    // own.
    QVERIFY(manifestUpgradeSteps().empty());
    const std::vector<ManifestUpgradeStep> steps = {
        {2, "rename team to name",
         [](rapidjson::Value& root, rapidjson::Document::AllocatorType& a) -> Status {
             root.AddMember("second", true, a);
             return {};
         }},
        {1, "add a marker",
         [](rapidjson::Value& root, rapidjson::Document::AllocatorType& a) -> Status {
             if (root.HasMember("second"))
                 return Error::badInput(QStringLiteral("steps ran out of order"));
             root.AddMember("first", true, a);
             return {};
         }},
    };
    rapidjson::Document doc;
    doc.Parse(R"({"version": 1})");
    QVERIFY(upgradeManifestJson(doc, QStringLiteral("m.json"), 3, steps).ok());
    QCOMPARE(doc["version"].GetInt(), 3);
    QVERIFY(doc.HasMember("first") && doc.HasMember("second"));

    rapidjson::Document gap;
    gap.Parse(R"({"version": 1})");
    const auto refused = upgradeManifestJson(gap, QStringLiteral("m.json"), 4, steps);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, QStringLiteral("m.json: no upgrade from version 3 to 4 is known"));
}

void TestManifest::saveRefusesInvalidAndKeepsFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("teamspace.json"));
    test::writeFile(path, kWithUnknownFields);
    const auto before = test::snapshotTree(dir.path());
    Manifest bad = sampleManifest();
    bad.members[1].id = QStringLiteral("../x");
    const auto saved = saveManifest(bad, dir.path());
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().kind == ErrorKind::BadInput);
    QCOMPARE(saved.error().message,
             QStringLiteral(
                 R"(teamspace.json: members[1].id "../x" is not a valid member id (use a-z, 0-9, . _ -))"));
    Manifest unnormalised = sampleManifest();
    unnormalised.layout[0].path = QStringLiteral("data//raw");
    QVERIFY(saveManifest(unnormalised, dir.path())
                .error()
                .message.contains(QStringLiteral("is not in normal form (write it as \"data/raw\")")));
    Manifest collision = sampleManifest();
    collision.unknown = {{QStringLiteral("members"), "[]"}};
    QVERIFY(!saveManifest(collision, dir.path()).ok());
    QCOMPARE(test::snapshotTree(dir.path()), before);
}

void TestManifest::saveWritesWhatLoadReads()
{
    QTemporaryDir dir;
    const Manifest m = sampleManifest();
    QVERIFY(saveManifest(m, dir.path()).ok());
    QCOMPARE(test::readFile(dir.filePath(QStringLiteral("teamspace.json"))), serializeManifest(m));
    auto loaded = loadManifest(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(*loaded == m);
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"

// PCRE's "$" also matches before a final newline: "ana\n" passed as a member id (issue 12). Every field
// checked by a regular expression is anchored at the very end, in the parser, in the helpers and in the
// editor.
void TestManifest::regexValidatedFieldsRefuseATrailingNewline()
{
    QVERIFY(isValidMemberId(QStringLiteral("ana")));
    QVERIFY(!isValidMemberId(QStringLiteral("ana\n")));
    QVERIFY(!isValidMemberId(QStringLiteral("\nana")));
    QVERIFY(!isValidMemberId(QStringLiteral("ana\r\n")));
    QVERIFY(isValidWorkspaceId(QStringLiteral("ws-1")));
    QVERIFY(!isValidWorkspaceId(QStringLiteral("ws-1\n")));
    QVERIFY(isValidAccountName(QStringLiteral("ana-lima")));
    QVERIFY(!isValidAccountName(QStringLiteral("ana-lima\n")));

    Member m;
    m.id = QStringLiteral("zoe");
    m.name = QStringLiteral("Zoe");
    m.email = QStringLiteral("zoe@x.org");
    QVERIFY(WorkspaceEditor::validateMember(m).ok());
    Member badId = m;
    badId.id = QStringLiteral("zoe\n");
    const Status idRefused = WorkspaceEditor::validateMember(badId);
    QVERIFY(!idRefused.ok());
    QCOMPARE(idRefused.error().message,
             QStringLiteral("member id \"zoe?\" is not a valid member id (use a-z, 0-9, . _ -)"));
    Member badEmail = m;
    badEmail.email = QStringLiteral("zoe@x.org\n");
    const Status emailRefused = WorkspaceEditor::validateMember(badEmail);
    QVERIFY(!emailRefused.ok());
    QVERIFY2(emailRefused.error().message.contains(QLatin1String("is not an address")),
             qPrintable(emailRefused.error().message));

    Manifest manifest = sampleManifest();
    manifest.members[1].id = QStringLiteral("bo\n");
    manifest.notebooks[0].owner = QStringLiteral("bo\n");
    QVERIFY(!validateManifest(manifest).ok());
}
