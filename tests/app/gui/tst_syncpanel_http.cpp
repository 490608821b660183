// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Sync panel against an HTTP remote (git http-backend under lighttpd on 127.0.0.1, basic auth) with the
// real keychain in a private D-Bus session (registered KEYCHAIN): no credential and a wrong password each
// open the sign-in dialog (the wrong one within 20 s), the right one entered there syncs, and the password is
// in no file under the workspace, the local data folder or the test's HOME.
#include "FileFacts.h"
#include "GitTeam.h"
#include "HttpGitServer.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"

#include "git/GitRepository.h"
#include "panels/sync/CredentialsDialog.h"
#include "panels/sync/SyncChangesView.h"
#include "panels/sync/SyncPanel.h"
#include "workspace/LocalSettings.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ts;

namespace {

const QString kPassword = QStringLiteral("Gui-Tr0ub4dor-&-3-sync-secret");
constexpr int kTimeoutMs = 60000;

} // namespace

class TestSyncPanelHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wrongPasswordAsksAgainAndTheRightOneSyncs();

private:
    // Waits for the dialog's keychain look-up, types the credential and saves; true when it was stored.
    bool signIn(gui::CredentialsDialog* dialog, const QString& user, const QString& secret);

    QTemporaryDir m_dir;
    std::unique_ptr<test::HttpGitServer> m_server;
};

void TestSyncPanelHttp::initTestCase()
{
    test::isolateUserFolders();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/support/with-keyring.sh (ctest does)");
    m_server = std::make_unique<test::HttpGitServer>(QStringLiteral("ada"), kPassword);
    if (m_server->error().contains(QLatin1String("lighttpd")))
        QSKIP(qPrintable(m_server->error()));
    QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
}

bool TestSyncPanelHttp::signIn(gui::CredentialsDialog* dialog, const QString& user, const QString& secret)
{
    QPointer<gui::CredentialsDialog> guard(dialog);
    if (!QTest::qWaitFor([&] { return !guard || !guard->isBusy(); }, kTimeoutMs) || !guard)
        return false;
    auto* username = dialog->findChild<QLineEdit*>(QStringLiteral("credentials.username"));
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("credentials.secret"));
    if (!username || !field || field->echoMode() != QLineEdit::Password)
        return false;
    username->setText(user);
    field->clear();
    QTest::keyClicks(field, secret);
    QSignalSpy saved(dialog, &gui::CredentialsDialog::saveFinished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("credentials.save")), Qt::LeftButton);
    return saved.wait(kTimeoutMs) && saved.first().first().toString().isEmpty();
}

void TestSyncPanelHttp::wrongPasswordAsksAgainAndTheRightOneSyncs()
{
    const QString url = m_server->createRepository(QStringLiteral("team"));
    const QString clone = m_dir.path() + QStringLiteral("/ada");
    {
        auto repo = git::GitRepository::init(clone);
        QVERIFY(repo.ok());
        test::writeFile(clone + QStringLiteral("/teamspace.json"), serializeManifest(test::teamManifest()));
        test::writeFile(clone + QStringLiteral("/notebooks/ada/intro.ipynb"),
                        test::makeNotebook(QStringLiteral("ada")));
        QVERIFY(repo->commitAll(QStringLiteral("Create workspace"),
                                {QStringLiteral("Ada"), QStringLiteral("ada@example.org")})
                    .ok());
        QVERIFY(repo->addRemote(QStringLiteral("origin"), url).ok());
    }
    auto ws = std::make_shared<Workspace>();
    ws->repoDir = clone;
    ws->rootDir = clone;
    ws->me = QStringLiteral("ada");
    ws->databasePath = m_dir.path() + QStringLiteral("/local/ada/index.sqlite");
    ws->manifest = test::teamManifest();

    test::ScriptedDialogs dialogs;
    gui::SyncPanel panel(gui::PanelContext{dialogs});
    gui::SyncChangesView* changes = panel.changesView();
    panel.resize(1024, 640);
    panel.setWorkspace(ws);
    panel.show();
    // The fetch on opening has no credential: said in words, Sign In offered, no dialog pushed at the user.
    QTRY_VERIFY_WITH_TIMEOUT(changes->status().has_value() && !changes->isFetching(), kTimeoutMs);
    QVERIFY(changes->status()->fetchAuthFailed);
    QVERIFY2(changes->messageText().startsWith(QStringLiteral("Signing in to origin failed:")),
             qPrintable(changes->messageText()));
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("syncChanges.signIn"))->isEnabled());
    QVERIFY(!panel.findChild<gui::CredentialsDialog*>());

    // Sync: no credential stored → the dialog opens; a wrong password there → the retry fails and it opens
    // again.
    QSignalSpy opened(changes, &gui::SyncChangesView::credentialsOpened);
    QSignalSpy finished(changes, &gui::SyncChangesView::syncFinished);
    changes->startSync();
    QVERIFY(opened.wait(kTimeoutMs));
    auto* first = opened.last().first().value<gui::CredentialsDialog*>();
    QVERIFY(first->isVisible());
    QCOMPARE(first->findChild<QLabel*>(QStringLiteral("credentials.remote"))->text(), url);
    QVERIFY(first->findChild<QLabel*>(QStringLiteral("credentials.intro"))
                ->text()
                .contains(QStringLiteral("no credential stored")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(signIn(first, QStringLiteral("ada"), QStringLiteral("not-the-password")));
    QVERIFY(opened.wait(kTimeoutMs)); // the retry with the wrong password failed and asks again
    const qint64 wrongMs = timer.elapsed();
    qInfo("wrong password: saved, sync retried and the dialog open again after %lld ms",
          static_cast<long long>(wrongMs));
    QVERIFY2(wrongMs < 20000, qPrintable(QString::number(wrongMs)));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().toBool(), false);
    auto* second = opened.last().first().value<gui::CredentialsDialog*>();
    QVERIFY(second->findChild<QLabel*>(QStringLiteral("credentials.intro"))
                ->text()
                .contains(QStringLiteral("authentication failed for ") + url));
    QVERIFY(changes->messageText().startsWith(QStringLiteral("Signing in to the remote failed:")));
    // The stored user is offered again; the secret never is.
    QTRY_VERIFY_WITH_TIMEOUT(!second->isBusy(), kTimeoutMs);
    QCOMPARE(second->findChild<QLineEdit*>(QStringLiteral("credentials.username"))->text(),
             QStringLiteral("ada"));
    QVERIFY(second->findChild<QLineEdit*>(QStringLiteral("credentials.secret"))->text().isEmpty());

    // The right one, typed into the dialog, syncs.
    QVERIFY(signIn(second, QStringLiteral("ada"), kPassword));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kTimeoutMs);
    QVERIFY2(finished.last().first().toBool(), qPrintable(changes->messageText()));
    const QString served = test::runGit(m_server->repositoryPath(QStringLiteral("team")),
                                        {QStringLiteral("rev-parse"), QStringLiteral("main")});
    QCOMPARE(test::runGit(clone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), served);
    QVERIFY(changes->messageText().startsWith(QStringLiteral("Synced: origin holds ") + served.left(7)));

    // The password is in no file: the workspace (with .git), the local data, this test's HOME and data
    // folders.
    QTRY_VERIFY_WITH_TIMEOUT(!changes->isFetching(), kTimeoutMs);
    const QStringList places = {clone, m_dir.path() + QStringLiteral("/local"), QDir::homePath(),
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
    for (const QString& place : places) {
        QCOMPARE(test::filesContaining(place, kPassword.toUtf8()), QStringList());
        QCOMPARE(test::filesContaining(place, "not-the-password"), QStringList());
    }
    QVERIFY(QFile::exists(ws->databasePath)); // the activity log was written, without it

    // Forget removes it from the keychain.
    changes->openCredentials();
    auto* third = panel.findChild<gui::CredentialsDialog*>();
    QVERIFY(third);
    QTRY_VERIFY_WITH_TIMEOUT(!third->isBusy(), kTimeoutMs);
    auto* forget = third->findChild<QPushButton*>(QStringLiteral("credentials.forget"));
    QVERIFY(forget->isEnabled());
    QSignalSpy forgotten(third, &gui::CredentialsDialog::forgetFinished);
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY(forgotten.wait(kTimeoutMs));
    QCOMPARE(forgotten.first().first().toString(), QString());
    QVERIFY(third->message().startsWith(QStringLiteral("The stored password for ") + url));
    QVERIFY(!forget->isEnabled());
    third->reject();

    // Git's credential helpers instead of a password: git's own store holds it (as `git credential approve`
    // leaves it after a push), the box in the dialog opts in, and the next fetch and sync ask git.
    const QString gitStore = m_dir.path() + QStringLiteral("/git-credentials");
    test::writeFile(m_dir.path() + QStringLiteral("/gitconfig"),
                    QStringLiteral("[credential]\n\thelper = store --file '%1'\n").arg(gitStore).toUtf8());
    qputenv("GIT_CONFIG_GLOBAL", QFile::encodeName(m_dir.path() + QStringLiteral("/gitconfig")));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    {
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("credential"), QStringLiteral("approve")});
        QVERIFY(git.waitForStarted());
        git.write("url=" + url.toUtf8() + "\nusername=ada\npassword=" + kPassword.toUtf8() + "\n\n");
        git.closeWriteChannel();
        QVERIFY(git.waitForFinished(30000));
        QCOMPARE(git.exitCode(), 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!panel.findChild<gui::CredentialsDialog*>(), kTimeoutMs); // the third is gone
    changes->openCredentials();
    auto* fourth = opened.last().first().value<gui::CredentialsDialog*>();
    QVERIFY(fourth && fourth != third);
    QTRY_VERIFY_WITH_TIMEOUT(!fourth->isBusy(), kTimeoutMs);
    auto* helperBox = fourth->findChild<QCheckBox*>(QStringLiteral("credentials.gitHelper"));
    QVERIFY(helperBox && !helperBox->isChecked());
    auto* save = fourth->findChild<QPushButton*>(QStringLiteral("credentials.save"));
    QVERIFY(!save->isEnabled()); // nothing typed
    helperBox->setChecked(true);
    QVERIFY(save->isEnabled());
    QVERIFY(!fourth->findChild<QLineEdit*>(QStringLiteral("credentials.secret"))->isEnabled());
    QSignalSpy helperSaved(fourth, &gui::CredentialsDialog::saveFinished);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(helperSaved.size(), 1);
    QCOMPARE(LocalSettings::gitCredentialHelperRemotes(), QStringList{url});
    // The fetch after saving and a sync both sign in through git (the keychain holds nothing now).
    QTRY_VERIFY_WITH_TIMEOUT(changes->status().has_value() && !changes->isFetching(), kTimeoutMs);
    QVERIFY2(!changes->status()->fetchAuthFailed, qPrintable(changes->messageText()));
    changes->startSync();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, kTimeoutMs);
    QVERIFY2(finished.last().first().toBool(), qPrintable(changes->messageText()));
}

QTEST_MAIN(TestSyncPanelHttp)
#include "tst_syncpanel_http.moc"
