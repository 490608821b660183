// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Activity panel on a real workspace (a manifest and shared folder on disk) with a real log in its local
// database: newest first, the filters and the search driven by keyboard, a member added through the service
// while the panel is open appearing live, the CSV export checked byte for byte (and cancelled, and refused),
// a malformed row counted, 100,000 entries loaded off the GUI thread. Screenshots into
// $TEAMSPACE_SCREENSHOT_DIR when set.
#include "DarkPalette.h"
#include "SampleWorkspace.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "models/ActivityModel.h"
#include "panels/activity/ActivityPanel.h"
#include "services/ActivityHistory.h"
#include "services/Members.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ts;

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class TestActivityPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void showsTheLogNewestFirstWithASummary();
    void filtersByMemberKindAndTime();
    void searchByKeyboard();
    void anEntryRecordedWhileOpenAppearsLive();
    void exportsTheRowsShownAsCsv();
    void exportCancelledOrRefusedWritesNothing();
    void aHundredThousandEntriesLoadWithoutFreezing();
    void screenshots();

private:
    gui::WorkspacePtr open(const QString& index) const;
    void show(gui::WorkspacePtr ws);
    template <typename T> T* child(const char* name) const
    {
        return m_panel->findChild<T*>(QString::fromLatin1(name));
    }
    int rows() const { return m_panel->model()->rowCount(); }
    QString summary() const { return child<QLabel>("activity.summary")->text(); }

    QTemporaryDir m_tmp;
    QString m_repo;
    QString m_root;
    QString m_index;
    int m_seeded = 0; // readable entries in the log after initTestCase
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<gui::ActivityPanel> m_panel;
};

void TestActivityPanel::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_tmp.isValid());
    m_index = m_tmp.filePath(QStringLiteral("index.db"));
    // A real workspace on disk (Vision Lab: ana the lead, ben, chen) with its shared folder.
    m_repo = m_tmp.filePath(QStringLiteral("repo"));
    m_root = m_tmp.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(m_repo) && QDir().mkpath(m_root));
    test::writeSampleManifest(m_repo);

    // A month of a team's log, written as the app writes it, plus one row another program broke.
    auto db = db::openLocalDatabase(m_index);
    QVERIFY(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<ActivityEntry> history{
        {QStringLiteral("ana"), QStringLiteral("raw.protect"), QStringLiteral("data/raw"),
         QStringLiteral("made 1,204 files read-only"), now.addDays(-40), 0},
        {QStringLiteral("ana"),
         QStringLiteral("member.update"),
         {},
         QStringLiteral("ben: quota 20 GiB"),
         now.addDays(-20),
         0},
        {QStringLiteral("ben"), QStringLiteral("notebook.assign"),
         QStringLiteral("notebooks/ben/02_features.ipynb"), QStringLiteral("runner \"ben\", owner ben"),
         now.addDays(-3), 0},
        {QStringLiteral("chen"),
         QStringLiteral("sync.push"),
         {},
         QStringLiteral("2 notebooks, 1 commit"),
         now.addSecs(-3 * 3600),
         0},
        {QStringLiteral("ana"),
         QStringLiteral("member.update"),
         {},
         QStringLiteral("chen: quota 10 GiB"),
         now.addSecs(-600),
         0},
    };
    QVERIFY(ActivityLog::recordAll(*db, history).ok());
    auto broken =
        db->prepare("INSERT INTO activity(at_utc, actor, action) VALUES('not a time', 'ana', 'x.y')");
    QVERIFY(broken && broken->run().ok());
    auto count = db->prepare("SELECT count(*) FROM activity WHERE at_utc <> 'not a time'");
    QVERIFY(count && count->step());
    m_seeded = int(count->columnInt64(0));
    QCOMPARE(m_seeded, history.size());
}

void TestActivityPanel::cleanup()
{
    m_panel.reset();
    m_dialogs.reset();
    QApplication::setPalette(QPalette());
}

gui::WorkspacePtr TestActivityPanel::open(const QString& index) const
{
    auto ws = openWorkspace(WorkspaceOpenOptions{m_repo, m_root, QStringLiteral("ana"), index});
    if (!ws) {
        qWarning("open: %s", qPrintable(ws.error().message));
        return {};
    }
    return std::make_shared<const Workspace>(*ws);
}

void TestActivityPanel::show(gui::WorkspacePtr ws)
{
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_panel = std::make_unique<gui::ActivityPanel>(gui::PanelContext{*m_dialogs});
    m_panel->resize(1024, 640);
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    if (!QTest::qWaitForWindowActive(m_panel.get(), 2000)) // Xvfb without a window manager
        qInfo("the window is not active: keys go to it through QTest anyway");
    QSignalSpy loaded(m_panel.get(), &gui::ActivityPanel::loaded);
    m_panel->setWorkspace(std::move(ws));
    QVERIFY(loaded.count() == 1 || loaded.wait(kTimeoutMs));
}

void TestActivityPanel::showsTheLogNewestFirstWithASummary()
{
    show(open(m_index));
    QCOMPARE(rows(), m_seeded);
    const QAbstractItemModel* model = child<QTableView>("activity.table")->model();
    QCOMPARE(model->index(0, ActivityModel::WhoColumn).data().toString(), QStringLiteral("ana"));
    QCOMPARE(model->index(0, ActivityModel::WhatColumn).data().toString(), QStringLiteral("Member changed"));
    QCOMPARE(model->index(0, ActivityModel::WhenColumn).data().toString(), QStringLiteral("10 min ago"));
    QCOMPARE(model->index(0, ActivityModel::DetailsColumn).data().toString(),
             QStringLiteral("chen: quota 10 GiB"));
    QCOMPARE(model->index(1, ActivityModel::WhatColumn).data().toString(),
             QStringLiteral("Pushed to the remote"));
    QCOMPARE(model->index(1, ActivityModel::WhenColumn).data().toString(), QStringLiteral("3 h ago"));
    for (int row = 1; row < rows(); ++row) // newest first
        QVERIFY(model->index(row - 1, 0).data(ActivityModel::TimeRole).toDateTime() >=
                model->index(row, 0).data(ActivityModel::TimeRole).toDateTime());
    QCOMPARE(summary(), QStringLiteral("%1 entries, %1 shown · 1 unreadable row skipped (written by another "
                                       "program)")
                            .arg(m_seeded));
    // Clicking a header sorts by it.
    auto* table = child<QTableView>("activity.table");
    table->sortByColumn(ActivityModel::WhoColumn, Qt::AscendingOrder);
    QCOMPARE(model->index(rows() - 1, ActivityModel::WhoColumn).data().toString(), QStringLiteral("chen"));
    table->sortByColumn(ActivityModel::WhenColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, ActivityModel::DetailsColumn).data().toString(),
             QStringLiteral("chen: quota 10 GiB"));
}

void TestActivityPanel::filtersByMemberKindAndTime()
{
    show(open(m_index));
    auto* member = child<QComboBox>("activity.member");
    auto* kind = child<QComboBox>("activity.kind");
    auto* time = child<QComboBox>("activity.time");
    QCOMPARE(member->itemText(0), QStringLiteral("Everyone"));
    const int ben = member->findData(QStringLiteral("ben"));
    QVERIFY(ben > 0);
    QCOMPARE(member->itemText(ben), QStringLiteral("Ben Okafor (ben)"));
    QVERIFY(kind->findText(QStringLiteral("Raw data")) > 0);

    member->setCurrentIndex(ben);
    QCOMPARE(rows(), 1);
    QCOMPARE(m_panel->model()->entryAt(0).action, QStringLiteral("notebook.assign"));
    QCOMPARE(summary().left(summary().indexOf(u'·')).trimmed(),
             QStringLiteral("%1 entries, 1 shown").arg(m_seeded));

    member->setCurrentIndex(member->findData(QStringLiteral("ana")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("member")));
    QCOMPARE(rows(), 2); // the two quota changes
    time->setCurrentIndex(time->findText(QStringLiteral("Last 7 days")));
    QCOMPARE(rows(), 1);
    QCOMPARE(m_panel->model()->entryAt(0).detail, QStringLiteral("chen: quota 10 GiB"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("raw")));
    QCOMPARE(rows(), 0);
    QVERIFY(!child<QPushButton>("activity.export")->isEnabled()); // nothing to export
    time->setCurrentIndex(time->findText(QStringLiteral("All time")));
    QCOMPARE(rows(), 1);
    time->setCurrentIndex(time->findText(QStringLiteral("Today")));
    kind->setCurrentIndex(0);
    member->setCurrentIndex(0);
    QVERIFY(rows() >= 2); // the push 3 h ago (unless the test runs just after midnight), the quota change
    QVERIFY(rows() <= m_seeded - 3);
}

void TestActivityPanel::searchByKeyboard()
{
    show(open(m_index));
    auto* search = child<QLineEdit>("activity.search");
    auto* table = child<QTableView>("activity.table");
    table->setFocus();
    QTest::keyClick(m_panel.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("QUOTA"));
    QCOMPARE(rows(), 2);
    QTest::keyClick(search, Qt::Key_Return); // to the results, first row current
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(m_panel->model()->entryAt(1).detail, QStringLiteral("ben: quota 20 GiB"));
    QTest::keyClick(m_panel.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(rows(), m_seeded);
    // Tab walks the filters in reading order, then the table.
    QTest::keyClick(search, Qt::Key_Tab);
    QVERIFY(child<QComboBox>("activity.member")->hasFocus());
}

void TestActivityPanel::anEntryRecordedWhileOpenAppearsLive()
{
    show(open(m_index));
    m_panel->setPollInterval(100);
    const int before = rows();
    QSignalSpy inserted(m_panel->model(), &QAbstractItemModel::rowsInserted);

    // The lead adds a member (the Members panel or the CLI would call the same service).
    Workspace ws = *open(m_index);
    Member dina{QStringLiteral("dina"),
                QStringLiteral("Dina Haddad"),
                QStringLiteral("dina@lab.example"),
                MemberRole::Member,
                std::nullopt,
                {},
                {}};
    auto member = services::addMember(ws, dina);
    QVERIFY2(member.ok(), member.ok() ? "" : qPrintable(member.error().message));

    QTRY_VERIFY_WITH_TIMEOUT(rows() > before, kTimeoutMs);
    QTest::qWait(300); // a poll or two more: nothing else arrives
    const int added = rows() - before;
    // The service records the member and the folders it created for them, all at once.
    QCOMPARE(inserted.count(), added); // inserted in place, row by row: no reset of the table
    int memberAdd = -1;
    for (int row = 0; row < added; ++row) { // all on top: newest first
        const ActivityEntry& e = m_panel->model()->entryAt(row);
        QCOMPARE(e.actor, QStringLiteral("ana"));
        if (e.action == QLatin1String("member.add"))
            memberAdd = row;
        else
            QCOMPARE(e.action, QStringLiteral("layout.create"));
    }
    QVERIFY(memberAdd >= 0);
    QVERIFY(m_panel->model()->entryAt(memberAdd).detail.contains(QStringLiteral("dina")));
    QCOMPARE(m_panel->model()->index(memberAdd, ActivityModel::WhatColumn).data().toString(),
             QStringLiteral("Member added"));
    QCOMPARE(m_panel->model()->entryAt(added).detail, QStringLiteral("chen: quota 10 GiB")); // then the rest
    QVERIFY(summary().startsWith(QStringLiteral("%1 entries, %1 shown").arg(rows())));
    m_seeded = rows();
}

void TestActivityPanel::exportsTheRowsShownAsCsv()
{
    show(open(m_index));
    child<QLineEdit>("activity.search")->setText(QStringLiteral("0 GiB"));
    QCOMPARE(rows(), 2);
    const QString path = m_tmp.filePath(QStringLiteral("quota changes.csv"));
    m_dialogs->saveAnswers << path;
    QSignalSpy exported(m_panel.get(), &gui::ActivityPanel::exported);
    child<QTableView>("activity.table")->setFocus();
    QTest::keyClick(m_panel.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(exported.wait(kTimeoutMs));
    QCOMPARE(m_dialogs->saveRequests.size(), 1);
    QVERIFY2(
        m_dialogs->saveRequests[0].endsWith(
            QStringLiteral("/vision-lab-activity-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        qPrintable(m_dialogs->saveRequests[0]));

    const QList<ActivityEntry> shown = m_panel->model()->visibleEntries();
    QCOMPARE(shown.size(), 2);
    const QByteArray expected = "when,who,action,what,path,details\r\n" +
                                ActivityLog::formatTime(shown[0].at).toUtf8() +
                                ",ana,member.update,Member changed,,chen: quota 10 GiB\r\n" +
                                ActivityLog::formatTime(shown[1].at).toUtf8() +
                                ",ana,member.update,Member changed,,ben: quota 20 GiB\r\n";
    QCOMPARE(test::readFile(path), expected);
    QVERIFY(shown[0].at > shown[1].at);

    // Quoting: a detail with a comma and quotes.
    child<QLineEdit>("activity.search")->setText(QStringLiteral("runner"));
    QCOMPARE(rows(), 1);
    m_dialogs->saveAnswers << path; // over the previous export
    child<QPushButton>("activity.export")->click();
    QVERIFY(exported.wait(kTimeoutMs));
    QCOMPARE(test::readFile(path),
             "when,who,action,what,path,details\r\n" +
                 ActivityLog::formatTime(m_panel->model()->entryAt(0).at).toUtf8() +
                 ",ben,notebook.assign,Notebook assigned,notebooks/ben/02_features.ipynb,"
                 "\"runner \"\"ben\"\", owner ben\"\r\n");
}

void TestActivityPanel::exportCancelledOrRefusedWritesNothing()
{
    show(open(m_index));
    QSignalSpy exported(m_panel.get(), &gui::ActivityPanel::exported);
    m_panel->exportCsv(); // no answer: cancelled
    QCoreApplication::processEvents();
    QCOMPARE(m_dialogs->saveRequests.size(), 1);
    QCOMPARE(exported.count(), 0);
    QVERIFY(m_dialogs->errors.isEmpty());

    const QString nowhere = m_tmp.filePath(QStringLiteral("no/such/folder/activity.csv"));
    m_dialogs->saveAnswers << nowhere;
    m_panel->exportCsv();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialogs->errors.size(), 1, kTimeoutMs);
    QCOMPARE(m_dialogs->errors[0].first, QStringLiteral("Cannot export the activity"));
    QVERIFY2(m_dialogs->errors[0].second.startsWith(nowhere), qPrintable(m_dialogs->errors[0].second));
    QVERIFY(!QFile::exists(nowhere));
    QCOMPARE(exported.count(), 0);
}

void TestActivityPanel::aHundredThousandEntriesLoadWithoutFreezing()
{
    const QString bigIndex = m_tmp.filePath(QStringLiteral("big.db"));
    {
        auto db = db::openLocalDatabase(bigIndex);
        QVERIFY(db);
        QList<ActivityEntry> many;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-100);
        const char* actions[] = {"member.add", "raw.protect", "sync.push", "notebook.assign",
                                 "layout.create"};
        const char* actors[] = {"ana", "ben", "chen"};
        for (int i = 0; i < 100000; ++i)
            many << ActivityEntry{QString::fromLatin1(actors[i % 3]),
                                  QString::fromLatin1(actions[i % 5]),
                                  QStringLiteral("notebooks/%1.ipynb").arg(i % 997),
                                  QStringLiteral("entry %1").arg(i),
                                  start.addSecs(i * 60),
                                  0};
        QVERIFY(ActivityLog::recordAll(*db, many).ok());
    }
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_panel = std::make_unique<gui::ActivityPanel>(gui::PanelContext{*m_dialogs});
    m_panel->resize(1024, 640);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));

    // How long the GUI thread goes without handling a timer while the log loads.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGapMs = std::max(longestGapMs, sinceTick.restart()); });
    QSignalSpy first(m_panel.get(), &gui::ActivityPanel::firstRowsShown);
    QSignalSpy loaded(m_panel.get(), &gui::ActivityPanel::loaded);
    QElapsedTimer timer;
    timer.start();
    m_panel->setWorkspace(open(bigIndex));
    const qint64 setWorkspaceMs = timer.elapsed();
    sinceTick.start();
    ticker.start();
    QVERIFY(first.wait(kTimeoutMs));
    const qint64 firstRowsMs = first[0][0].toLongLong();
    QCOMPARE(rows(), gui::ActivityPanel::kFirstPage); // the newest page, before the rest
    QVERIFY(m_panel->isLoading());
    QVERIFY(summary().startsWith(QStringLiteral("Reading the activity log")));
    QVERIFY(loaded.count() == 1 || loaded.wait(kTimeoutMs));
    const qint64 allMs = timer.elapsed();
    ticker.stop();
    qInfo("100,000 entries: setWorkspace returned after %lld ms; first %d rows shown after %lld ms; all in "
          "after "
          "%lld ms; longest the GUI thread was busy meanwhile: %lld ms (2 shared cores)",
          setWorkspaceMs, gui::ActivityPanel::kFirstPage, firstRowsMs, allMs, longestGapMs);
    QCOMPARE(rows(), 100000);
    QCOMPARE(m_panel->model()->entryAt(0).detail, QStringLiteral("entry 99999"));
    QVERIFY(setWorkspaceMs < 250); // returns at once: the reading is on a worker
    QCOMPARE(summary(), QStringLiteral("100,000 entries, 100,000 shown"));
}

void TestActivityPanel::screenshots()
{
    const QString out = qEnvironmentVariable("TEAMSPACE_SCREENSHOT_DIR");
    const QString scale = qApp->devicePixelRatio() > 1 ? QStringLiteral("-2x") : QString();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? test::darkPalette() : QPalette());
        show(open(m_index));
        child<QComboBox>("activity.time")->setCurrentIndex(2); // last 7 days
        child<QTableView>("activity.table")->selectRow(1);
        QTest::qWait(50);
        const QImage image = m_panel->grab().toImage();
        QCOMPARE(image.size(), QSize(1024, 640) * qApp->devicePixelRatio());
        if (!out.isEmpty())
            QVERIFY(
                image.save(QStringLiteral("%1/activity-%2%3.png").arg(out, dark ? "dark" : "light", scale)));
        cleanup();
    }
    if (out.isEmpty())
        qInfo("TEAMSPACE_SCREENSHOT_DIR not set: rendered and checked, nothing saved");
}

QTEST_MAIN(TestActivityPanel)
#include "tst_activitypanel.moc"
