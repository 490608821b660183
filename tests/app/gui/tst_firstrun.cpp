// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// First run (issue 17), driven as a user would: the New Workspace wizard creates a workspace with a local
// bare remote and pushes it (the remote then has the commit with teamspace.json); a fresh window restores who
// I am and the shared folder without flags; Preferences changes both and refuses the repository as the shared
// folder; a clone with no settings shows the banner, keeps the shared-folder actions off and writes nothing
// into its repository, and Locate… fixes it. Every wizard page and Preferences are saved as PNGs into
// $TEAMSPACE_SCREENSHOT_DIR when set (TEAMSPACE_SCREENSHOT_DARK=1: a dark palette, names end in -dark).
#include "DarkPalette.h"
#include "GitTeam.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"

#include "MainWindow.h"
#include "panels/storage/ScanControls.h"
#include "panels/storage/StoragePanel.h"
#include "setup/NewWorkspaceWizard.h"
#include "setup/NextStepsView.h"
#include "setup/PreferencesDialog.h"
#include "setup/SharedFolderBanner.h"
#include "setup/SharedFolderField.h"
#include "workspace/WorkspaceEditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>
#include <optional>

using namespace ts;

namespace {

void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TEAMSPACE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QString suffix =
        qEnvironmentVariableIntValue("TEAMSPACE_SCREENSHOT_DARK") ? QStringLiteral("-dark") : QString();
    if (image.devicePixelRatio() > 1.5)
        suffix += QStringLiteral("-2x");
    QVERIFY(image.save(QStringLiteral("%1/%2%3.png").arg(dir, name, suffix)));
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QStringList entriesOutsideGit(const QString& dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(dir).relativeFilePath(it.next());
        if (relative != QLatin1String(".git") && !relative.startsWith(QLatin1String(".git/")))
            entries << relative;
    }
    entries.sort();
    return entries;
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theWizardCreatesAndPushes();
    void aFreshWindowRestoresIdentityAndSharedFolder();
    void preferencesChangeBothAndRefuseTheRepository();
    void aCloneWithNoSettingsShowsTheBannerAndWritesNothing();

private:
    bool openIn(gui::MainWindow& window, const QString& repo);

    QTemporaryDir m_tmp;
    QString m_remote;
    QString m_share;
    QString m_repo;
};

void TestFirstRun::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_tmp.isValid());
    if (qEnvironmentVariableIntValue("TEAMSPACE_SCREENSHOT_DARK"))
        QApplication::setPalette(test::darkPalette());
    m_remote = m_tmp.filePath(QStringLiteral("remote.git"));
    test::runGit(m_tmp.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                                QStringLiteral("-b"), QStringLiteral("main"), m_remote});
    QVERIFY(QFileInfo::exists(m_remote + QStringLiteral("/HEAD")));
    m_share = QFileInfo(m_tmp.path()).canonicalFilePath() + QStringLiteral("/drive/Team share");
    QVERIFY(QDir().mkpath(m_share));
    m_repo = QFileInfo(m_tmp.path()).canonicalFilePath() + QStringLiteral("/notebooks");
}

bool TestFirstRun::openIn(gui::MainWindow& window, const QString& repo)
{
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
    return shown.wait(20000);
}

void TestFirstRun::theWizardCreatesAndPushes()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.resize(1024, 640);
    window.show();
    saveShot(&window, QStringLiteral("welcome"));
    child<QPushButton>(&window, "welcome.new")->click();
    auto* wizard = window.findChild<gui::NewWorkspaceWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    auto* next = wizard->button(QWizard::NextButton);

    // The team: Next waits for a name.
    QCOMPARE(wizard->currentId(), int(gui::NewWorkspaceWizard::TeamPage));
    QVERIFY(!next->isEnabled());
    child<QLineEdit>(wizard, "wizard.name")->setText(QStringLiteral("Vision Lab"));
    QVERIFY(next->isEnabled());
    QVERIFY(child<QLabel>(wizard, "wizard.preview")->text().contains(QLatin1String("data/raw")));
    saveShot(wizard, QStringLiteral("wizard-1-team"));
    wizard->next();

    // Me as lead: a bad e-mail keeps Next off and says why.
    child<QLineEdit>(wizard, "wizard.leadName")->setText(QStringLiteral("Ana Lima"));
    QCOMPARE(child<QLineEdit>(wizard, "wizard.leadId")->text(), QStringLiteral("ana"));
    child<QLineEdit>(wizard, "wizard.leadEmail")->setText(QStringLiteral("not-an-address"));
    QVERIFY(!next->isEnabled());
    QVERIFY(!child<QLabel>(wizard, "wizard.lead.problem")->text().isEmpty());
    child<QLineEdit>(wizard, "wizard.leadEmail")->setText(QStringLiteral("ana@example.org"));
    QVERIFY2(next->isEnabled(), qPrintable(child<QLabel>(wizard, "wizard.lead.problem")->text()));
    saveShot(wizard, QStringLiteral("wizard-2-lead"));
    wizard->next();

    // The shared folder: a file is refused, the empty share is fine.
    auto* shared = wizard->sharedFolderField();
    auto* path = child<QLineEdit>(shared, "sharedFolder.path");
    path->setText(m_tmp.filePath(QStringLiteral("remote.git/HEAD")));
    QTRY_VERIFY(shared->isChecked());
    QVERIFY(!next->isEnabled());
    QVERIFY(shared->verdictText().contains(QLatin1String("Cannot be used")));
    path->setText(m_share);
    QTRY_VERIFY(shared->isChecked());
    QVERIFY2(next->isEnabled(), qPrintable(shared->verdictText()));
    saveShot(wizard, QStringLiteral("wizard-3-shared-folder"));
    wizard->next();

    // The repository: inside the shared folder is refused.
    auto* repo = child<QLineEdit>(wizard, "wizard.repo");
    repo->setText(m_share + QStringLiteral("/notebooks"));
    QVERIFY(!next->isEnabled());
    QVERIFY(!child<QLabel>(wizard, "wizard.repository.problem")->text().isEmpty());
    repo->setText(m_repo);
    QVERIFY2(next->isEnabled(), qPrintable(child<QLabel>(wizard, "wizard.repository.problem")->text()));
    saveShot(wizard, QStringLiteral("wizard-4-repository"));
    wizard->next();

    // The remote: an https URL without a credential is refused; the local bare remote is fine.
    auto* url = child<QLineEdit>(wizard, "wizard.remoteUrl");
    url->setText(QStringLiteral("https://example.org/team.git"));
    QVERIFY(!next->isEnabled());
    url->setText(m_remote);
    QVERIFY(next->isEnabled());
    saveShot(wizard, QStringLiteral("wizard-5-remote"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(gui::NewWorkspaceWizard::SummaryPage));
    QVERIFY(child<QLabel>(wizard, "wizard.summaryText")->text().contains(QLatin1String("Vision Lab")));
    saveShot(wizard, QStringLiteral("wizard-6-summary"));
    // Nothing written before Create.
    QVERIFY(!QFileInfo::exists(m_repo));
    QVERIFY(QDir(m_share).isEmpty());

    std::optional<services::NewWorkspaceReport> report;
    connect(wizard, &gui::NewWorkspaceWizard::created, &window,
            [&report](const services::NewWorkspaceReport& made) { report = made; });
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    QPointer<gui::NewWorkspaceWizard> alive(wizard);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(report.has_value() || !dialogs.errors.isEmpty(),
                              qPrintable(alive ? alive->failure() : QString()), 60000);
    QVERIFY2(report, qPrintable(dialogs.errors.value(0).second));
    QVERIFY(shown.count() > 0 || shown.wait(20000));
    QVERIFY2(report->pushed, qPrintable(report->pushProblem));
    QVERIFY(dialogs.errors.isEmpty());

    // The remote has the commit with teamspace.json.
    const QString committed =
        test::runGit(m_remote, {QStringLiteral("show"), QStringLiteral("main:teamspace.json")});
    QVERIFY2(committed.contains(QLatin1String("Vision Lab")), qPrintable(committed));
    QCOMPARE(test::runGit(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             report->remoteHead);
    QVERIFY(QFileInfo(m_share + QStringLiteral("/data/raw")).isDir()); // the layout, in the shared folder
    QVERIFY(!QFileInfo::exists(m_repo + QStringLiteral("/data/raw")));

    // The window shows it on the Overview, with the next steps.
    QVERIFY(window.workspace());
    QCOMPARE(window.workspace()->me, QStringLiteral("ana"));
    QCOMPARE(window.workspace()->rootDir, m_share);
    QCOMPARE(window.currentPanel(), window.panel(QStringLiteral("overview")));
    auto* steps = window.findChild<gui::NextStepsView*>();
    QVERIFY(steps);
    QTRY_COMPARE(steps->steps().size(), 4);
    QTRY_VERIFY(steps->isVisible());
    for (const services::NextStep& step : steps->steps())
        QCOMPARE(step.done, step.id == QLatin1String("sync"));
    child<QPushButton>(steps, "nextSteps.members")->click();
    QCOMPARE(window.currentPanel(), window.panel(QStringLiteral("members")));
    window.showPanel(QStringLiteral("overview"));
    saveShot(&window, QStringLiteral("overview-next-steps"));
}

void TestFirstRun::aFreshWindowRestoresIdentityAndSharedFolder()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    QVERIFY(openIn(window, m_repo));
    QCOMPARE(window.workspace()->me, QStringLiteral("ana"));
    QCOMPARE(window.workspace()->rootDir, m_share);
    QVERIFY(!window.findChild<gui::SharedFolderBanner*>()->isVisibleTo(&window));
}

void TestFirstRun::preferencesChangeBothAndRefuseTheRepository()
{
    {
        auto ws = openWorkspace(WorkspaceOpenOptions{m_repo, {}, {}, {}});
        QVERIFY(ws);
        auto added = WorkspaceEditor(*ws).addMember(Member{QStringLiteral("ben"),
                                                           QStringLiteral("Ben Ng"),
                                                           QStringLiteral("ben@example.org"),
                                                           MemberRole::Member,
                                                           std::nullopt,
                                                           {}});
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }
    const QString otherShare = QFileInfo(m_tmp.path()).canonicalFilePath() + QStringLiteral("/other-share");
    QVERIFY(QDir().mkpath(otherShare + QStringLiteral("/data/raw")));

    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.resize(1024, 640);
    window.show();
    QVERIFY(openIn(window, m_repo));
    window.showPreferences();
    auto* prefs = window.findChild<gui::PreferencesDialog*>();
    QVERIFY(prefs);
    QTRY_VERIFY(prefs->sharedFolder()->isChecked());
    saveShot(prefs, QStringLiteral("preferences"));
    auto* save = child<QDialogButtonBox>(prefs, "preferences.buttons")->button(QDialogButtonBox::Save);

    // The repository is refused: Save stays off and the verdict says why.
    auto* path = child<QLineEdit>(prefs, "sharedFolder.path");
    path->setText(m_repo);
    QTRY_VERIFY(prefs->sharedFolder()->isChecked());
    QVERIFY(!save->isEnabled());
    QVERIFY2(prefs->sharedFolder()->verdictText().contains(QLatin1String("notebook repository")),
             qPrintable(prefs->sharedFolder()->verdictText()));
    saveShot(prefs, QStringLiteral("preferences-refused"));

    auto* me = child<QComboBox>(prefs, "preferences.me");
    me->setCurrentIndex(me->findData(QStringLiteral("ben")));
    path->setText(otherShare);
    QTRY_VERIFY(prefs->sharedFolder()->isChecked());
    QVERIFY(save->isEnabled());
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    save->click();
    QVERIFY(shown.wait(20000));
    QCOMPARE(window.workspace()->me, QStringLiteral("ben"));
    QCOMPARE(window.workspace()->rootDir, otherShare);

    // Kept for the next start; then back to ana and the team's share for the tests that follow.
    auto reopened = openWorkspace(WorkspaceOpenOptions{m_repo, {}, {}, {}});
    QVERIFY(reopened);
    QCOMPARE(reopened->me, QStringLiteral("ben"));
    QCOMPARE(reopened->rootDir, otherShare);
}

void TestFirstRun::aCloneWithNoSettingsShowsTheBannerAndWritesNothing()
{
    const QString clone = QFileInfo(m_tmp.path()).canonicalFilePath() + QStringLiteral("/ben-clone");
    test::runGit(m_tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, clone});
    QVERIFY(QFileInfo::exists(clone + QStringLiteral("/teamspace.json")));
    const QStringList before = entriesOutsideGit(clone);

    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.resize(1024, 640);
    window.show();
    QVERIFY(openIn(window, clone));
    QVERIFY(!window.workspace()->hasSharedFolder());
    auto* banner = window.findChild<gui::SharedFolderBanner*>();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->message().contains(QLatin1String("No shared folder")));
    // Writing to or scanning the shared folder is off, with the reason.
    window.showPanel(QStringLiteral("layout"));
    auto* apply = child<QPushButton>(&window, "layout.apply");
    QTRY_VERIFY(!apply->isEnabled());
    QVERIFY(apply->toolTip().contains(QLatin1String("Preferences")));
    saveShot(&window, QStringLiteral("no-shared-folder-banner"));
    auto* storage = qobject_cast<gui::StoragePanel*>(window.panel(QStringLiteral("storage")));
    QVERIFY(storage);
    storage->handleRequest({{QStringLiteral("scan"), true}});
    QVERIFY(!storage->scanControls()->isScanning());
    QCOMPARE(entriesOutsideGit(clone), before);

    // Locate…: the repository is refused, the share is kept and the workspace reopens with it.
    dialogs.folderAnswers = {clone};
    child<QPushButton>(banner, "sharedFolderBanner.locate")->click();
    QTRY_COMPARE(dialogs.errors.size(), 1);
    QVERIFY(dialogs.errors.first().second.contains(QLatin1String("notebook repository")));
    QVERIFY(!window.workspace()->hasSharedFolder());
    dialogs.folderAnswers = {m_share};
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    child<QPushButton>(banner, "sharedFolderBanner.locate")->click();
    QVERIFY(shown.wait(20000));
    QCOMPARE(window.workspace()->rootDir, m_share);
    QVERIFY(!banner->isVisible());
    QCOMPARE(entriesOutsideGit(clone), before);
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
