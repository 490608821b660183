// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Acceptance of the set-aside review (issue 16), end to end on a local bare remote with two members, each
// with a clone opened as a workspace the app would open (openWorkspace): bob edits ada's notebook and syncs
// (services::sync), the edit is set aside; ada's Set aside page lists it with the right cells changed; she
// checks one row by keyboard and applies it through the page; she syncs; bob's next sync brings it. Every
// notebook is compared byte for byte with one built independently at every step. Plus the diff view on a
// 3,000-cell diff (setDiff timed and printed, not asserted) and the History page.
#include "GitTeam.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "panels/sync/NotebookDiffModel.h"
#include "panels/sync/NotebookDiffView.h"
#include "panels/sync/SetAsideView.h"
#include "panels/sync/SyncHistoryView.h"
#include "services/SyncService.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace ts;
using namespace ts::test;

namespace {

using Cells = test::CodeCells; // id, source

const QString kNotebook = QStringLiteral("notebooks/ada/eda.ipynb");
const Cells kAda = {{QStringLiteral("c1"), QStringLiteral("import pandas as pd")},
                    {QStringLiteral("c2"), QStringLiteral("df = pd.read_csv('a.csv')\ndf.head()")},
                    {QStringLiteral("c3"), QStringLiteral("df.describe()")},
                    {QStringLiteral("c4"), QStringLiteral("df.plot()")}};
// Bob: a new cell after c1, c2 changed, c4 deleted.
const Cells kBob = {{QStringLiteral("c1"), QStringLiteral("import pandas as pd")},
                    {QStringLiteral("n1"), QStringLiteral("# Bob's model\nmodel = fit(df, epochs=10)")},
                    {QStringLiteral("c2"), QStringLiteral("df = pd.read_csv('b.csv')\ndf.head()")},
                    {QStringLiteral("c3"), QStringLiteral("df.describe()")}};

gui::WorkspacePtr open(const GitTeam& team, const QString& member)
{
    auto ws = openWorkspace(
        WorkspaceOpenOptions{team.clone(member), team.clone(member), member, team.index(member)});
    if (!ws) {
        qWarning("cannot open %s's workspace: %s", qPrintable(member), qPrintable(ws.error().message));
        return {};
    }
    return std::make_shared<const Workspace>(std::move(*ws));
}

QString syncAs(const gui::WorkspacePtr& ws)
{
    auto run = services::sync(*ws, {}, services::Call{});
    return run ? QString() : run.error().message;
}

// The row of the list view showing the header of diff row `cell`.
QModelIndex headerIndex(gui::NotebookDiffView* view, int cell)
{
    return view->model()->index(view->model()->headerRow(cell));
}

} // namespace

class TestSetAsideReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void twoMembersRoundTrip();
    void diffViewOnThreeThousandCells();
};

void TestSetAsideReview::twoMembersRoundTrip()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const gui::WorkspacePtr ada = open(team, QStringLiteral("ada"));
    const gui::WorkspacePtr bob = open(team, QStringLiteral("bob"));
    QVERIFY(ada && bob);
    const QByteArray adaVersion = test::teamNotebook(kAda);
    const QByteArray bobVersion = test::teamNotebook(kBob);
    team.write(QStringLiteral("ada"), kNotebook, adaVersion);
    QCOMPARE(syncAs(ada), QString());
    QCOMPARE(syncAs(bob), QString());
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), adaVersion);

    // Bob edits Ana's notebook and syncs: set aside, her version back in his clone and on the remote.
    team.write(QStringLiteral("bob"), kNotebook, test::teamNotebook(kBob));
    QCOMPARE(syncAs(bob), QString());
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), adaVersion);
    QCOMPARE(team.remoteFile(kNotebook), adaVersion);
    QCOMPARE(syncAs(ada), QString());
    QCOMPARE(team.read(QStringLiteral("ada"), kNotebook), adaVersion);

    // Ana's Set aside page.
    ScriptedDialogs dialogs;
    gui::SetAsideView view(dialogs);
    view.resize(1000, 700);
    view.show();
    QSignalSpy loaded(&view, &gui::SetAsideView::listLoaded);
    QSignalSpy shown(&view, &gui::SetAsideView::diffShown);
    view.setWorkspace(ada);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    QCOMPARE(view.list()->topLevelItemCount(), 1);
    const QString copy = view.selectedCopy();
    QVERIFY2(copy.startsWith(QStringLiteral("notebooks/bob/set-aside/eda.")), qPrintable(copy));
    QCOMPARE(team.read(QStringLiteral("ada"), copy), bobVersion); // the edit is kept whole
    const QTreeWidgetItem* item = view.list()->topLevelItem(0);
    QCOMPARE(item->text(1), kNotebook);
    QCOMPARE(item->text(2), QStringLiteral("bob"));
    QVERIFY2(item->text(3).contains(QStringLiteral("ago")) || item->text(3) == QStringLiteral("just now"),
             qPrintable(item->text(3)));
    QVERIFY(!item->toolTip(3).isEmpty());

    // The right cells are marked changed, each with its status word.
    gui::NotebookDiffView* diff = view.diffView();
    QStringList statuses;
    for (const nb::CellDiff& cell : diff->diff().cells)
        statuses << nb::cellStatusName(cell.status);
    QCOMPARE(statuses,
             (QStringList{QStringLiteral("unchanged"), QStringLiteral("added"), QStringLiteral("modified"),
                          QStringLiteral("unchanged"), QStringLiteral("removed")}));
    QVERIFY2(headerIndex(diff, 2).data().toString().startsWith(QStringLiteral("MODIFIED")),
             qPrintable(headerIndex(diff, 2).data().toString()));
    QVERIFY(headerIndex(diff, 1).data().toString().startsWith(QStringLiteral("ADDED")));
    QVERIFY(headerIndex(diff, 4).data().toString().startsWith(QStringLiteral("REMOVED")));
    QVERIFY(!headerIndex(diff, 0).isValid()); // unchanged cells are folded
    // The changed line shows with its signs.
    QStringList lines;
    for (int row = 0; row < diff->model()->rowCount(); ++row)
        lines << diff->model()->index(row).data().toString();
    QVERIFY2(lines.contains(QStringLiteral("- df = pd.read_csv('a.csv')")), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(QStringLiteral("+ df = pd.read_csv('b.csv')")));
    QVERIFY(lines.contains(QStringLiteral("  df.head()")));

    // Nothing checked: Apply is disabled and says why; Discard is not hers.
    QVERIFY(!view.applyButton()->isEnabled());
    QVERIFY(!view.discardButton()->isEnabled());
    QVERIFY2(view.discardButton()->toolTip().contains(QStringLiteral("bob")),
             qPrintable(view.discardButton()->toolTip()));

    // Her notebook changes on disk after the diff was shown (an editor saved it): Apply refuses, writes
    // nothing and shows the differences again.
    {
        diff->list()->setFocus();
        diff->list()->setCurrentIndex(headerIndex(diff, 2));
        QTest::keyClick(diff->list(), Qt::Key_Space);
        QCOMPARE(diff->checkedRows(), QList<int>{2});
        const QByteArray edited =
            test::teamNotebook(kAda + Cells{{QStringLiteral("c5"), QStringLiteral("print('saved')")}});
        team.write(QStringLiteral("ada"), kNotebook, edited);
        loaded.clear();
        shown.clear();
        QTest::mouseClick(view.applyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(dialogs.errors.size(), 1);
        QVERIFY2(dialogs.errors.first().second.contains(QStringLiteral("nothing was written")),
                 qPrintable(dialogs.errors.first().second));
        QCOMPARE(team.read(QStringLiteral("ada"), kNotebook), edited);
        QCOMPARE(diff->diff().changedCells(), 4); // c5 is now a removed row too
        dialogs.errors.clear();
        team.write(QStringLiteral("ada"), kNotebook, adaVersion); // she undoes her edit
        shown.clear();
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(diff->diff().changedCells(), 3);
    }

    // She checks the modified row by keyboard (Space) and applies it.
    diff->list()->setFocus();
    diff->list()->setCurrentIndex(headerIndex(diff, 2));
    QTest::keyClick(diff->list(), Qt::Key_Space);
    QCOMPARE(diff->checkedRows(), QList<int>{2});
    QVERIFY2(view.applyButton()->isEnabled(), qPrintable(view.applyButton()->toolTip()));
    loaded.clear();
    QTest::mouseClick(view.applyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QVERIFY2(dialogs.errors.isEmpty(),
             qPrintable(dialogs.errors.isEmpty() ? QString() : dialogs.errors.first().second));
    Cells expected = kAda;
    expected[1] = kBob[2];
    const QByteArray expectedBytes = test::teamNotebook(expected);
    QCOMPARE(team.read(QStringLiteral("ada"), kNotebook), expectedBytes);
    QCOMPARE(team.read(QStringLiteral("ada"), copy), bobVersion);

    // She syncs; Bob's next sync brings it; the copy is still there for the rest.
    QCOMPARE(syncAs(ada), QString());
    QCOMPARE(team.remoteFile(kNotebook), expectedBytes);
    QCOMPARE(syncAs(bob), QString());
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), expectedBytes);
    QCOMPARE(team.read(QStringLiteral("bob"), copy), bobVersion);

    // Bob's page: not his to apply (disabled, with why); his to discard, by Delete with a confirmation.
    gui::SetAsideView bobView(dialogs);
    bobView.resize(1000, 700);
    bobView.show();
    QSignalSpy bobLoaded(&bobView, &gui::SetAsideView::listLoaded);
    QSignalSpy bobShown(&bobView, &gui::SetAsideView::diffShown);
    bobView.setWorkspace(bob);
    QTRY_COMPARE_WITH_TIMEOUT(bobShown.count(), 1, 10000);
    QCOMPARE(bobView.selectedCopy(), copy);
    QCOMPARE(bobView.diffView()->diff().changedCells(), 2); // the modified row is in Ana's notebook now
    QVERIFY(!bobView.applyButton()->isEnabled());
    QVERIFY2(bobView.applyButton()->toolTip().contains(QStringLiteral("ada")),
             qPrintable(bobView.applyButton()->toolTip()));
    QVERIFY(bobView.discardButton()->isEnabled());
    dialogs.questionAnswers = {true};
    bobLoaded.clear();
    bobView.list()->setFocus();
    QTest::keyClick(bobView.list(), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(bobLoaded.count(), 1, 10000);
    QCOMPARE(dialogs.questions.size(), 1);
    QVERIFY(dialogs.questions.first().contains(QStringLiteral("history")));
    QVERIFY(!QFile::exists(team.clone(QStringLiteral("bob")) + u'/' + copy));
    QCOMPARE(bobView.list()->topLevelItemCount(), 0);
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), expectedBytes);

    // History: Ana's commit of the applied cell opens in the diff, against its parent.
    gui::SyncHistoryView history;
    history.resize(1000, 700);
    history.show();
    QSignalSpy historyLoaded(&history, &gui::SyncHistoryView::historyLoaded);
    QSignalSpy historyShown(&history, &gui::SyncHistoryView::diffShown);
    history.setWorkspace(ada);
    QTRY_COMPARE_WITH_TIMEOUT(historyLoaded.count(), 1, 10000);
    const QTreeWidgetItem* newest = history.tree()->topLevelItem(0);
    QVERIFY(newest);
    QCOMPARE(newest->text(1), QStringLiteral("ada"));
    const QString head =
        team.git(team.clone(QStringLiteral("ada")), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    QVERIFY(history.selectNotebook(head, kNotebook));
    QTRY_COMPARE_WITH_TIMEOUT(historyShown.count(), 1, 10000);
    QCOMPARE(history.diffView()->diff().changedCells(), 1);
    QCOMPARE(history.diffView()->diff().cells.at(1).status, nb::CellStatus::Modified);
}

void TestSetAsideReview::diffViewOnThreeThousandCells()
{
    // Two versions of a 3,000-cell notebook (8 lines a cell): 30 cells edited, 10 inserted, 10 deleted.
    Cells a, b;
    for (int i = 0; i < 3000; ++i) {
        QString source;
        for (int line = 0; line < 8; ++line)
            source += QStringLiteral("value_%1_%2 = compute(%1, %2)\n").arg(i).arg(line);
        a.append({QStringLiteral("cell-%1").arg(i), source});
        if (i % 300 == 7)
            continue; // deleted
        if (i % 100 == 5)
            source.replace(QStringLiteral("compute(%1, 3)").arg(i),
                           QStringLiteral("compute_again(%1, 3)").arg(i));
        b.append({QStringLiteral("cell-%1").arg(i), source});
        if (i % 300 == 150)
            b.append({QStringLiteral("new-%1").arg(i), QStringLiteral("inserted_%1 = True").arg(i)});
    }
    auto diff = nb::diffNotebookBytes(test::teamNotebook(a), QStringLiteral("a"), test::teamNotebook(b),
                                      QStringLiteral("b"));
    QVERIFY2(diff, diff ? "" : qPrintable(diff.error().message));
    QCOMPARE(diff->changedCells(), 50);

    gui::NotebookDiffView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1000, 700);
    view.setCheckable(true);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    view.setDiff(*diff, QStringLiteral("a"), QStringLiteral("b"));
    const qint64 setMs = timer.elapsed();
    QCoreApplication::processEvents(); // layout, as the event loop would run it before the next frame
    view.list()->viewport()->repaint();
    const qint64 paintedMs = timer.elapsed();
    QVERIFY(view.list()->indexAt(QPoint(4, 4)).isValid()); // rows laid out and shown at the top
    qInfo("NotebookDiffView::setDiff on %d cells (%d changed): %lld ms, first paint done at %lld ms",
          int(diff->cells.size()), diff->changedCells(), setMs, paintedMs);

    // Unchanged runs are folded: far fewer rows than lines; Return on a fold opens it.
    gui::NotebookDiffModel* model = view.model();
    const int folded = model->rowCount();
    QVERIFY2(folded < 1000, qPrintable(QString::number(folded)));
    int foldRow = -1;
    for (int row = 0; row < folded && foldRow < 0; ++row)
        if (model->index(row).data(gui::NotebookDiffModel::KindRole).toInt() == gui::NotebookDiffModel::Fold)
            foldRow = row;
    QVERIFY(foldRow >= 0);
    view.list()->setFocus();
    view.list()->setCurrentIndex(model->index(foldRow));
    const QString fold = model->index(foldRow).data().toString();
    timer.restart();
    QTest::keyClick(view.list(), Qt::Key_Return);
    qInfo("expanding \"%s\": %lld ms", qPrintable(fold), timer.elapsed());
    QVERIFY(model->rowCount() > folded);
    QCOMPARE(model->index(foldRow).data(gui::NotebookDiffModel::KindRole).toInt(),
             int(gui::NotebookDiffModel::Header));
    // Checking by the view's API equals a click on the box; unchanged rows cannot be checked.
    int changedRow = -1;
    for (int i = 0; i < diff->cells.size() && changedRow < 0; ++i)
        if (diff->cells.at(i).status == nb::CellStatus::Removed)
            changedRow = i;
    view.setRowChecked(changedRow, true);
    view.setRowChecked(0, true);
    QCOMPARE(view.checkedRows(), QList<int>{changedRow});
    // Scrolling to the end paints lines read on demand.
    timer.restart();
    view.list()->scrollToBottom();
    view.list()->viewport()->repaint();
    qInfo("scroll to the end and paint: %lld ms", timer.elapsed());
}

QTEST_MAIN(TestSetAsideReview)
#include "tst_setasidereview.moc"
