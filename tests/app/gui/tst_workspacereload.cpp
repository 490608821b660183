// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The window follows the workspace on disk: another program's change to teamspace.json shows in every panel
// without F5; a manifest that is broken or gone, or a shared folder that is missing, puts a banner at the top
// and makes the panels read-only (their edit actions disabled, saying why) instead of leaving stale data
// editable; repairing it clears the banner. Real workspace, real CLI, offscreen.
#include "CliRunner.h"
#include "MainWindow.h"
#include "ProblemBanner.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"
#include "WorkspaceWatcher.h"
#include "models/MembersModel.h"
#include "panels/LayoutPanel.h"
#include "panels/MembersPanel.h"
#include "services/ScanService.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestWorkspaceReload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void anotherProgramsEditShowsInEveryPanel();
    void invalidJsonShowsTheBannerAndMakesThePanelsReadOnly();
    void aDeletedManifestShowsTheBannerUntilItIsBack();
    void aMissingSharedFolderShowsTheBannerUntilItIsBack();
    void anEmptyMountPointShowsTheBannerUntilTheShareIsBack();
    void aFailedSaveRevealsABrokenManifest();

private:
    void open();
    QString manifestPath() const { return m_repo->filePath(QStringLiteral("teamspace.json")); }
    QPushButton* button(const char* name) const
    {
        return m_window->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    gui::ProblemBanner* banner() const
    {
        return m_window->findChild<gui::ProblemBanner*>(QStringLiteral("banner"));
    }
    QString bannerText() const { return m_window->findChild<QLabel*>(QStringLiteral("banner.text"))->text(); }
    void verifyEditable();
    void verifyReadOnly(const QString& reasonContains);

    std::unique_ptr<QTemporaryDir> m_repo;
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<gui::MainWindow> m_window;
    gui::MembersPanel* m_members = nullptr;
};

void TestWorkspaceReload::initTestCase()
{
    test::isolateUserFolders();
}

void TestWorkspaceReload::init()
{
    m_repo = std::make_unique<QTemporaryDir>();
    m_root = std::make_unique<QTemporaryDir>();
    test::makeWorkspace(m_repo->path(), m_root->path(), QStringLiteral("colab-team"),
                        {QStringLiteral("ben"), QStringLiteral("chen")});
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<gui::MainWindow>(*m_dialogs);
    m_window->resize(1024, 640);
    m_window->show();
    open();
}

void TestWorkspaceReload::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
}

void TestWorkspaceReload::open()
{
    QSignalSpy shown(m_window.get(), &gui::MainWindow::workspaceShown);
    m_window->openWorkspace(WorkspaceOpenOptions{m_repo->path(), m_root->path(), QStringLiteral("ana"), {}});
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(m_window->showPanel(QStringLiteral("members")));
    m_members = qobject_cast<gui::MembersPanel*>(m_window->panel(QStringLiteral("members")));
    QVERIFY(m_members);
    QCOMPARE(m_members->model()->rowCount(), 3);
    verifyEditable();
}

void TestWorkspaceReload::verifyEditable()
{
    QVERIFY(banner()->isHidden());
    QVERIFY(m_window->problem().isEmpty());
    QVERIFY(button("members.add")->isEnabled());
    QVERIFY(button("members.add")->toolTip().isEmpty());
    QVERIFY(!m_members->isReadOnly());
    QVERIFY(!m_window->panel(QStringLiteral("layout"))->isReadOnly());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("members.permission"))
                ->text()
                .startsWith(QStringLiteral("You are a lead")));
}

void TestWorkspaceReload::verifyReadOnly(const QString& reasonContains)
{
    QVERIFY(banner()->isVisible());
    QVERIFY2(bannerText().contains(reasonContains), qPrintable(bannerText()));
    QVERIFY2(m_window->problem().contains(reasonContains), qPrintable(m_window->problem()));
    // Every writing action says why it is off: the Members panel's buttons and Layout's Apply.
    for (const char* name : {"members.add", "members.edit", "members.remove", "layout.apply"}) {
        QPushButton* b = button(name);
        QVERIFY2(!b->isEnabled(), name);
        QVERIFY2(b->toolTip().startsWith(QStringLiteral("Read-only: ")), qPrintable(b->toolTip()));
        QVERIFY2(b->toolTip().contains(reasonContains), qPrintable(b->toolTip()));
    }
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("members.permission"))
                ->text()
                .startsWith(QStringLiteral("Read-only until the workspace reloads")));
    // The team last read stays visible, and F5 stays available.
    QCOMPARE(m_members->model()->rowCount(), 3);
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("action.refresh"))->isEnabled());
}

void TestWorkspaceReload::anotherProgramsEditShowsInEveryPanel()
{
    m_members->selectMember(QStringLiteral("chen"));
    const auto added = test::runCli({QStringLiteral("-w"), m_repo->path(), QStringLiteral("-r"),
                                     m_root->path(), QStringLiteral("--as"), QStringLiteral("ana"),
                                     QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("frank"),
                                     QStringLiteral("--name"), QStringLiteral("Frank"),
                                     QStringLiteral("--email"), QStringLiteral("frank@example.org")});
    QCOMPARE(added.exitCode, 0);
    QTRY_COMPARE(m_members->model()->rowCount(), 4); // no F5: the watcher reloaded
    QVERIFY(m_members->model()->rowOf(QStringLiteral("frank")) >= 0);
    QCOMPARE(m_members->selectedMemberId(), QStringLiteral("chen")); // the reload kept the selection
    QVERIFY(m_window->workspace()->manifest.member(QStringLiteral("frank")));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("overview.members"))->text(),
             QStringLiteral("4 members; lead: Ana"));
    verifyEditable();
}

void TestWorkspaceReload::invalidJsonShowsTheBannerAndMakesThePanelsReadOnly()
{
    const QByteArray good = test::readFile(manifestPath());
    QSignalSpy problems(m_window.get(), &gui::MainWindow::problemChanged);
    // An editor saving in place (same inode), half-way through a change.
    test::writeFile(manifestPath(), good.left(good.size() / 2));
    QTRY_COMPARE(problems.count(), 1);
    verifyReadOnly(QStringLiteral("teamspace.json"));
    QVERIFY2(bannerText().contains(QDir::toNativeSeparators(m_repo->path())), qPrintable(bannerText()));

    test::writeFile(manifestPath(), good);
    QTRY_COMPARE(problems.count(), 2);
    verifyEditable();
}

void TestWorkspaceReload::aDeletedManifestShowsTheBannerUntilItIsBack()
{
    const QByteArray good = test::readFile(manifestPath());
    QVERIFY(QFile::remove(manifestPath()));
    QTRY_VERIFY(banner()->isVisible());
    verifyReadOnly(manifestPath() + QStringLiteral(": the file is gone"));

    // Restored the way git or an atomic writer does it: a new file renamed into place.
    const QString restored = m_repo->filePath(QStringLiteral(".teamspace.json.restore"));
    test::writeFile(restored, good);
    QVERIFY(QFile::rename(restored, manifestPath()));
    QTRY_VERIFY(banner()->isHidden());
    verifyEditable();
}

void TestWorkspaceReload::aMissingSharedFolderShowsTheBannerUntilItIsBack()
{
    const QString away = m_root->path() + QStringLiteral(".unmounted");
    QVERIFY(QDir().rename(m_root->path(), away));
    QTRY_VERIFY(banner()->isVisible());
    verifyReadOnly(m_root->path() + QStringLiteral(": the shared folder is not there"));

    QVERIFY(QDir().rename(away, m_root->path())); // mounted again: only the poll can see it come back
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isHidden(), 10'000);
    verifyEditable();
}

// An unmounted network share or Drive folder leaves its mount point: there, but empty. After a scan saw the
// team's folders, the window opens it read-only with the reason, as the CLI's scan and `layout apply` refuse.
void TestWorkspaceReload::anEmptyMountPointShowsTheBannerUntilTheShareIsBack()
{
    auto ws = openWorkspace(WorkspaceOpenOptions{m_repo->path(), m_root->path(), QStringLiteral("ana"), {}});
    QVERIFY(ws.ok());
    QVERIFY(QDir().mkpath(m_root->filePath(QStringLiteral("data/raw/survey"))));
    auto scanned = services::scan(*ws, {}, {});
    QVERIFY2(scanned.ok(), qPrintable(scanned.ok() ? QString() : scanned.error().message));

    const QString away = m_root->path() + QStringLiteral(".unmounted");
    QVERIFY(QDir().rename(m_root->path(), away));
    QVERIFY(QDir().mkdir(m_root->path())); // the empty mount point
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 10'000);
    verifyReadOnly(QDir::toNativeSeparators(m_root->path()));
    QVERIFY2(bannerText().contains(QStringLiteral("mount")), qPrintable(bannerText()));

    QVERIFY(QDir(m_root->path()).removeRecursively());
    QVERIFY(QDir().rename(away, m_root->path())); // mounted again
    QTRY_VERIFY_WITH_TIMEOUT(banner()->isHidden(), 10'000);
    verifyEditable();
}

void TestWorkspaceReload::aFailedSaveRevealsABrokenManifest()
{
    // The file was replaced by a folder after the window read it; the save fails and the reload that follows
    // shows what is wrong instead of leaving the team editable.
    m_window->findChild<gui::WorkspaceWatcher*>()->stop(); // only the failed save may notice
    QVERIFY(QFile::remove(manifestPath()));
    QVERIFY(QDir().mkdir(manifestPath()));
    m_members->selectMember(QStringLiteral("ben"));
    m_dialogs->questionAnswers << true;
    QTest::mouseClick(button("members.remove"), Qt::LeftButton);
    QTRY_COMPARE(m_dialogs->errors.size(), 1);
    QCOMPARE(m_dialogs->errors[0].first, QStringLiteral("Member not removed"));
    QTRY_VERIFY(banner()->isVisible());
    verifyReadOnly(QStringLiteral("teamspace.json"));
}

QTEST_MAIN(TestWorkspaceReload)
#include "tst_workspacereload.moc"
