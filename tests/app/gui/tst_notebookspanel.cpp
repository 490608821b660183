// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Notebooks panel on the demo workspace (created by the real service, opened as a lead or a member): the
// rows are the service's, health arrives from the background while the table answers, search and member
// filter, who may assign (and why not), stripping my own notebook rewrites it while another's is read-only,
// read-only disables every writing action, and the keyboard reaches search and Assign.
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"
#include "models/NotebooksModel.h"
#include "panels/notebooks/AssignDialog.h"
#include "panels/notebooks/NotebooksPanel.h"
#include "services/DemoWorkspace.h"
#include "services/NotebookTable.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

// Background work (git walk, reading every notebook) is slower under sanitizers; QTRY returns once it holds.
constexpr int kLoadTimeoutMs = 60000;

class TestNotebooksPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void rowsAreTheServicesRows();
    void healthArrivesWhileTheTableAnswers();
    void searchAndMemberFilter();
    void aMemberWhoIsNotLeadSeesWhyAssignIsDisabled();
    void strippingMyNotebookRewritesItAndOthersAreReadOnly();
    void readOnlyDisablesEveryWritingAction();
    void keyboardReachesSearchAndAssign();
    void requestsSelectANotebook();
    void noNotebooksShowsTheEmptyState();

private:
    gui::WorkspacePtr open(const QString& repo, const QString& me, const QString& root = {}) const;
    void showPanel(gui::WorkspacePtr workspace, bool waitForHealth = true);
    void select(const QString& path);
    void saveShot(const QString& name) const
    {
        const QString out = qEnvironmentVariable("TEAMSPACE_NOTEBOOKS_SHOTS");
        if (!out.isEmpty())
            m_panel->grab().save(QStringLiteral("%1/%2.png").arg(out, name));
    }
    template <typename T> T* child(const char* name) const
    {
        return m_panel->findChild<T*>(QString::fromLatin1(name));
    }
    int visibleRows() const { return child<QTableView>("notebooks.table")->model()->rowCount(); }

    QTemporaryDir m_tmp;
    QString m_repo;
    QString m_index;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<gui::NotebooksPanel> m_panel;
};

void TestNotebooksPanel::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_tmp.isValid());
    m_index = m_tmp.filePath(QStringLiteral("index.db"));
    auto made = services::createDemoWorkspace(m_tmp.filePath(QStringLiteral("demo")), m_index);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    m_repo = made->repoDir;
}

void TestNotebooksPanel::cleanup()
{
    m_panel.reset();
    m_dialogs.reset();
}

gui::WorkspacePtr TestNotebooksPanel::open(const QString& repo, const QString& me, const QString& root) const
{
    auto ws = openWorkspace(WorkspaceOpenOptions{repo, root, me, m_index});
    if (!ws) {
        qWarning("open: %s", qPrintable(ws.error().message));
        return {};
    }
    return std::make_shared<const Workspace>(*ws);
}

void TestNotebooksPanel::showPanel(gui::WorkspacePtr workspace, bool waitForHealth)
{
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_panel = std::make_unique<gui::NotebooksPanel>(gui::PanelContext{*m_dialogs});
    m_panel->resize(1024, 640);
    m_panel->show();
    QSignalSpy health(m_panel.get(), &gui::NotebooksPanel::healthLoaded);
    m_panel->setWorkspace(std::move(workspace));
    if (waitForHealth)
        QTRY_COMPARE_WITH_TIMEOUT(health.count(), 1, kLoadTimeoutMs);
}

void TestNotebooksPanel::select(const QString& path)
{
    m_panel->handleRequest({{QStringLiteral("select"), path}});
    auto* table = child<QTableView>("notebooks.table");
    QCOMPARE(table->currentIndex().data(NotebooksModel::PathRole).toString(), path);
}

void TestNotebooksPanel::rowsAreTheServicesRows()
{
    auto ws = open(m_repo, {});
    QVERIFY(ws);
    showPanel(ws);
    const QList<services::NotebookRow> rows = services::notebookRows(*ws);
    QCOMPARE(rows.size(), 12);
    QCOMPARE(m_panel->model()->rowCount(), rows.size());
    for (const services::NotebookRow& row : rows)
        QVERIFY2(m_panel->model()->rowOf(row.path) >= 0, qPrintable(row.path));
    int runners = 0;
    for (const services::NotebookRow& row : rows)
        runners += row.runner.isEmpty() ? 0 : 1;
    const QString summary = child<QLabel>("notebooks.summary")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("12 notebooks · %1 with a runner").arg(runners)),
             qPrintable(summary));
    QVERIFY(child<QLabel>("notebooks.permission")->text().startsWith(QStringLiteral("You are a lead")));
    saveShot(QStringLiteral("notebooks-lead"));
}

void TestNotebooksPanel::healthArrivesWhileTheTableAnswers()
{
    auto ws = open(m_repo, {});
    QVERIFY(ws);
    QElapsedTimer timer;
    timer.start();
    showPanel(ws, false);
    const qint64 firstPaintMs = timer.elapsed();
    qInfo("setWorkspace to rows shown: %lld ms", firstPaintMs);
    QCOMPARE(m_panel->model()->rowCount(), 12); // at once, before any notebook was read
    QVERIFY(m_panel->isHealthLoading());
    // The table answers meanwhile: filtering works before health is in.
    child<QLineEdit>("notebooks.search")->setText(QStringLiteral("bert"));
    QCOMPARE(visibleRows(), 1);
    child<QLineEdit>("notebooks.search")->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isHealthLoading(), kLoadTimeoutMs);
    for (int row = 0; row < m_panel->model()->rowCount(); ++row)
        QVERIFY(m_panel->model()->index(row, 0).data(NotebooksModel::HealthLoadedRole).toBool());
    QVERIFY(child<QLabel>("notebooks.healthProgress")->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->commitsLoaded(), kLoadTimeoutMs);
}

void TestNotebooksPanel::searchAndMemberFilter()
{
    auto ws = open(m_repo, {});
    QVERIFY(ws);
    showPanel(ws);
    auto* search = child<QLineEdit>("notebooks.search");
    search->setText(QStringLiteral("bert"));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(
        child<QTableView>("notebooks.table")->model()->index(0, 0).data(NotebooksModel::PathRole).toString(),
        QStringLiteral("notebooks/ben/bert_finetune.ipynb"));
    search->clear();
    QCOMPARE(visibleRows(), 12);

    const QList<services::NotebookRow> rows = services::notebookRows(*ws);
    auto* members = child<QComboBox>("notebooks.memberFilter");
    QCOMPARE(members->count(), ws->manifest.members.size() + 2); // Everyone, each member, Nobody assigned
    members->setCurrentIndex(members->findData(QStringLiteral("chen")));
    int chens = 0, nobody = 0;
    for (const services::NotebookRow& row : rows) {
        chens += row.owner == QStringLiteral("chen") || row.runner == QStringLiteral("chen");
        nobody += row.owner.isEmpty() || row.runner.isEmpty();
    }
    QVERIFY(chens > 0);
    QCOMPARE(visibleRows(), chens);
    members->setCurrentIndex(members->count() - 1);
    QCOMPARE(visibleRows(), nobody);
    members->setCurrentIndex(0);
    QCOMPARE(visibleRows(), 12);
}

void TestNotebooksPanel::aMemberWhoIsNotLeadSeesWhyAssignIsDisabled()
{
    auto ws = open(m_repo, QStringLiteral("ben"));
    QVERIFY(ws);
    showPanel(ws);
    select(QStringLiteral("notebooks/ben/bert_finetune.ipynb"));
    auto* assign = child<QPushButton>("notebooks.assign");
    QVERIFY(!assign->isEnabled());
    QCOMPARE(assign->toolTip(), QStringLiteral("only a lead assigns notebooks; ask ana"));
    QCOMPARE(assign->statusTip(), assign->toolTip());
    QVERIFY(!child<QPushButton>("notebooks.reassign")->isEnabled());
    QVERIFY(
        child<QLabel>("notebooks.permission")->text().contains(QStringLiteral("You are ben, not a lead")));
    // Neither a double click nor F2 opens the dialog for a member.
    m_panel->openAssignDialog();
    QVERIFY(!m_panel->findChild<gui::AssignDialog*>());
    saveShot(QStringLiteral("notebooks-member"));
}

void TestNotebooksPanel::strippingMyNotebookRewritesItAndOthersAreReadOnly()
{
    const QString mine = QStringLiteral("notebooks/ana/01_data_overview.ipynb");
    const QString file = m_repo + QLatin1Char('/') + mine;
    // Give ana's notebook an output, as running it would.
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject notebook = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    QJsonArray cells = notebook.value(QStringLiteral("cells")).toArray();
    int code = -1;
    for (int i = 0; i < cells.size() && code < 0; ++i)
        if (cells[i].toObject().value(QStringLiteral("cell_type")).toString() == QStringLiteral("code"))
            code = i;
    QVERIFY(code >= 0);
    QJsonObject cell = cells[code].toObject();
    cell.insert(
        QStringLiteral("outputs"),
        QJsonArray{QJsonObject{{QStringLiteral("output_type"), QStringLiteral("stream")},
                               {QStringLiteral("name"), QStringLiteral("stdout")},
                               {QStringLiteral("text"), QJsonArray{QStringLiteral("rows: 1234\n")}}}});
    cell.insert(QStringLiteral("execution_count"), 7);
    cells[code] = cell;
    notebook.insert(QStringLiteral("cells"), cells);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(notebook).toJson());
    out.close();
    const QByteArray withOutputs = [&] {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QVERIFY(withOutputs.contains("rows: 1234"));

    auto ws = open(m_repo, QStringLiteral("ana"));
    QVERIFY(ws);
    showPanel(ws);
    select(mine);
    const int row = m_panel->model()->rowOf(mine);
    QVERIFY(!m_panel->model()->index(row, 0).data(NotebooksModel::StrippedRole).toBool());
    auto* strip = child<QPushButton>("notebooks.strip");
    QVERIFY2(strip->isEnabled(), qPrintable(strip->toolTip()));
    saveShot(QStringLiteral("notebooks-unstripped"));
    strip->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_panel->model()->index(row, 0).data(NotebooksModel::HealthLoadedRole).toBool() &&
            m_panel->model()->index(row, 0).data(NotebooksModel::StrippedRole).toBool(),
        kLoadTimeoutMs);
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(!after.readAll().contains("rows: 1234"));
    QVERIFY(m_dialogs->errors.isEmpty());
    QVERIFY(!strip->isEnabled()); // nothing left to strip

    // Ben's notebook is read-only to ana.
    select(QStringLiteral("notebooks/ben/bert_finetune.ipynb"));
    QVERIFY(!strip->isEnabled());
    QCOMPARE(strip->toolTip(), QStringLiteral("belongs to ben: read-only here"));
    QVERIFY(!child<QPushButton>("notebooks.rootCell")->isEnabled());
}

void TestNotebooksPanel::readOnlyDisablesEveryWritingAction()
{
    auto ws = open(m_repo, {});
    QVERIFY(ws);
    showPanel(ws);
    select(QStringLiteral("notebooks/ana/02_train_resnet.ipynb"));
    auto* assign = child<QPushButton>("notebooks.assign");
    QVERIFY(assign->isEnabled());
    QVERIFY(child<QPushButton>("notebooks.reassign")->isEnabled());
    m_panel->setReadOnly(QStringLiteral("teamspace.json is not valid JSON"));
    for (const char* name :
         {"notebooks.assign", "notebooks.reassign", "notebooks.strip", "notebooks.rootCell"}) {
        auto* button = child<QPushButton>(name);
        QVERIFY2(!button->isEnabled(), name);
        QCOMPARE(button->toolTip(), QStringLiteral("Read-only: teamspace.json is not valid JSON"));
    }
    QVERIFY(child<QLabel>("notebooks.permission")->text().startsWith(QStringLiteral("Read-only")));
    m_panel->openAssignDialog();
    QVERIFY(!m_panel->findChild<gui::AssignDialog*>());
    m_panel->setReadOnly({});
    QVERIFY(assign->isEnabled());
}

void TestNotebooksPanel::keyboardReachesSearchAndAssign()
{
    auto ws = open(m_repo, {});
    QVERIFY(ws);
    showPanel(ws);
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    auto* table = child<QTableView>("notebooks.table");
    table->setFocus();
    select(QStringLiteral("notebooks/ana/02_train_resnet.ipynb"));

    QTest::keySequence(table, QKeySequence::Find);
    QTRY_VERIFY(child<QLineEdit>("notebooks.search")->hasFocus());

    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(m_panel->findChild<gui::AssignDialog*>());
    auto* dialog = m_panel->findChild<gui::AssignDialog*>();
    QCOMPARE(dialog->notebook(), QStringLiteral("notebooks/ana/02_train_resnet.ipynb"));
    delete dialog;

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(m_panel->findChild<gui::AssignDialog*>());
    delete m_panel->findChild<gui::AssignDialog*>();
}

void TestNotebooksPanel::requestsSelectANotebook()
{
    auto ws = open(m_repo, {});
    QVERIFY(ws);
    showPanel(ws);
    // A notebook hidden by the search is shown by clearing the filters.
    child<QLineEdit>("notebooks.search")->setText(QStringLiteral("bert"));
    select(QStringLiteral("notebooks/ana/03_evaluate.ipynb"));
    QVERIFY(child<QLineEdit>("notebooks.search")->text().isEmpty());
    // The selection survives a refresh (a reload after an edit).
    m_panel->refresh();
    QCOMPARE(child<QTableView>("notebooks.table")->currentIndex().data(NotebooksModel::PathRole).toString(),
             QStringLiteral("notebooks/ana/03_evaluate.ipynb"));
}

void TestNotebooksPanel::noNotebooksShowsTheEmptyState()
{
    QTemporaryDir repo, root;
    test::makeWorkspace(repo.path(), root.path(), QStringLiteral("colab-team"), {QStringLiteral("ben")});
    auto ws = open(repo.path(), QStringLiteral("ben"), root.path());
    QVERIFY(ws);
    showPanel(ws);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(child<QLabel>("notebooks.empty")->isVisible());
    QVERIFY(!child<QTableView>("notebooks.table")->isVisible());
}

QTEST_MAIN(TestNotebooksPanel)
#include "tst_notebookspanel.moc"
