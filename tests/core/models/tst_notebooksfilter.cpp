// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// NotebooksFilterModel on the demo workspace's rows (member, nobody, words, problems, natural sorting, a
// 2,000-row timing printed), and the assign dialog's and health pane's small models: RunnerCandidatesModel
// (services::suggestRunner on the demo) and LintFindingsModel.
#include "TestEnv.h"
#include "models/LintFindingsModel.h"
#include "models/NotebooksFilterModel.h"
#include "models/NotebooksModel.h"
#include "models/RunnerCandidatesModel.h"
#include "services/DemoWorkspace.h"
#include "services/NotebookOwnership.h"
#include "services/NotebookTable.h"
#include "util/ByteSize.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using services::NotebookHealth;
using services::NotebookRow;

class TestNotebooksFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filtersByMemberAndNobody();
    void searchNeedsEveryWord();
    void problemsOnly();
    void sortsBySortKey();
    void twoThousandRowsFilterQuickly();
    void runnerCandidatesOfTheDemo();
    void lintFindings();

private:
    QStringList visiblePaths(const QAbstractItemModel& proxy) const
    {
        QStringList paths;
        for (int row = 0; row < proxy.rowCount(); ++row)
            paths << proxy.index(row, 0).data(NotebooksModel::PathRole).toString();
        return paths;
    }

    QTemporaryDir m_tmp;
    Workspace m_ws;
    QList<NotebookRow> m_rows;
};

void TestNotebooksFilter::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_tmp.isValid());
    const QString index = m_tmp.filePath(QStringLiteral("index.db"));
    auto made = services::createDemoWorkspace(m_tmp.filePath(QStringLiteral("demo")), index);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    auto ws = openWorkspace(WorkspaceOpenOptions{made->repoDir, {}, QStringLiteral("ana"), index});
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    m_ws = *ws;
    m_rows = services::notebookRows(m_ws);
    QVERIFY(m_rows.size() >= 10);
}

void TestNotebooksFilter::filtersByMemberAndNobody()
{
    NotebooksModel model;
    NotebooksFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_rows, QStringLiteral("ana"));
    QCOMPARE(proxy.rowCount(), m_rows.size());
    for (const QString& member : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("dara")}) {
        proxy.setMember(member);
        QStringList expected;
        for (const NotebookRow& r : m_rows)
            if (r.owner == member || r.runner == member)
                expected << r.path;
        QCOMPARE(visiblePaths(proxy), expected);
    }
    proxy.setMember(NotebooksFilterModel::kNobody);
    QStringList expected;
    for (const NotebookRow& r : m_rows)
        if (r.owner.isEmpty() || r.runner.isEmpty())
            expected << r.path;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(visiblePaths(proxy), expected);
    // A re-fill under the filter: a new unassigned notebook shows up.
    QList<NotebookRow> rows = m_rows;
    NotebookRow extra;
    extra.path = QStringLiteral("notebooks/zz_new.ipynb");
    extra.onDisk = true;
    rows << extra;
    model.setRows(rows, QStringLiteral("ana"));
    QCOMPARE(visiblePaths(proxy), expected << extra.path);
    proxy.setMember({});
    QCOMPARE(proxy.rowCount(), rows.size());
}

void TestNotebooksFilter::searchNeedsEveryWord()
{
    NotebooksModel model;
    NotebooksFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_rows, QStringLiteral("ana"));
    const NotebookRow& target =
        *std::find_if(m_rows.begin(), m_rows.end(), [](auto& r) { return !r.runner.isEmpty(); });
    const QString stem = target.path.section(u'/', -1).section(u'.', 0, 0);
    proxy.setSearchText(stem.toUpper() + QStringLiteral("  ") + target.runner);
    QStringList expected;
    for (const NotebookRow& r : m_rows)
        if ((r.path + u' ' + r.owner + u' ' + r.runner).toLower().contains(stem.toLower()) &&
            (r.path + u' ' + r.owner + u' ' + r.runner).toLower().contains(target.runner))
            expected << r.path;
    QVERIFY(expected.contains(target.path));
    QCOMPARE(visiblePaths(proxy), expected);
    proxy.setSearchText(QStringLiteral("no-such-word-anywhere"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("   "));
    QCOMPARE(proxy.rowCount(), m_rows.size());
}

void TestNotebooksFilter::problemsOnly()
{
    NotebooksModel model;
    NotebooksFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<NotebookRow> rows = m_rows.mid(0, 6);
    rows[5].onDisk = false; // missing on disk
    model.setRows(rows, {});
    proxy.setProblemsOnly(true);
    QCOMPARE(visiblePaths(proxy), QStringList{rows[5].path}); // health unknown yet: only the missing one
    QList<NotebookHealth> health;
    for (int i = 0; i < 5; ++i) {
        NotebookHealth h;
        h.path = rows[i].path;
        h.stripped = true;
        h.rootCell = services::RootCellState::Current;
        health << h;
    }
    health[0].findings << nb::LintFinding{1, 3, QStringLiteral("secret"), QStringLiteral("m"),
                                          QStringLiteral("f")};
    health[1].stripped = false;
    health[2].rootCell = services::RootCellState::Outdated;
    health[3].error = Error::badInput(QStringLiteral("x: not JSON"));
    model.setHealth(health); // row 4 is fine
    QCOMPARE(visiblePaths(proxy),
             (QStringList{rows[0].path, rows[1].path, rows[2].path, rows[3].path, rows[5].path}));
    model.clearHealth({rows[1].path});
    QVERIFY(!visiblePaths(proxy).contains(rows[1].path));
    proxy.setProblemsOnly(false);
    QCOMPARE(proxy.rowCount(), rows.size());
}

void TestNotebooksFilter::sortsBySortKey()
{
    QList<NotebookRow> rows;
    for (const char* name : {"nb10.ipynb", "nb2.ipynb", "nb1.ipynb"}) {
        NotebookRow r;
        r.path = QString::fromLatin1(name);
        r.onDisk = true;
        rows << r;
    }
    rows[0].bytes = 5;
    rows[1].bytes = 3000;
    rows[2].bytes = 200;
    NotebooksModel model;
    NotebooksFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows, {});
    proxy.sort(NotebooksModel::PathColumn);
    QCOMPARE(visiblePaths(proxy), (QStringList{"nb1.ipynb", "nb2.ipynb", "nb10.ipynb"}));
    proxy.sort(NotebooksModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(visiblePaths(proxy), (QStringList{"nb2.ipynb", "nb1.ipynb", "nb10.ipynb"}));
}

void TestNotebooksFilter::twoThousandRowsFilterQuickly()
{
    QList<NotebookRow> rows;
    const QStringList members{"ana", "ben", "chen", "dara", {}};
    for (int i = 0; i < 2000; ++i) {
        NotebookRow r;
        r.path =
            QStringLiteral("notebooks/%1/experiment_%2.ipynb").arg(members[i % 4]).arg(i, 4, 10, QChar(u'0'));
        r.onDisk = true;
        r.assigned = true;
        r.owner = members[i % 4];
        r.runner = members[(i + 1) % 5];
        r.bytes = 1000 + i;
        rows << r;
    }
    NotebooksModel model;
    NotebooksFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setRows(rows, QStringLiteral("ana"));
    proxy.sort(NotebooksModel::PathColumn);
    QElapsedTimer timer;
    timer.start();
    proxy.setSearchText(QStringLiteral("experiment_01"));
    const double typed = timer.nsecsElapsed() / 1e6;
    QCOMPARE(proxy.rowCount(), 100);
    timer.restart();
    proxy.setMember(QStringLiteral("ben"));
    const double member = timer.nsecsElapsed() / 1e6;
    timer.restart();
    proxy.setSearchText({});
    proxy.setMember({});
    const double cleared = timer.nsecsElapsed() / 1e6;
    QCOMPARE(proxy.rowCount(), 2000);
    timer.restart();
    proxy.sort(NotebooksModel::SizeColumn, Qt::DescendingOrder);
    const double sorted = timer.nsecsElapsed() / 1e6;
    qInfo("2,000 rows: search %.2f ms, member %.2f ms, clear both %.2f ms, sort by size %.2f ms (goal: "
          "filtering <= 30 ms)",
          typed, member, cleared, sorted);
}

void TestNotebooksFilter::runnerCandidatesOfTheDemo()
{
    const NotebookRow& row = m_rows.first();
    auto suggestion = services::suggestRunner(m_ws, row.path, 100LL * 1024 * 1024);
    QVERIFY2(suggestion.ok(), suggestion.ok() ? "" : qPrintable(suggestion.error().message));
    const QList<nb::RunnerCandidate> candidates = suggestion->candidates;
    QCOMPARE(candidates.size(), m_ws.manifest.members.size());
    QHash<QString, QString> names;
    for (const Member& m : m_ws.manifest.members)
        names.insert(m.id, m.name);
    RunnerCandidatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCandidates(candidates, names);
    QCOMPARE(model.rowCount(), candidates.size());
    QCOMPARE(model.headerData(RunnerCandidatesModel::FitsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Fits"));
    for (int row = 0; row < candidates.size(); ++row) {
        const nb::RunnerCandidate& c = candidates[row];
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(model.rowOf(c.member), row);
        QCOMPARE(cell(0, RunnerCandidatesModel::RankRole).toInt(), row + 1);
        QCOMPARE(cell(0, RunnerCandidatesModel::MemberIdRole).toString(), c.member);
        QVERIFY(cell(RunnerCandidatesModel::MemberColumn).toString().startsWith(c.member));
        QCOMPARE(cell(0, RunnerCandidatesModel::FitsRole).toBool(), c.fits);
        QCOMPARE(cell(RunnerCandidatesModel::FitsColumn).toString(), c.fits ? QStringLiteral("fits")
                                                                     : c.quotaBytes
                                                                         ? QStringLiteral("does not fit")
                                                                         : QStringLiteral("no quota"));
        QCOMPARE(cell(0, RunnerCandidatesModel::ExplanationRole).toString(), c.explanation);
        QVERIFY(cell(RunnerCandidatesModel::FitsColumn, Qt::ToolTipRole).toString().contains(c.explanation));
        QCOMPARE(cell(RunnerCandidatesModel::UsedColumn).toString(), formatByteSize(c.usedBytes));
        QVERIFY(cell(RunnerCandidatesModel::UsedColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(c.usedBytes)));
        QCOMPARE(cell(RunnerCandidatesModel::QuotaColumn).toString(),
                 c.quotaBytes ? formatByteSize(*c.quotaBytes) : QStringLiteral("none"));
        QCOMPARE(cell(0, RunnerCandidatesModel::HeadroomRole).isValid(), bool(c.headroomBytes));
        if (!c.headroomBytes)
            QCOMPARE(cell(RunnerCandidatesModel::HeadroomColumn).toString(), QStringLiteral("—"));
    }
    model.setCandidates({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(candidates.first().member), -1);
}

void TestNotebooksFilter::lintFindings()
{
    const QList<nb::LintFinding> findings{
        {2, 4, QStringLiteral("hardcoded-path"), QStringLiteral("/content/drive is a path on one machine"),
         QStringLiteral("use ROOT_PATH")},
        {0, 0, QStringLiteral("missing-root-cell"), QStringLiteral("no ROOT_PATH cell"),
         QStringLiteral("insert the ROOT_PATH cell")}};
    LintFindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(findings);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, LintFindingsModel::CellColumn).data().toString(), QStringLiteral("cell 3"));
    QCOMPARE(model.index(0, LintFindingsModel::LineColumn).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(1, LintFindingsModel::LineColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(0, LintFindingsModel::RuleColumn).data().toString(),
             QStringLiteral("hardcoded-path"));
    QCOMPARE(model.index(0, LintFindingsModel::FixColumn).data().toString(), QStringLiteral("use ROOT_PATH"));
    QCOMPARE(model.index(0, LintFindingsModel::RuleColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("use ROOT_PATH"));
    QCOMPARE(model.index(0, 0).data(LintFindingsModel::CellRole).toInt(), 2);
    QCOMPARE(model.index(0, 0).data(LintFindingsModel::LineRole).toInt(), 4);
    QCOMPARE(model.index(1, 0).data(LintFindingsModel::RuleRole).toString(),
             QStringLiteral("missing-root-cell"));
    QVERIFY(model.index(1, LintFindingsModel::CellColumn).data(LintFindingsModel::SortKeyRole).toLongLong() <
            model.index(0, LintFindingsModel::CellColumn).data(LintFindingsModel::SortKeyRole).toLongLong());
    QCOMPARE(model.headerData(LintFindingsModel::FixColumn, Qt::Horizontal).toString(),
             QStringLiteral("Fix"));
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestNotebooksFilter)
#include "tst_notebooksfilter.moc"
