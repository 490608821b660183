// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// File ▸ Join Workspace… (issue 17), driven with QTest in a MainWindow on a machine with no settings: a
// second member joins from a local bare remote and from an HTTP remote on 127.0.0.1 with the real keychain
// (the sign-in dialog opens on the 401, then the clone succeeds), chooses who they are and the shared folder,
// syncs through the Sync panel, and a fresh window (a restart) restores both with nothing passed. Saves a
// screenshot of every step, light and dark, when TEAMSPACE_SCREENSHOT_DIR is set.
#include "DarkPalette.h"
#include "GitTeam.h"
#include "HttpGitServer.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"

#include "MainWindow.h"
#include "join/JoinDialog.h"
#include "panels/sync/CredentialsDialog.h"
#include "panels/sync/SyncChangesView.h"
#include "workspace/LocalSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace ts;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kPassword = QStringLiteral("s3cret-join-dialog-pw");

void applyPalette(const QPalette& palette)
{
    QApplication::setPalette(palette);
    QEvent changed(QEvent::ApplicationPaletteChange);
    for (QWidget* widget : QApplication::allWidgets())
        QApplication::sendEvent(widget, &changed);
    QCoreApplication::processEvents();
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestJoinDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void joinsFromLocalRemoteSyncsAndRestores();
    void refusedRepositoryKeepsNothingAndCancelRemovesTheClone();
    void joinsOverHttpAfterSigningIn();

private:
    gui::JoinDialog* openJoin(gui::MainWindow& window);
    bool clone(gui::JoinDialog* dialog, const QString& url, const QString& folder,
               const QString& shotName = {});
    void chooseMember(gui::JoinDialog* dialog, const QString& id);
    void shot(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<test::GitTeam> m_team;
    QString m_shared;
    QString m_shotDir;
};

void TestJoinDialog::initTestCase()
{
    test::isolateUserFolders();
    qRegisterMetaType<gui::CredentialsDialog*>();
    m_shotDir = qEnvironmentVariable("TEAMSPACE_SCREENSHOT_DIR");
    m_team = std::make_unique<test::GitTeam>();
    QVERIFY2(m_team->ok(), qPrintable(m_team->error()));
    // The lead lays out a shared folder (raw data, results) so that it can be recognised as the team's.
    const auto pushed = m_team->publishSharedLayout();
    QVERIFY2(pushed.ok(), qPrintable(test::syncMessage(pushed)));
    m_shared = m_dir.path() + QStringLiteral("/share");
    QVERIFY(QDir().mkpath(m_shared + QStringLiteral("/data/raw")));
    QVERIFY(QDir().mkpath(m_shared + QStringLiteral("/results")));
}

void TestJoinDialog::shot(QWidget* widget, const QString& name)
{
    if (m_shotDir.isEmpty())
        return;
    QDir().mkpath(m_shotDir);
    const QString scale = widget->devicePixelRatio() > 1.5 ? QStringLiteral("-2x") : QString();
    QCoreApplication::processEvents();
    widget->grab().save(QStringLiteral("%1/join-%2%3.png").arg(m_shotDir, name, scale));
    applyPalette(test::darkPalette());
    widget->grab().save(QStringLiteral("%1/join-%2-dark%3.png").arg(m_shotDir, name, scale));
    applyPalette(QPalette());
}

gui::JoinDialog* TestJoinDialog::openJoin(gui::MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("action.join"));
    if (!action)
        return nullptr;
    action->trigger();
    auto* dialog = window.findChild<gui::JoinDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

bool TestJoinDialog::clone(gui::JoinDialog* dialog, const QString& url, const QString& folder,
                           const QString& shotName)
{
    auto* urlField = child<QLineEdit>(dialog, "join.url");
    urlField->setFocus();
    QTest::keyClicks(urlField, url); // typed: the folder follows the URL's name until edited
    auto* folderField = child<QLineEdit>(dialog, "join.folder");
    if (!folderField->text().endsWith(QLatin1Char('/') + services::defaultJoinFolderName(url)))
        return false;
    folderField->setText(folder);
    QSignalSpy finished(dialog, &gui::JoinDialog::cloneFinished);
    QTest::keyClick(folderField, Qt::Key_Return); // Clone is the default button
    if (!dialog->isBusy() || dialog->findChild<QPushButton*>(QStringLiteral("join.cancel"))->text() !=
                                 QStringLiteral("Cancel Clone"))
        return false;
    if (!shotName.isEmpty())
        shot(dialog, shotName); // the clone's result arrives through the event loop: still busy here
    return (!finished.isEmpty() || finished.wait(kTimeoutMs)) &&
           finished.first().first().toString().isEmpty();
}

void TestJoinDialog::chooseMember(gui::JoinDialog* dialog, const QString& id)
{
    auto* members = child<QTreeWidget>(dialog, "join.members");
    for (int row = 0; row < members->topLevelItemCount(); ++row) {
        if (members->topLevelItem(row)->toolTip(0).endsWith(id)) {
            members->setCurrentItem(members->topLevelItem(row));
            break;
        }
    }
    QVERIFY(members->currentItem());
}

void TestJoinDialog::joinsFromLocalRemoteSyncsAndRestores()
{
    test::ScriptedDialogs dialogs;
    const QString repo = m_dir.path() + QStringLiteral("/bob/team");
    QVERIFY(QDir().mkpath(m_dir.path() + QStringLiteral("/bob")));
    {
        gui::MainWindow window(dialogs);
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The welcome page offers joining as well as the File menu.
        QVERIFY(child<QPushButton>(&window, "welcome.join"));
        shot(&window, QStringLiteral("0-welcome"));
        gui::JoinDialog* dialog = openJoin(window);
        QVERIFY(dialog);
        QVERIFY2(
            dialog->sizeHint().width() <= 1024 && dialog->sizeHint().height() <= 640,
            qPrintable(
                QStringLiteral("%1x%2").arg(dialog->sizeHint().width()).arg(dialog->sizeHint().height())));
        QCOMPARE(dialog->step(), gui::JoinDialog::RepositoryStep);
        QVERIFY(!child<QPushButton>(dialog, "join.next")->isEnabled()); // nothing typed yet
        QVERIFY(clone(dialog, m_team->remote(), repo, QStringLiteral("1-cloning")));
        QCOMPARE(dialog->step(), gui::JoinDialog::IdentityStep);
        QVERIFY(!QFileInfo::exists(repo)); // still in its staging folder until Finish
        QCOMPARE(child<QTreeWidget>(dialog, "join.members")->topLevelItemCount(), 3);
        // Back shows the repository step, read-only now that it is cloned; Next returns without cloning
        // again.
        QTest::mouseClick(child<QPushButton>(dialog, "join.back"), Qt::LeftButton);
        QCOMPARE(dialog->step(), gui::JoinDialog::RepositoryStep);
        QVERIFY(!child<QLineEdit>(dialog, "join.url")->isEnabled());
        QCOMPARE(child<QPushButton>(dialog, "join.next")->text(), QStringLiteral("&Next >"));
        QTest::mouseClick(child<QPushButton>(dialog, "join.next"), Qt::LeftButton);
        QCOMPARE(dialog->step(), gui::JoinDialog::IdentityStep);
        QVERIFY(child<QTreeWidget>(dialog, "join.members")->hasFocus());
        chooseMember(dialog, QStringLiteral("bob"));
        shot(dialog, QStringLiteral("2-identity"));
        QTest::keyClick(child<QTreeWidget>(dialog, "join.members"), Qt::Key_Return); // Next
        QCOMPARE(dialog->step(), gui::JoinDialog::SharedFolderStep);
        // Skipping is allowed and says so; then a folder that is not the team's; then the right one.
        QVERIFY2(child<QPushButton>(dialog, "join.finish")->isEnabled(),
                 qPrintable(child<QLineEdit>(dialog, "join.root")->text()));
        QVERIFY(child<QPushButton>(dialog, "join.finish")->text().contains(QStringLiteral("without")));
        QSignalSpy judged(dialog, &gui::JoinDialog::verdictShown);
        auto* root = child<QLineEdit>(dialog, "join.root");
        QVERIFY(root->hasFocus());
        root->setText(m_dir.path() + QStringLiteral("/bob"));
        QVERIFY(judged.wait(kTimeoutMs));
        QVERIFY(dialog->verdict() && !dialog->verdict()->looksLikeTeams());
        QVERIFY(!child<QPushButton>(dialog, "join.finish")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "join.verdict")->text().contains(QStringLiteral("Cannot be")));
        shot(dialog, QStringLiteral("3-shared-folder-refused"));
        root->setText(m_shared);
        QVERIFY(judged.wait(kTimeoutMs));
        QVERIFY(dialog->verdict() && dialog->verdict()->looksLikeTeams());
        QVERIFY(child<QLabel>(dialog, "join.verdict")->text().contains(QStringLiteral("Looks like")));
        QVERIFY(!child<QLabel>(dialog, "join.mount")->text().isEmpty());
        shot(dialog, QStringLiteral("3-shared-folder"));
        QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
        QTest::mouseClick(child<QPushButton>(dialog, "join.finish"), Qt::LeftButton);
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(window.workspace()->repoDir, QFileInfo(repo).canonicalFilePath());
        QCOMPARE(window.workspace()->me, QStringLiteral("bob"));
        QCOMPARE(window.workspace()->rootDir, QFileInfo(m_shared).canonicalFilePath());
        QCOMPARE(QDir(m_dir.path() + QStringLiteral("/bob"))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("team")});

        // Bob syncs a notebook through the Sync panel; the lead receives it.
        const QByteArray notebook = test::makeNotebook(QStringLiteral("print('joined in the app')"));
        test::writeFile(repo + QStringLiteral("/notebooks/bob/app.ipynb"), notebook);
        QVERIFY(window.showPanel(QStringLiteral("sync")));
        auto* changes = child<gui::SyncChangesView>(&window, "syncChanges");
        QVERIFY(changes);
        auto* syncButton = child<QPushButton>(changes, "syncChanges.sync");
        QTRY_VERIFY_WITH_TIMEOUT(syncButton->isEnabled(), kTimeoutMs);
        QSignalSpy synced(changes, &gui::SyncChangesView::syncFinished);
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QVERIFY(synced.wait(kTimeoutMs));
        QVERIFY(synced.first().first().toBool());
        QVERIFY(m_team->sync(QStringLiteral("ada")).ok());
        QCOMPARE(m_team->read(QStringLiteral("ada"), QStringLiteral("notebooks/bob/app.ipynb")),
                 test::strippedForTeam(notebook));
    }
    // A restart: a fresh window opened on the folder alone restores who I am and the shared folder.
    gui::MainWindow restarted(dialogs);
    QSignalSpy shown(&restarted, &gui::MainWindow::workspaceShown);
    restarted.openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
    QVERIFY(shown.wait(kTimeoutMs));
    QCOMPARE(restarted.workspace()->me, QStringLiteral("bob"));
    QCOMPARE(restarted.workspace()->rootDir, QFileInfo(m_shared).canonicalFilePath());
    QVERIFY(LocalSettings::recentWorkspaces().contains(QFileInfo(repo).canonicalFilePath()));
}

void TestJoinDialog::refusedRepositoryKeepsNothingAndCancelRemovesTheClone()
{
    test::ScriptedDialogs dialogs;
    const QString parent = m_dir.path() + QStringLiteral("/refused");
    QVERIFY(QDir().mkpath(parent));
    // A repository with no teamspace.json: refused, nothing kept.
    const QString plain = m_dir.path() + QStringLiteral("/plain.git");
    QVERIFY(git::GitRepository::initBare(plain).ok());
    {
        const QString work = m_dir.path() + QStringLiteral("/plain-work");
        auto repo = git::GitRepository::init(work);
        QVERIFY(repo.ok());
        test::writeFile(work + QStringLiteral("/README.md"), "hello\n");
        QVERIFY(
            repo->commitAll(QStringLiteral("seed"), {QStringLiteral("A"), QStringLiteral("a@example.org")})
                .ok());
        test::runGit(work, {QStringLiteral("push"), plain, QStringLiteral("main")});
    }
    gui::MainWindow window(dialogs);
    window.resize(1024, 640);
    window.show();
    gui::JoinDialog* dialog = openJoin(window);
    QVERIFY(dialog);
    QVERIFY(!clone(dialog, plain, parent + QStringLiteral("/plain")));
    QCOMPARE(dialog->step(), gui::JoinDialog::RepositoryStep);
    QVERIFY(child<QLabel>(dialog, "join.message")->text().contains(QStringLiteral("has no teamspace.json")));
    shot(dialog, QStringLiteral("1-refused"));
    QVERIFY(QDir(parent).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // A good clone, then Cancel at the identity step: the clone is removed.
    auto* url = child<QLineEdit>(dialog, "join.url");
    url->clear();
    QVERIFY(clone(dialog, m_team->remote(), parent + QStringLiteral("/team")));
    QVERIFY(
        !QDir(parent).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)); // the staging folder
    QPointer<gui::JoinDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "join.cancel"), Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QTRY_VERIFY_WITH_TIMEOUT(QDir(parent).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                             kTimeoutMs);
    QVERIFY(!window.workspace());
}

void TestJoinDialog::joinsOverHttpAfterSigningIn()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/support/with-keyring.sh (ctest does)");
    test::HttpGitServer server(QStringLiteral("cy"), kPassword);
    if (server.error().contains(QLatin1String("lighttpd")))
        QSKIP(qPrintable(server.error()));
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    const QString url = server.createRepository(QStringLiteral("team"));
    test::runGit(
        m_team->clone(QStringLiteral("ada")),
        {QStringLiteral("push"), server.repositoryPath(QStringLiteral("team")), QStringLiteral("main")});
    test::ScriptedDialogs dialogs;
    const QString repo = m_dir.path() + QStringLiteral("/cy/team");
    QVERIFY(QDir().mkpath(m_dir.path() + QStringLiteral("/cy")));
    {
        gui::MainWindow window(dialogs);
        window.resize(1024, 640);
        window.show();
        gui::JoinDialog* dialog = openJoin(window);
        QVERIFY(dialog);
        QSignalSpy opened(dialog, &gui::JoinDialog::credentialsOpened);
        shot(dialog, QStringLiteral("1-repository"));
        QVERIFY(!clone(dialog, url, repo)); // 401: no credential stored
        QVERIFY(opened.count() == 1 || opened.wait(kTimeoutMs));
        auto* signIn = opened.first().first().value<gui::CredentialsDialog*>();
        QVERIFY(signIn);
        QTRY_VERIFY_WITH_TIMEOUT(!signIn->isBusy(), kTimeoutMs);
        shot(signIn, QStringLiteral("1-sign-in"));
        child<QLineEdit>(signIn, "credentials.username")->setText(QStringLiteral("cy"));
        QTest::keyClicks(child<QLineEdit>(signIn, "credentials.secret"), kPassword);
        QSignalSpy cloned(dialog, &gui::JoinDialog::cloneFinished);
        QTest::mouseClick(child<QPushButton>(signIn, "credentials.save"), Qt::LeftButton);
        QVERIFY(cloned.wait(kTimeoutMs)); // saved, then cloned again
        QVERIFY2(cloned.first().first().toString().isEmpty(), qPrintable(cloned.first().first().toString()));
        QCOMPARE(dialog->step(), gui::JoinDialog::IdentityStep);
        chooseMember(dialog, QStringLiteral("cy"));
        QTest::mouseClick(child<QPushButton>(dialog, "join.next"), Qt::LeftButton);
        shot(dialog, QStringLiteral("3-shared-folder-skip"));
        QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
        QTest::mouseClick(child<QPushButton>(dialog, "join.finish"),
                          Qt::LeftButton); // without a shared folder
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(window.workspace()->me, QStringLiteral("cy"));
        // Cy syncs over HTTP through the panel, with the credential from the keychain.
        test::writeFile(repo + QStringLiteral("/notebooks/cy/http.ipynb"),
                        test::makeNotebook(QStringLiteral("cy")));
        QVERIFY(window.showPanel(QStringLiteral("sync")));
        auto* changes = child<gui::SyncChangesView>(&window, "syncChanges");
        auto* syncButton = child<QPushButton>(changes, "syncChanges.sync");
        QTRY_VERIFY_WITH_TIMEOUT(syncButton->isEnabled(), kTimeoutMs);
        QSignalSpy synced(changes, &gui::SyncChangesView::syncFinished);
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QVERIFY(synced.wait(kTimeoutMs));
        QVERIFY(synced.first().first().toBool());
    }
    gui::MainWindow restarted(dialogs);
    QSignalSpy shown(&restarted, &gui::MainWindow::workspaceShown);
    restarted.openWorkspace(WorkspaceOpenOptions{repo, {}, {}, {}});
    QVERIFY(shown.wait(kTimeoutMs));
    QCOMPARE(restarted.workspace()->me, QStringLiteral("cy"));
}

QTEST_MAIN(TestJoinDialog)
#include "tst_joindialog.moc"
