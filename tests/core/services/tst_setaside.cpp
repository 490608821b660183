// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Set-aside review and sync history end to end (issue 16): a real team (GitTeam: clones of one bare remote),
// real syncs, the real activity log; expected notebooks built independently and compared byte for byte.
#include "services/SetAside.h"

#include "GitTeam.h"
#include "TestEnv.h"

#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ts;
using namespace ts::test;

namespace {

using Cells = test::CodeCells; // id, source

const Cells kAdaCells = {{QStringLiteral("c1"), QStringLiteral("import pandas as pd")},
                         {QStringLiteral("c2"), QStringLiteral("df = pd.read_csv('a.csv')\ndf.head()")},
                         {QStringLiteral("c3"), QStringLiteral("df.describe()")},
                         {QStringLiteral("c4"), QStringLiteral("df.plot()")}};
// Bob's edit: a new cell after c1, c2 changed, c4 deleted.
const Cells kBobCells = {{QStringLiteral("c1"), QStringLiteral("import pandas as pd")},
                         {QStringLiteral("n1"), QStringLiteral("# Bob's model\nmodel = fit(df, epochs=10)")},
                         {QStringLiteral("c2"), QStringLiteral("df = pd.read_csv('b.csv')\ndf.head()")},
                         {QStringLiteral("c3"), QStringLiteral("df.describe()")}};

const QString kNotebook = QStringLiteral("notebooks/ada/eda.ipynb");

QStringList activityActions(const Workspace& ws)
{
    auto db = db::openLocalDatabase(ws.databasePath);
    if (!db)
        return {};
    auto entries = ActivityLog::query(*db);
    QStringList actions;
    for (const ActivityEntry& entry : entries ? *entries : QList<ActivityEntry>())
        actions << entry.action;
    return actions;
}

QString syncAndLog(const GitTeam& team, const QString& member)
{
    auto result = team.sync(member);
    return syncMessage(result);
}

int rowOf(const nb::NotebookDiff& diff, nb::CellStatus status)
{
    for (int i = 0; i < diff.cells.size(); ++i)
        if (diff.cells.at(i).status == status)
            return i;
    return -1;
}

} // namespace

class TestSetAside : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void roundTrip();
    void hostileCopies();
    void sameNameResolvedByContent();
};

void TestSetAside::roundTrip()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QByteArray adaVersion = test::teamNotebook(kAdaCells);
    team.write(QStringLiteral("ada"), kNotebook, adaVersion);
    QCOMPARE(syncAndLog(team, QStringLiteral("ada")), QString());
    QCOMPARE(syncAndLog(team, QStringLiteral("bob")), QString());
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), adaVersion);

    // Bob edits Ana's notebook and syncs: his edit is set aside, her notebook comes back.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    team.write(QStringLiteral("bob"), kNotebook, test::teamNotebook(kBobCells));
    auto bobSync = team.sync(QStringLiteral("bob"));
    QVERIFY2(bobSync, qPrintable(syncMessage(bobSync)));
    QCOMPARE(bobSync->setAside.size(), 1);
    const QString copy = bobSync->setAside.first().copy;
    QVERIFY2(copy.startsWith(QStringLiteral("notebooks/bob/set-aside/eda.")), qPrintable(copy));
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), adaVersion);
    QCOMPARE(team.read(QStringLiteral("bob"), copy), test::teamNotebook(kBobCells));

    QCOMPARE(syncAndLog(team, QStringLiteral("ada")), QString());
    const Workspace ada = team.workspace(QStringLiteral("ada"));
    const Workspace bob = team.workspace(QStringLiteral("bob"));

    // Ana's list (no log entry of hers names the copy: found by the notebook's name).
    auto listed = services::listSetAside(ada);
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    QCOMPARE(listed->size(), 1);
    const services::SetAsideCopy& entry = listed->first();
    QCOMPARE(entry.copy, copy);
    QCOMPARE(entry.member, QStringLiteral("bob"));
    QCOMPARE(entry.shadows, kNotebook);
    QCOMPARE(entry.owner, QStringLiteral("ada"));
    QVERIFY(!entry.mine);
    QVERIFY2(entry.canApply, qPrintable(entry.why));
    QVERIFY2(entry.when >= before.addSecs(-1) && entry.when <= QDateTime::currentDateTimeUtc(),
             qPrintable(entry.when.toString(Qt::ISODate)));
    QCOMPARE(entry.bytes, qint64(test::teamNotebook(kBobCells).size()));

    // Bob's list (his log names the copy): his own, not his to apply.
    auto bobListed = services::listSetAside(bob);
    QVERIFY(bobListed);
    QCOMPARE(bobListed->size(), 1);
    QCOMPARE(bobListed->first().shadows, kNotebook);
    QVERIFY(bobListed->first().mine);
    QVERIFY(!bobListed->first().canApply);
    QVERIFY2(bobListed->first().why.contains(QStringLiteral("ada")), qPrintable(bobListed->first().why));

    // The diff: c1 unchanged, n1 added, c2 modified (source), c3 unchanged, c4 removed.
    auto diff = services::diffSetAside(ada, copy);
    QVERIFY2(diff, qPrintable(diff ? QString() : diff.error().message));
    QStringList statuses;
    for (const nb::CellDiff& cell : diff->cells)
        statuses << QStringLiteral("%1 %2>%3 %4")
                        .arg(nb::cellStatusName(cell.status))
                        .arg(cell.a)
                        .arg(cell.b)
                        .arg(nb::cellPartNames(cell.changed).join(u'+'));
    qInfo("%s", qPrintable(statuses.join(QStringLiteral("; "))));
    for (QString& status : statuses)
        status = status.section(u' ', 0, 0);
    QCOMPARE(statuses.count(QStringLiteral("unchanged")), 2);
    QCOMPARE(statuses.count(QStringLiteral("modified")), 1);
    QCOMPARE(statuses.count(QStringLiteral("added")), 1);
    QCOMPARE(statuses.count(QStringLiteral("removed")), 1);
    const int modified = rowOf(*diff, nb::CellStatus::Modified);
    QCOMPARE(diff->cells.at(modified).a, 1);
    QCOMPARE(diff->cells.at(modified).b, 2);
    QCOMPARE(diff->cells.at(modified).changed, unsigned(nb::PartSource));

    // Bob may not apply; Ana may not discard Bob's copy; nothing changes.
    auto refused = services::applySetAsideCells(bob, copy, {modified});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Usage);
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), adaVersion);
    auto notHers = services::discardSetAside(ada, copy);
    QVERIFY(!notHers);
    QVERIFY2(notHers.error().message.contains(QStringLiteral("bob")), qPrintable(notHers.error().message));
    QVERIFY(QFile::exists(ada.repoDir + u'/' + copy));

    // Ana applies the modified row only: her notebook is hers with c2 taken from Bob's copy.
    auto applied = services::applySetAsideCells(ada, copy, {modified});
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    QCOMPARE(applied->notebook, kNotebook);
    QCOMPARE(applied->applied, 1);
    Cells expected = kAdaCells;
    expected[1] = kBobCells[2];
    const QByteArray expectedBytes = test::teamNotebook(expected);
    QCOMPARE(team.read(QStringLiteral("ada"), kNotebook), expectedBytes);
    QVERIFY(activityActions(ada).contains(QStringLiteral("notebook.apply-cells")));

    // Then the added and the removed row: the whole of Bob's version.
    auto diff2 = services::diffSetAside(ada, copy);
    QVERIFY(diff2);
    QCOMPARE(diff2->changedCells(), 2);
    auto rest = services::applySetAsideCells(
        ada, copy, {rowOf(*diff2, nb::CellStatus::Added), rowOf(*diff2, nb::CellStatus::Removed)});
    QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
    QCOMPARE(team.read(QStringLiteral("ada"), kNotebook), test::teamNotebook(kBobCells));

    // Ana syncs; Bob's next sync brings it; Bob discards his copy.
    QCOMPARE(syncAndLog(team, QStringLiteral("ada")), QString());
    QCOMPARE(team.remoteFile(kNotebook), test::teamNotebook(kBobCells));
    QCOMPARE(syncAndLog(team, QStringLiteral("bob")), QString());
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), test::teamNotebook(kBobCells));
    QVERIFY(services::discardSetAside(bob, copy));
    QVERIFY(!QFile::exists(bob.repoDir + u'/' + copy));
    QVERIFY(activityActions(bob).contains(QStringLiteral("sync.discard")));
    QCOMPARE(syncAndLog(team, QStringLiteral("bob")), QString());
    bool onRemote = true;
    team.remoteFile(copy, &onRemote);
    QVERIFY(!onRemote);

    // History: Ana's apply is a commit by ada changing her notebook; its diff has the two rows she applied.
    auto history = services::syncHistory(ada, 50, services::Call{});
    QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
    QVERIFY(history->size() >= 4);
    const services::HistoryCommit* adaApply = nullptr;
    const services::HistoryCommit* bobSetAside = nullptr;
    for (const services::HistoryCommit& commit : *history) {
        for (const services::HistoryFile& file : commit.notebooks) {
            if (!adaApply && commit.member == QLatin1String("ada") && file.path == kNotebook &&
                file.status == 'M')
                adaApply = &commit;
            if (!bobSetAside && commit.member == QLatin1String("bob") && file.path == copy &&
                file.status == 'A')
                bobSetAside = &commit;
        }
    }
    QVERIFY(adaApply);
    QVERIFY(bobSetAside);
    QCOMPARE(adaApply->authorEmail, QStringLiteral("ada@example.org"));
    QCOMPARE(adaApply->commit.size(), 40);
    QCOMPARE(adaApply->parent.size(), 40);
    auto atCommit = services::diffAtCommit(ada, adaApply->commit, kNotebook);
    QVERIFY2(atCommit, qPrintable(atCommit ? QString() : atCommit.error().message));
    QCOMPARE(atCommit->changedCells(), 3); // c2 modified, n1 added, c4 removed against the parent
    auto added = services::diffAtCommit(ada, bobSetAside->commit, copy);
    QVERIFY(added);
    QCOMPARE(added->cells.size(), 4);
    for (const nb::CellDiff& cell : added->cells)
        QCOMPARE(cell.status, nb::CellStatus::Added);
    QVERIFY(
        !services::diffAtCommit(ada, QStringLiteral("0123456789012345678901234567890123456789"), kNotebook));
}

void TestSetAside::hostileCopies()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QByteArray adaVersion = test::teamNotebook(kAdaCells);
    team.write(QStringLiteral("ada"), kNotebook, adaVersion);
    const Workspace ada = team.workspace(QStringLiteral("ada"));
    const QString folder = ada.repoDir + QStringLiteral("/notebooks/bob/set-aside/");
    QVERIFY(QDir().mkpath(folder));

    // A copy that is a link (to Ana's own notebook): never listed, never read.
    const QString link = QStringLiteral("notebooks/bob/set-aside/eda.20260101T000000Z.ipynb");
    QVERIFY(QFile::link(ada.repoDir + u'/' + kNotebook, ada.repoDir + u'/' + link));
    // A copy named like no notebook in the repository.
    const QString orphan = QStringLiteral("notebooks/bob/set-aside/nothing.20260102T000000Z.ipynb");
    writeFile(ada.repoDir + u'/' + orphan, test::teamNotebook(kBobCells));
    // A copy that is not JSON.
    const QString garbage = QStringLiteral("notebooks/bob/set-aside/eda.20260103T000000Z.ipynb");
    writeFile(ada.repoDir + u'/' + garbage, "this is { not json");
    // A good copy, for the rows out of range.
    const QString good = QStringLiteral("notebooks/bob/set-aside/eda.20260104T000000Z-2.ipynb");
    writeFile(ada.repoDir + u'/' + good, test::teamNotebook(kBobCells));
    // A member's set-aside folder that is a link to a folder outside the repository.
    const QString outside = team.root() + QStringLiteral("/outside");
    QVERIFY(QDir().mkpath(outside));
    writeFile(outside + QStringLiteral("/eda.20260105T000000Z.ipynb"), test::teamNotebook(kBobCells));
    QVERIFY(QDir().mkpath(ada.repoDir + QStringLiteral("/notebooks/cy")));
    QVERIFY(QFile::link(outside, ada.repoDir + QStringLiteral("/notebooks/cy/set-aside")));
    const QString throughLink = QStringLiteral("notebooks/cy/set-aside/eda.20260105T000000Z.ipynb");

    auto listed = services::listSetAside(ada);
    QVERIFY(listed);
    QStringList copies;
    for (const services::SetAsideCopy& c : *listed)
        copies << c.copy;
    QCOMPARE(copies, (QStringList{good, garbage, orphan})); // newest first, the link skipped
    QCOMPARE(listed->at(0).when, QDateTime(QDate(2026, 1, 4), QTime(0, 0), Qt::UTC));
    QCOMPARE(listed->at(2).shadows, QString());
    QVERIFY(!listed->at(2).canApply);
    QVERIFY(!listed->at(2).why.isEmpty());
    QCOMPARE(listed->at(1).shadows, kNotebook);

    auto viaLink = services::diffSetAside(ada, link);
    QVERIFY(!viaLink);
    QCOMPARE(viaLink.error().kind, ErrorKind::BadInput);
    QVERIFY2(viaLink.error().message.contains(link), qPrintable(viaLink.error().message));
    QVERIFY(!services::applySetAsideCells(ada, link, {0}));

    auto noNotebook = services::diffSetAside(ada, orphan);
    QVERIFY(!noNotebook);
    QVERIFY2(noNotebook.error().message.contains(orphan), qPrintable(noNotebook.error().message));

    auto notJson = services::diffSetAside(ada, garbage);
    QVERIFY(!notJson);
    QCOMPARE(notJson.error().kind, ErrorKind::BadInput);
    QVERIFY2(notJson.error().message.contains(garbage), qPrintable(notJson.error().message));
    QVERIFY(!services::applySetAsideCells(ada, garbage, {0}));

    auto outOfRange = services::applySetAsideCells(ada, good, {0, 99});
    QVERIFY(!outOfRange);
    QVERIFY2(outOfRange.error().message.contains(QStringLiteral("row 99")),
             qPrintable(outOfRange.error().message));
    QVERIFY(!services::applySetAsideCells(ada, good, {-1}));
    QVERIFY(!services::applySetAsideCells(ada, good, {}));

    auto leaving = services::diffSetAside(ada, QStringLiteral("../elsewhere/x.20260101T000000Z.ipynb"));
    QVERIFY(!leaving);
    auto notSetAside = services::diffSetAside(ada, kNotebook);
    QVERIFY(!notSetAside);
    QCOMPARE(notSetAside.error().kind, ErrorKind::Usage);

    auto viaFolderLink = services::diffSetAside(ada, throughLink);
    QVERIFY(!viaFolderLink);
    QCOMPARE(viaFolderLink.error().kind, ErrorKind::BadInput);
    Workspace cy = ada;
    cy.me = QStringLiteral("cy");
    QVERIFY(!services::discardSetAside(cy, throughLink));
    QVERIFY(QFile::exists(outside + QStringLiteral("/eda.20260105T000000Z.ipynb")));
    Workspace bob = ada;
    bob.me = QStringLiteral("bob");
    auto discardLink = services::discardSetAside(bob, link);
    QVERIFY(!discardLink);
    QVERIFY2(discardLink.error().message.contains(link), qPrintable(discardLink.error().message));

    // Nothing was written: Ana's notebook, the copies, the link.
    QCOMPARE(team.read(QStringLiteral("ada"), kNotebook), adaVersion);
    QCOMPARE(readFile(ada.repoDir + u'/' + garbage), QByteArray("this is { not json"));
    QVERIFY(QFileInfo(ada.repoDir + u'/' + link).isSymLink());
    QVERIFY(QFileInfo(ada.repoDir + u'/' + link).isSymLink());
    QCOMPARE(readFile(outside + QStringLiteral("/eda.20260105T000000Z.ipynb")),
             test::teamNotebook(kBobCells));
    QVERIFY(!QFile::exists(ada.databasePath)); // no activity recorded, no database created
}

void TestSetAside::sameNameResolvedByContent()
{
    // Every member has notebooks/<member>/intro.ipynb: the copy of Bob's edit of Ada's is told by its
    // content.
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString intro = QStringLiteral("notebooks/ada/intro.ipynb");
    const QByteArray adaIntro = team.read(QStringLiteral("bob"), intro);
    team.write(QStringLiteral("bob"), intro,
               makeNotebook(QStringLiteral("print('ada')\nprint('bob was here')")));
    auto bobSync = team.sync(QStringLiteral("bob"));
    QVERIFY2(bobSync, qPrintable(syncMessage(bobSync)));
    QCOMPARE(bobSync->setAside.size(), 1);
    QCOMPARE(syncAndLog(team, QStringLiteral("ada")), QString());
    const Workspace ada = team.workspace(QStringLiteral("ada"));
    // An unrelated copy of the same name: no notebook is clearly its origin.
    const QString unrelated = QStringLiteral("notebooks/bob/set-aside/intro.20260101T000000Z.ipynb");
    writeFile(ada.repoDir + u'/' + unrelated, makeNotebook(QStringLiteral("something = 'else'")));

    auto listed = services::listSetAside(ada);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).copy, bobSync->setAside.first().copy);
    QCOMPARE(listed->at(0).shadows, intro);
    QVERIFY2(listed->at(0).canApply, qPrintable(listed->at(0).why));
    QCOMPARE(listed->at(1).copy, unrelated);
    QCOMPARE(listed->at(1).shadows, QString());
    QVERIFY2(listed->at(1).why.contains(QStringLiteral("3 notebooks")), qPrintable(listed->at(1).why));
    QVERIFY(!services::applySetAsideCells(ada, unrelated, {0}));
    QCOMPARE(team.read(QStringLiteral("ada"), intro), adaIntro);
}

QTEST_GUILESS_MAIN(TestSetAside)
#include "tst_setaside.moc"
