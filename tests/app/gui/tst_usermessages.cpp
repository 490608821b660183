// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Messages from core/ that the GUI shows say what to do in the app, never which flag to pass: the real
// messages of core/ (copied from their sources) through inAppWords().
#include "UserMessages.h"

#include <QTest>

using ts::gui::inAppWords;

class TestUserMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rewrites_data();
    void rewrites();
    void leavesOtherMessagesAlone();
};

void TestUserMessages::rewrites_data()
{
    QTest::addColumn<QString>("core");
    QTest::addColumn<QString>("gui");
    QTest::newRow("unknown identity")
        << "--as zoe: no such member in teamspace.json (see `teamspace-cli member list`)"
        << "zoe: no such member in teamspace.json (see the Members panel); set who you are in Preferences";
    QTest::newRow("who are you")
        << "/w/teamspace.json: who are you in this workspace? pass --as MEMBER (only the lead changes the "
           "team)"
        << "/w/teamspace.json: who are you in this workspace? set who you are in Preferences (only the lead "
           "changes the team)";
    QTest::newRow("not a lead") << "ben is not a lead of Vision Lab (ask the lead, or act --as the lead)"
                                << "ben is not a lead of Vision Lab (ask the lead)";
    QTest::newRow("sync identity") << "sync: \"zoe\" is not a member of this workspace (pass --as MEMBER)"
                                   << "sync: \"zoe\" is not a member of this workspace (set who you are in "
                                      "Preferences)";
    QTest::newRow("shared folder")
        << "/mnt/lab: the shared folder is not there (mount it, or pass --root DIR)"
        << "/mnt/lab: the shared folder is not there (mount it, or choose where it "
           "is in Preferences)";
    QTest::newRow("root missing") << "/mnt/lab: the folder does not exist (check --root or --workspace)"
                                  << "/mnt/lab: the folder does not exist (check the shared folder in "
                                     "Preferences)";
    QTest::newRow("no workspace")
        << "/tmp/x: not inside a Teamspace workspace (no teamspace.json here or above; pass --workspace DIR "
           "or "
           "run `teamspace-cli init`)"
        << "/tmp/x: not inside a Teamspace workspace (no teamspace.json here or above; open the folder that "
           "holds teamspace.json, or create a new workspace)";
    QTest::newRow("no index") << "/w: nothing indexed yet (run `teamspace-cli scan` first)"
                              << "/w: nothing indexed yet (scan in the Storage panel first)";
    QTest::newRow("no baseline")
        << "data/raw: no baseline recorded on this machine (run `teamspace-cli raw baseline`)"
        << "data/raw: no baseline recorded on this machine (record one in the Raw data panel)";
    QTest::newRow("owner") << "--owner zed: no such member (see `teamspace-cli member list`)"
                           << "owner zed: no such member (see the Members panel)";
    QTest::newRow("credentials")
        << "https://git.example/lab.git: no credentials (store them with `teamspace-cli credentials set "
           "--remote https://git.example/lab.git --username U`)"
        << "https://git.example/lab.git: no credentials (store them with Credentials… in the Sync panel)";
    QTest::newRow("no keychain") // sync/CredentialChoice.cpp waysWithoutKeychain, KeychainCredentialStore.cpp
        << "no keychain is reachable (no D-Bus session) to read the credential for https://git.example/lab.git: "
           "Cannot autolaunch D-Bus without X11 $DISPLAY; set TEAMSPACE_GIT_TOKEN for this run, or run "
           "`teamspace-cli credentials use-git-helper https://git.example/lab.git` to use git's credential "
           "helpers, or start a keyring (gnome-keyring or KWallet) and unlock it"
        << "no keychain is reachable (no D-Bus session) to read the credential for https://git.example/lab.git: "
           "Cannot autolaunch D-Bus without X11 $DISPLAY; start a keyring (gnome-keyring or KWallet) and unlock "
           "it, then sign in again; or let git's credential helpers sign in to https://git.example/lab.git "
           "(Credentials… in the Sync panel); or start Teamspace with TEAMSPACE_GIT_TOKEN set to a token";
    QTest::newRow("no credential") // git/GitRemote.cpp's credential callback
        << "authentication failed for https://git.example/lab.git: no credential stored (run `teamspace-cli "
           "credentials set --remote https://git.example/lab.git --username U`, or set TEAMSPACE_GIT_TOKEN for "
           "this run, or opt in to git's credential helpers with `teamspace-cli credentials use-git-helper "
           "https://git.example/lab.git`)"
        << "authentication failed for https://git.example/lab.git: no credential stored (sign in with "
           "Credentials… in the Sync panel, with a password or token or through git's credential helpers; or "
           "start Teamspace with TEAMSPACE_GIT_TOKEN set to a token)";
    QTest::newRow("database")
        << "/d/index.sqlite: the local database has schema 9, newer than this Teamspace "
           "(4); update Teamspace or pass --index with another file"
        << "/d/index.sqlite: the local database has schema 9, newer than this Teamspace "
           "(4); update Teamspace";
    QTest::newRow("other command") << "a.ipynb: nbformat 3 (run `teamspace-cli notebook strip --upgrade`)"
                                   << "a.ipynb: nbformat 3 (run “notebook strip”)";
}

void TestUserMessages::rewrites()
{
    QFETCH(QString, core);
    QFETCH(QString, gui);
    const QString shown = inAppWords(core);
    QCOMPARE(shown, gui);
    QVERIFY2(!shown.contains(QLatin1String("--")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("teamspace-cli")), qPrintable(shown));
}

void TestUserMessages::leavesOtherMessagesAlone()
{
    const QString plain = QStringLiteral("/w/data/raw: permission denied — ask ana to protect it");
    QCOMPARE(inAppWords(plain), plain);
    QCOMPARE(inAppWords(QString()), QString());
}

QTEST_MAIN(TestUserMessages)
#include "tst_usermessages.moc"
