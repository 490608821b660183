// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Layout panel on a real workspace on disk: drift as the table shows it, Apply off the GUI thread
// creating only what is missing (never touching a file in the way or an unexpected entry), and a second Apply
// that has nothing left to do.
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"
#include "models/LayoutModel.h"
#include "panels/LayoutPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using FolderStatus = LayoutModel::Status;

class TestLayoutPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryExpectedFolderWithItsStatus();
    void applyCreatesOnlyWhatIsMissing();
    void aCompleteLayoutHasNothingToApply();
    void checkAgainSeesChangesMadeOutside();

private:
    void open();
    QString statusOf(const QString& path) const;
    QPushButton* button(const char* name)
    {
        return m_window->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    QLabel* label(const char* name) { return m_window->findChild<QLabel*>(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_repo;
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<gui::MainWindow> m_window;
    gui::LayoutPanel* m_panel = nullptr;
};

void TestLayoutPanel::initTestCase()
{
    test::isolateUserFolders();
}

void TestLayoutPanel::init()
{
    m_repo = std::make_unique<QTemporaryDir>();
    m_root = std::make_unique<QTemporaryDir>();
    test::makeWorkspace(m_repo->path(), m_root->path(), QStringLiteral("colab-team"),
                        {QStringLiteral("ben")});
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<gui::MainWindow>(*m_dialogs);
    m_window->show();
}

void TestLayoutPanel::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
}

void TestLayoutPanel::open()
{
    QSignalSpy shown(m_window.get(), &gui::MainWindow::workspaceShown);
    m_window->openWorkspace(WorkspaceOpenOptions{m_repo->path(), m_root->path(), QStringLiteral("ana"), {}});
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(m_window->showPanel(QStringLiteral("layout")));
    m_panel = qobject_cast<gui::LayoutPanel*>(m_window->currentPanel());
    QVERIFY(m_panel);
    QTRY_VERIFY(!m_panel->isBusy());
}

QString TestLayoutPanel::statusOf(const QString& path) const
{
    const LayoutModel* model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, LayoutModel::PathColumn).data().toString() == path)
            return model->index(row, LayoutModel::StatusColumn).data().toString();
    return QStringLiteral("(no row)");
}

void TestLayoutPanel::showsEveryExpectedFolderWithItsStatus()
{
    QVERIFY(QDir(m_root->filePath(QStringLiteral("results/ben"))).removeRecursively());
    QVERIFY(QDir(m_root->filePath(QStringLiteral("checkpoints/ben"))).removeRecursively());
    test::writeFile(m_root->filePath(QStringLiteral("checkpoints/ben")), "a file where a folder belongs");
    QVERIFY(QDir(m_root->path()).mkdir(QStringLiteral("old-exports")));
    open();

    QCOMPARE(statusOf(QStringLiteral("data/raw")), QStringLiteral("present"));
    QCOMPARE(statusOf(QStringLiteral("results/ana")), QStringLiteral("present"));
    QCOMPARE(statusOf(QStringLiteral("results/ben")), QStringLiteral("missing"));
    QCOMPARE(statusOf(QStringLiteral("checkpoints/ben")), QStringLiteral("file instead of folder"));
    QCOMPARE(statusOf(QStringLiteral("old-exports")), QStringLiteral("unexpected"));
    QCOMPARE(statusOf(QStringLiteral("notebooks/ben")), QStringLiteral("present"));
    QCOMPARE(m_panel->model()->count(FolderStatus::Missing), 1);
    QCOMPARE(m_panel->model()->count(FolderStatus::FileInsteadOfFolder), 1);
    QCOMPARE(m_panel->model()->count(FolderStatus::Unexpected), 1);
    const int present = m_panel->model()->count(FolderStatus::Present);
    QCOMPARE(label("layout.summary")->text(),
             QStringLiteral("%1 present · 1 missing · 1 blocked by a file · 1 unexpected").arg(present));
    QVERIFY(button("layout.apply")->isEnabled());

    // The view shows status with an icon; the file in the way is named in the tooltip.
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("layout.table"));
    QVERIFY(table->isVisible());
    bool sawTooltip = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex status = table->model()->index(row, LayoutModel::StatusColumn);
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        if (status.data(LayoutModel::StatusRole).toInt() == int(FolderStatus::FileInsteadOfFolder)) {
            QCOMPARE(
                status.data(Qt::ToolTipRole).toString(),
                QStringLiteral("checkpoints/ben is a file: move or rename it, then apply the layout again"));
            sawTooltip = true;
        }
    }
    QVERIFY(sawTooltip);
}

void TestLayoutPanel::applyCreatesOnlyWhatIsMissing()
{
    QVERIFY(QDir(m_root->filePath(QStringLiteral("results/ben"))).removeRecursively());
    QVERIFY(QDir(m_root->filePath(QStringLiteral("checkpoints/ben"))).removeRecursively());
    test::writeFile(m_root->filePath(QStringLiteral("checkpoints/ben")), "a file where a folder belongs");
    test::writeFile(m_root->filePath(QStringLiteral("old-exports/keep.csv")), "1,2,3\n");
    open();
    const auto before = test::snapshotTree(m_root->path());
    QSignalSpy applied(m_panel, &gui::LayoutPanel::applied);

    QTest::mouseClick(button("layout.apply"), Qt::LeftButton);
    QVERIFY(!button("layout.apply")->isEnabled()); // busy while the worker runs
    QTRY_COMPARE(applied.count(), 1);

    QVERIFY(QFileInfo(m_root->filePath(QStringLiteral("results/ben"))).isDir());
    QCOMPARE(test::readFile(m_root->filePath(QStringLiteral("checkpoints/ben"))),
             QByteArray("a file where a folder belongs"));
    // The one change on disk is the new, empty folder; every file and other folder is as it was.
    auto expected = before;
    expected.insert(QStringLiteral("results/ben/"), before.value(QStringLiteral("results/ana/")));
    QCOMPARE(test::snapshotTree(m_root->path()), expected);
    QCOMPARE(label("layout.result")->text(),
             QStringLiteral("Created 1 folder: results/ben. Left alone, a file is in the way of 1 folder: "
                            "checkpoints/ben (move or rename the file, then apply again)."));
    QCOMPARE(statusOf(QStringLiteral("results/ben")), QStringLiteral("present"));
    QCOMPARE(statusOf(QStringLiteral("checkpoints/ben")), QStringLiteral("file instead of folder"));
    QCOMPARE(statusOf(QStringLiteral("old-exports")), QStringLiteral("unexpected"));
    QVERIFY(!button("layout.apply")->isEnabled()); // nothing left that Apply could create
    QVERIFY(m_dialogs->errors.isEmpty());
}

void TestLayoutPanel::aCompleteLayoutHasNothingToApply()
{
    open();
    QCOMPARE(m_panel->model()->count(FolderStatus::Missing), 0);
    QCOMPARE(m_panel->model()->count(FolderStatus::FileInsteadOfFolder), 0);
    QCOMPARE(m_panel->model()->count(FolderStatus::Unexpected), 0);
    QVERIFY(m_panel->model()->rowCount() > 0);
    QVERIFY(!button("layout.apply")->isEnabled());
    QVERIFY(button("layout.check")->isEnabled());
}

void TestLayoutPanel::checkAgainSeesChangesMadeOutside()
{
    open();
    QCOMPARE(statusOf(QStringLiteral("models")), QStringLiteral("present"));
    QVERIFY(QDir(m_root->filePath(QStringLiteral("models"))).removeRecursively());
    QSignalSpy checked(m_panel, &gui::LayoutPanel::checked);
    QTest::mouseClick(button("layout.check"), Qt::LeftButton);
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(statusOf(QStringLiteral("models")), QStringLiteral("missing"));
    QVERIFY(button("layout.apply")->isEnabled());

    // F5 reloads the workspace and checks again too.
    QVERIFY(QDir(m_root->path()).mkdir(QStringLiteral("models")));
    m_window->findChild<QAction*>(QStringLiteral("action.refresh"))->trigger();
    QTRY_COMPARE(checked.count(), 2);
    QCOMPARE(statusOf(QStringLiteral("models")), QStringLiteral("present"));
}

QTEST_MAIN(TestLayoutPanel)
#include "tst_layoutpanel.moc"
