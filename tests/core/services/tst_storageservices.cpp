// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The storage services (scan, usage, largest, growth, duplicates, hazards, report) on a real workspace: each
// returns the figures the CLI prints as JSON for the same workspace (the CLI is a printer over them).
#include "services/ScanService.h"
#include "services/StorageQueries.h"
#include "services/StorageReport.h"

#include "CliRunner.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

namespace {

qint64 number(const QJsonValue& v)
{
    return qint64(v.toDouble());
}

// A colab-team workspace with ana (lead) and ben, the shared folder apart from the repository, and data
// that gives every query something to say: members' results, a duplicate, a .git in the shared folder.
struct Team
{
    QTemporaryDir dir;
    QString repo = dir.filePath(QStringLiteral("repo"));
    QString root = dir.filePath(QStringLiteral("root"));
    Workspace ws;

    Team()
    {
        QDir().mkpath(repo);
        QDir().mkpath(root);
        ws = test::makeWorkspace(repo, root, QStringLiteral("colab-team"), {QStringLiteral("ben")});
        test::writeFile(root + QStringLiteral("/data/raw/a.csv"), QByteArray(3000, 'r'));
        test::writeFile(root + QStringLiteral("/results/ana/run1/out.npy"), QByteArray(12000, 'a'));
        test::writeFile(root + QStringLiteral("/results/ben/dup.bin"), QByteArray(5000, 'd'));
        test::writeFile(root + QStringLiteral("/checkpoints/ana/dup.bin"), QByteArray(5000, 'd'));
        test::writeFile(root + QStringLiteral("/models/m.onnx"), QByteArray(700, 'm'));
        test::writeFile(root + QStringLiteral("/models/vendored/.git/HEAD"), "ref: refs/heads/main\n");
        test::writeFile(root + QStringLiteral("/loose.txt"), "loose\n");
    }

    test::CliOutput cli(const QStringList& args) const
    {
        return test::runCli(QStringList{QStringLiteral("-w"), repo, QStringLiteral("-r"), root,
                                        QStringLiteral("--index"), ws.databasePath, QStringLiteral("--as"),
                                        QStringLiteral("ana"), QStringLiteral("--json")} +
                            args);
    }

    void scan(bool full = false) const
    {
        services::ScanSettings settings;
        settings.full = full;
        auto report = services::scan(ws, settings, services::Call{});
        if (!report)
            qFatal("scan: %s", qPrintable(report.error().message));
    }
};

QJsonObject jsonOf(const test::CliOutput& out, int exitCode = 0)
{
    if (out.exitCode != exitCode || !out.jsonValid())
        qWarning("cli exit %d: %s %s", out.exitCode, out.out.constData(), out.err.constData());
    return out.json();
}

} // namespace

class TestStorageServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void scanGivesTheCliFigures();
    void queriesRefuseAnEmptyIndexLikeTheCli();
    void usageGivesTheCliFigures();
    void largestAndGrowthGiveTheCliFigures();
    void duplicatesAndHazardsGiveTheCliFigures();
    void reportGivesTheCliFigures();
    void cancelledScanChangesNothing();
};

void TestStorageServices::scanGivesTheCliFigures()
{
    Team team;
    services::ScanSettings settings;
    settings.full = true;
    std::atomic<int> reports{0};
    services::Call call;
    call.progress = [&](const Progress&) { ++reports; };
    auto mine = services::scan(team.ws, settings, call);
    QVERIFY2(mine.ok(), mine.ok() ? "" : qPrintable(mine.error().message));
    QVERIFY(mine->full);
    QVERIFY(reports >= 1);
    const QJsonObject doc = jsonOf(team.cli({QStringLiteral("scan"), QStringLiteral("--full")}));
    QCOMPARE(number(doc.value(QStringLiteral("files"))), mine->files);
    QCOMPARE(number(doc.value(QStringLiteral("dirs"))), mine->dirs);
    QCOMPARE(number(doc.value(QStringLiteral("bytes"))), mine->bytes);
    QCOMPARE(number(doc.value(QStringLiteral("allocatedBytes"))), mine->allocated);
    QCOMPARE(doc.value(QStringLiteral("errors")).toArray().size(), mine->errors.size());
    QVERIFY(mine->bytes >= 3000 + 12000 + 5000 + 5000 + 700);

    // An incremental scan with nothing changed writes nothing, in both.
    auto again = services::scan(team.ws, services::ScanSettings{}, services::Call{});
    QVERIFY(again.ok());
    QVERIFY(!again->full);
    QCOMPARE(again->store.inserted + again->store.updated + again->store.deleted, 0);
    QCOMPARE(again->files, mine->files);
}

void TestStorageServices::queriesRefuseAnEmptyIndexLikeTheCli()
{
    Team team;
    auto mine = services::usageByMember(team.ws);
    QVERIFY(!mine.ok());
    QCOMPARE(mine.error().kind, ErrorKind::Failed);
    QVERIFY(mine.error().message.contains(QStringLiteral("nothing indexed yet")));
    const auto cli = team.cli({QStringLiteral("usage"), QStringLiteral("--by"), QStringLiteral("member")});
    QCOMPARE(cli.exitCode, exitCodeFor(ErrorKind::Failed));
    QVERIFY2(cli.err.contains(mine.error().message.toUtf8()), cli.err.constData());
}

void TestStorageServices::usageGivesTheCliFigures()
{
    Team team;
    team.scan(true);
    auto members = services::usageByMember(team.ws);
    QVERIFY(members.ok());
    const QJsonObject memberDoc =
        jsonOf(team.cli({QStringLiteral("usage"), QStringLiteral("--by"), QStringLiteral("member")}));
    const QJsonArray memberList = memberDoc.value(QStringLiteral("members")).toArray();
    QCOMPARE(memberList.size(), members->members.size());
    QCOMPARE(members->members.size(), 2);
    for (int i = 0; i < memberList.size(); ++i) {
        const QJsonObject m = memberList[i].toObject();
        const index::MemberUsage& u = members->members[i];
        QCOMPARE(m.value(QStringLiteral("id")).toString(), u.id);
        QCOMPARE(number(m.value(QStringLiteral("bytes"))), u.bytes);
        QCOMPARE(number(m.value(QStringLiteral("files"))), u.files);
        QCOMPARE(m.value(QStringLiteral("quota")).isNull(), !u.quota.has_value());
        if (u.quota)
            QCOMPARE(number(m.value(QStringLiteral("headroom"))), *u.headroom);
    }
    const auto ana = std::find_if(members->members.begin(), members->members.end(),
                                  [](const index::MemberUsage& u) { return u.id == QLatin1String("ana"); });
    QVERIFY(ana != members->members.end());
    QCOMPARE(ana->bytes, 12000 + 5000);
    QCOMPARE(number(memberDoc.value(QStringLiteral("unattributedBytes"))), members->unattributedBytes);

    auto kinds = services::usageByKind(team.ws);
    QVERIFY(kinds.ok());
    const QJsonArray kindList =
        jsonOf(team.cli({QStringLiteral("usage"), QStringLiteral("--by"), QStringLiteral("kind")}))
            .value(QStringLiteral("kinds"))
            .toArray();
    QCOMPARE(kindList.size(), kinds->kinds.size());
    QVERIFY(!kinds->kinds.isEmpty());
    for (int i = 0; i < kindList.size(); ++i) {
        QCOMPARE(kindList[i].toObject().value(QStringLiteral("kind")).toString(), kinds->kinds[i].kind);
        QCOMPARE(number(kindList[i].toObject().value(QStringLiteral("bytes"))), kinds->kinds[i].bytes);
        QCOMPARE(number(kindList[i].toObject().value(QStringLiteral("files"))), kinds->kinds[i].files);
    }

    auto folders = services::usageByFolder(team.ws, services::FolderUsageOptions{QStringLiteral("."), 2});
    QVERIFY(folders.ok());
    const QJsonArray folderList =
        jsonOf(team.cli({QStringLiteral("usage"), QStringLiteral("--depth"), QStringLiteral("2")}))
            .value(QStringLiteral("folders"))
            .toArray();
    QCOMPARE(folderList.size(), folders->folders.size());
    QVERIFY(folders->folders.size() > 5);
    for (int i = 0; i < folderList.size(); ++i) {
        QCOMPARE(folderList[i].toObject().value(QStringLiteral("path")).toString(), folders->folders[i].path);
        QCOMPARE(number(folderList[i].toObject().value(QStringLiteral("bytes"))), folders->folders[i].bytes);
        QCOMPARE(number(folderList[i].toObject().value(QStringLiteral("files"))), folders->folders[i].files);
    }
}

void TestStorageServices::largestAndGrowthGiveTheCliFigures()
{
    Team team;
    team.scan(true);
    test::writeFile(team.root + QStringLiteral("/results/ben/new.bin"), QByteArray(40000, 'n'));
    team.scan();

    auto largest = services::largest(team.ws, 3);
    QVERIFY(largest.ok());
    QCOMPARE(largest->files.size(), 3);
    QCOMPARE(largest->files.first().size, 40000);
    const QJsonArray files =
        jsonOf(team.cli({QStringLiteral("largest"), QStringLiteral("--top"), QStringLiteral("3")}))
            .value(QStringLiteral("files"))
            .toArray();
    QCOMPARE(files.size(), largest->files.size());
    for (int i = 0; i < files.size(); ++i) {
        QCOMPARE(files[i].toObject().value(QStringLiteral("path")).toString(), largest->files[i].path);
        QCOMPARE(number(files[i].toObject().value(QStringLiteral("bytes"))), largest->files[i].size);
    }

    auto growth = services::growth(team.ws);
    QVERIFY(growth.ok());
    QVERIFY(growth->total.has_value());
    QCOMPARE(growth->total->delta(), 40000);
    const QJsonObject doc = jsonOf(team.cli({QStringLiteral("growth")}));
    QCOMPARE(number(doc.value(QStringLiteral("total")).toObject().value(QStringLiteral("delta"))),
             growth->total->delta());
    const auto compare = [&doc](const QString& list, const QString& key,
                                const QList<index::GrowthRow>& rows) {
        const QJsonArray array = doc.value(list).toArray();
        if (array.size() != rows.size())
            return false;
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject r = array[i].toObject();
            if (r.value(key).toString() != rows[i].key ||
                number(r.value(QStringLiteral("bytesBefore"))) != rows[i].bytesBefore ||
                number(r.value(QStringLiteral("bytesAfter"))) != rows[i].bytesAfter ||
                number(r.value(QStringLiteral("filesAfter"))) != rows[i].filesAfter)
                return false;
        }
        return true;
    };
    QVERIFY(compare(QStringLiteral("members"), QStringLiteral("id"), growth->members));
    QVERIFY(compare(QStringLiteral("kinds"), QStringLiteral("kind"), growth->kinds));
    QVERIFY(compare(QStringLiteral("folders"), QStringLiteral("path"), growth->folders));
    const auto ben = std::find_if(growth->members.begin(), growth->members.end(),
                                  [](const index::GrowthRow& g) { return g.key == QLatin1String("ben"); });
    QVERIFY(ben != growth->members.end());
    QCOMPARE(ben->delta(), 40000);
}

void TestStorageServices::duplicatesAndHazardsGiveTheCliFigures()
{
    Team team;
    team.scan(true);
    auto duplicates = services::duplicates(team.ws, services::DuplicateSettings{1000}, services::Call{});
    QVERIFY(duplicates.ok());
    QCOMPARE(duplicates->groups.size(), 1);
    QCOMPARE(duplicates->reclaimableBytes, 5000);
    const QJsonObject doc = jsonOf(
        team.cli({QStringLiteral("duplicates"), QStringLiteral("--min-size"), QStringLiteral("1000")}));
    QCOMPARE(number(doc.value(QStringLiteral("reclaimableBytes"))), duplicates->reclaimableBytes);
    QCOMPARE(number(doc.value(QStringLiteral("hashedFiles"))), duplicates->hashedFiles);
    const QJsonArray groups = doc.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].toObject().value(QStringLiteral("hash")).toString(), duplicates->groups[0].hash);
    QCOMPARE(groups[0].toObject().value(QStringLiteral("paths")).toVariant().toStringList(),
             duplicates->groups[0].paths);

    // Cancelled before a candidate is read: nothing to report, Cancelled like the scan.
    services::Call cancelled;
    cancelled.cancel->cancel();
    auto stopped = services::duplicates(team.ws, services::DuplicateSettings{1000}, cancelled);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);

    auto hazards = services::hazards(team.ws);
    QVERIFY(hazards.ok());
    QVERIFY2(!hazards->findings.isEmpty(), "the .git in the shared folder is a hazard");
    const auto cli = team.cli({QStringLiteral("hazards")});
    QCOMPARE(cli.exitCode, hazards->anyError() ? 1 : 0);
    const QJsonArray findings = cli.json().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), hazards->findings.size());
    for (int i = 0; i < findings.size(); ++i) {
        const QJsonObject f = findings[i].toObject();
        QCOMPARE(f.value(QStringLiteral("rule")).toString(), hazards->findings[i].rule);
        QCOMPARE(f.value(QStringLiteral("path")).toString(), hazards->findings[i].path);
        QCOMPARE(f.value(QStringLiteral("severity")).toString(),
                 hazards::toString(hazards->findings[i].severity));
        QCOMPARE(f.value(QStringLiteral("message")).toString(), hazards->findings[i].message);
    }
}

void TestStorageServices::reportGivesTheCliFigures()
{
    Team team;
    services::StorageReportOptions options;
    options.full = true;
    options.largest = 2;
    auto mine = services::storageReport(team.ws, options, services::Call{});
    QVERIFY2(mine.ok(), mine.ok() ? "" : qPrintable(mine.error().message));
    QCOMPARE(mine->workspaceName, team.ws.manifest.name);
    QCOMPARE(mine->sharedFolder, team.ws.rootDir);
    QCOMPARE(mine->largest.files.size(), 2);
    QVERIFY(!mine->hazards.findings.isEmpty());

    const QJsonObject doc =
        jsonOf(team.cli({QStringLiteral("report"), QStringLiteral("--top"), QStringLiteral("2")}));
    QCOMPARE(doc.value(QStringLiteral("workspace")).toString(), mine->workspaceName);
    const QJsonObject scan = doc.value(QStringLiteral("scan")).toObject();
    QCOMPARE(number(scan.value(QStringLiteral("files"))), mine->scan.files);
    QCOMPARE(number(scan.value(QStringLiteral("bytes"))), mine->scan.bytes);
    QCOMPARE(scan.value(QStringLiteral("full")).toBool(), false); // the CLI's ran after ours: incremental
    QCOMPARE(
        number(
            doc.value(QStringLiteral("usageByMember")).toObject().value(QStringLiteral("unattributedBytes"))),
        mine->members.unattributedBytes);
    const QJsonArray members =
        doc.value(QStringLiteral("usageByMember")).toObject().value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), mine->members.members.size());
    for (int i = 0; i < members.size(); ++i)
        QCOMPARE(number(members[i].toObject().value(QStringLiteral("bytes"))),
                 mine->members.members[i].bytes);
    QCOMPARE(
        doc.value(QStringLiteral("usageByKind")).toObject().value(QStringLiteral("kinds")).toArray().size(),
        mine->kinds.kinds.size());
    const QJsonArray largest =
        doc.value(QStringLiteral("largest")).toObject().value(QStringLiteral("files")).toArray();
    QCOMPARE(largest.size(), 2);
    QCOMPARE(largest[0].toObject().value(QStringLiteral("path")).toString(), mine->largest.files[0].path);
    QCOMPARE(
        doc.value(QStringLiteral("hazards")).toObject().value(QStringLiteral("findings")).toArray().size(),
        mine->hazards.findings.size());
}

// A report whose scan is cancelled returns Cancelled and leaves the index as it was.
void TestStorageServices::cancelledScanChangesNothing()
{
    Team team;
    team.scan(true);
    auto before = services::usageByMember(team.ws);
    QVERIFY(before.ok());
    test::writeFile(team.root + QStringLiteral("/results/ana/more.bin"), QByteArray(999, 'x'));
    services::Call call;
    call.progress = [&call](const Progress&) { call.cancel->cancel(); };
    services::StorageReportOptions options;
    auto report = services::storageReport(team.ws, options, call);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
    auto after = services::usageByMember(team.ws);
    QVERIFY(after.ok());
    QCOMPARE(after->members.first().bytes, before->members.first().bytes);
    QCOMPARE(after->unattributedBytes, before->unattributedBytes);
}

QTEST_GUILESS_MAIN(TestStorageServices)
#include "tst_storageservices.moc"
