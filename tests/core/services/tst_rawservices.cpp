// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The raw-data services (protect, unprotect, report, baseline, verify) on real workspaces: each returns what
// the CLI prints as JSON for an identical workspace, logs what it changed, and a cancelled baseline writes
// nothing.
#include "services/RawIntegrity.h"
#include "services/RawProtection.h"

#include "db/LocalDatabase.h"
#include "permissions/BaselineFile.h"

#include "CliRunner.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ts;

namespace {

QString octal(quint32 mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QChar(u'0'));
}

// A colab-team workspace (ana lead, ben member) with three files under data/raw; two built the same way
// give the same reports.
struct Team
{
    QTemporaryDir dir;
    QString repo = dir.filePath(QStringLiteral("repo"));
    QString root = dir.filePath(QStringLiteral("root"));
    QString raw = root + QStringLiteral("/data/raw");
    Workspace ws;

    Team()
    {
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
        QDir().mkpath(repo);
        QDir().mkpath(root);
        ws = test::makeWorkspace(repo, root, QStringLiteral("colab-team"), {QStringLiteral("ben")});
        test::writeFile(raw + QStringLiteral("/a.csv"), "id,value\n1,2\n");
        test::writeFile(raw + QStringLiteral("/images/b.bin"), QByteArray(70000, 'b'));
        test::writeFile(raw + QStringLiteral("/images/c.txt"), "c\n");
        for (const QString& p : {raw, raw + QStringLiteral("/images")})
            ::chmod(QFile::encodeName(p).constData(), 0777);
        for (const QString& p :
             {QStringLiteral("/a.csv"), QStringLiteral("/images/b.bin"), QStringLiteral("/images/c.txt")})
            ::chmod(QFile::encodeName(raw + p).constData(), 0666);
    }

    test::CliOutput cli(const QStringList& args) const
    {
        return test::runCli(QStringList{QStringLiteral("-w"), repo, QStringLiteral("-r"), root,
                                        QStringLiteral("--index"), ws.databasePath, QStringLiteral("--as"),
                                        QStringLiteral("ana"), QStringLiteral("--json"),
                                        QStringLiteral("raw")} +
                            args);
    }

    QStringList loggedActions() const
    {
        QStringList actions;
        auto db = db::openLocalDatabase(ws.databasePath);
        if (!db)
            return {db.error().message};
        auto stmt = db->prepare("SELECT action FROM activity ORDER BY id");
        while (stmt && stmt->step())
            actions << stmt->columnText(0);
        return actions;
    }
};

bool sameChanges(const QJsonObject& doc, const permissions::GuardReport& report)
{
    const QJsonArray changed = doc.value(QStringLiteral("changed")).toArray();
    if (changed.size() != report.changed.size() ||
        doc.value(QStringLiteral("unchanged")).toInteger() != report.unchanged)
        return false;
    for (int i = 0; i < changed.size(); ++i) {
        const QJsonObject c = changed[i].toObject();
        if (c.value(QStringLiteral("path")).toString() != report.changed[i].path ||
            c.value(QStringLiteral("before")).toString() != octal(report.changed[i].modeBefore) ||
            c.value(QStringLiteral("after")).toString() != octal(report.changed[i].modeAfter))
            return false;
    }
    return true;
}

} // namespace

class TestRawServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void protectAndUnprotectGiveTheCliFigures();
    void writeAccessGivesTheCliFigures();
    void baselineAndVerifyGiveTheCliFigures();
    void cancelledBaselineWritesNothing();
};

void TestRawServices::protectAndUnprotectGiveTheCliFigures()
{
    Team mine, theirs;
    auto protectedRaw = services::protectRaw(mine.ws, services::Call{});
    QVERIFY2(protectedRaw.ok(), protectedRaw.ok() ? "" : qPrintable(protectedRaw.error().message));
    QCOMPARE(protectedRaw->guard.changed.size(), 5); // data/raw, images, three files
    QVERIFY(protectedRaw->logWarning.isEmpty());
    const auto cli = theirs.cli({QStringLiteral("protect")});
    QCOMPARE(cli.exitCode, 0);
    QVERIFY(sameChanges(cli.json(), protectedRaw->guard));
    QCOMPARE(QFileInfo(mine.raw + QStringLiteral("/a.csv")).permissions() & QFile::WriteOwner,
             QFileDevice::Permissions());

    auto again = services::protectRaw(mine.ws, services::Call{});
    QVERIFY(again.ok());
    QCOMPARE(again->guard.changed.size(), 0);
    QCOMPARE(again->guard.unchanged, 5);

    auto unprotected = services::unprotectRaw(mine.ws, services::Call{});
    QVERIFY(unprotected.ok());
    QCOMPARE(unprotected->guard.changed.size(), 5);
    const auto cliUnprotect = theirs.cli({QStringLiteral("unprotect")});
    QCOMPARE(cliUnprotect.exitCode, 0);
    QVERIFY(sameChanges(cliUnprotect.json(), unprotected->guard));
    // What changed is logged; the protect that changed nothing is not.
    QCOMPARE(mine.loggedActions(), theirs.loggedActions());
    QCOMPARE(mine.loggedActions().filter(QStringLiteral("raw.")),
             (QStringList{QStringLiteral("raw.protect"), QStringLiteral("raw.unprotect")}));
}

void TestRawServices::writeAccessGivesTheCliFigures()
{
    Team team;
    for (bool protect : {false, true}) {
        if (protect)
            QVERIFY(services::protectRaw(team.ws, services::Call{}).ok());
        auto report = services::rawWriteAccess(team.ws, services::Call{});
        QVERIFY(report.ok());
        QCOMPARE(report->anyWritable(), !protect);
        const auto cli = team.cli({QStringLiteral("report")});
        QCOMPARE(cli.exitCode, report->anyWritable() ? 1 : 0);
        const QJsonArray folders = cli.json().value(QStringLiteral("folders")).toArray();
        QCOMPARE(folders.size(), report->folders.size());
        for (int i = 0; i < folders.size(); ++i) {
            const QJsonObject f = folders[i].toObject();
            const permissions::FolderWriteAccess& a = report->folders[i];
            QCOMPARE(f.value(QStringLiteral("path")).toString(), a.path);
            QCOMPARE(f.value(QStringLiteral("exists")).toBool(), a.exists);
            QCOMPARE(f.value(QStringLiteral("mode")).toString(), octal(a.mode));
            QCOMPARE(f.value(QStringLiteral("entries")).toInteger(), a.entries);
            QCOMPARE(f.value(QStringLiteral("writableEntries")).toInteger(), a.writableEntries);
            QCOMPARE(f.value(QStringLiteral("readOnly")).toBool(), a.isReadOnly());
        }
    }
}

void TestRawServices::baselineAndVerifyGiveTheCliFigures()
{
    Team mine, theirs;
    services::RawBaselineOptions options;
    options.algorithm = permissions::HashAlgorithm::Sha256;
    auto baseline = services::recordRawBaseline(mine.ws, options, services::Call{});
    QVERIFY2(baseline.ok(), baseline.ok() ? "" : qPrintable(baseline.error().message));
    QVERIFY2(!baseline->failure, baseline->failure ? qPrintable(baseline->failure->message) : "");
    QCOMPARE(baseline->files, 3);
    QCOMPARE(baseline->bytes, 13 + 70000 + 2);
    QCOMPARE(baseline->file, mine.repo + QStringLiteral("/raw-baseline.json"));
    QVERIFY(QFile::exists(baseline->file));
    QVERIFY(mine.loggedActions().contains(QStringLiteral("raw.baseline")));
    const auto cli =
        theirs.cli({QStringLiteral("baseline"), QStringLiteral("--algorithm"), QStringLiteral("sha256")});
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(cli.json().value(QStringLiteral("files")).toInteger(), baseline->files);
    QCOMPARE(cli.json().value(QStringLiteral("bytes")).toInteger(), baseline->bytes);
    QCOMPARE(cli.json().value(QStringLiteral("algorithm")).toString(), toString(baseline->algorithm));
    // The same content gives the same proof, whoever wrote it.
    QCOMPARE(permissions::loadBaselineFile(mine.repo)->entries.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(permissions::loadBaselineFile(mine.repo)->entries[i].hash,
                 permissions::loadBaselineFile(theirs.repo)->entries[i].hash);

    for (Team* t : {&mine, &theirs}) {
        test::writeFile(t->raw + QStringLiteral("/images/c.txt"), "C\n"); // same size
        test::writeFile(t->raw + QStringLiteral("/new.csv"), "n\n");
        QVERIFY(QFile::remove(t->raw + QStringLiteral("/a.csv")));
    }
    for (bool local : {false, true}) {
        services::RawVerifyOptions verify;
        verify.local = local;
        auto report = services::verifyRaw(mine.ws, verify, services::Call{});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY(report->algorithm == permissions::HashAlgorithm::Sha256);
        QCOMPARE(report->result.modified, QStringList{QStringLiteral("data/raw/images/c.txt")});
        QStringList args{QStringLiteral("verify")};
        if (local)
            args << QStringLiteral("--local");
        const auto verified = theirs.cli(args);
        QCOMPARE(verified.exitCode, 1);
        const QJsonObject doc = verified.json();
        QCOMPARE(doc.value(QStringLiteral("modified")).toVariant().toStringList(), report->result.modified);
        QCOMPARE(doc.value(QStringLiteral("added")).toVariant().toStringList(), report->result.added);
        QCOMPARE(doc.value(QStringLiteral("removed")).toVariant().toStringList(), report->result.removed);
        QCOMPARE(doc.value(QStringLiteral("unchanged")).toInteger(), report->result.unchanged);
        QCOMPARE(report->result.added.size(), 1);
        QCOMPARE(report->result.removed.size(), 1);
        QCOMPARE(report->result.unchanged, 1);
    }
}

void TestRawServices::cancelledBaselineWritesNothing()
{
    Team team;
    services::Call call;
    call.cancel->cancel();
    auto baseline = services::recordRawBaseline(team.ws, services::RawBaselineOptions{}, call);
    QVERIFY(!baseline.ok());
    QCOMPARE(baseline.error().kind, ErrorKind::Cancelled);
    QVERIFY2(baseline.error().message.startsWith(QStringLiteral("raw baseline: nothing was written: ")),
             qPrintable(baseline.error().message));
    QVERIFY(!QFile::exists(team.repo + QStringLiteral("/raw-baseline.json")));
    QVERIFY(!team.loggedActions().contains(QStringLiteral("raw.baseline")));
}

QTEST_GUILESS_MAIN(TestRawServices)
#include "tst_rawservices.moc"
