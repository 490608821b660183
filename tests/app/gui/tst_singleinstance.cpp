// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One Teamspace process per workspace: a second `teamspace` (a real process) asked to open a workspace this
// process shows brings this window to the front and quits; windows of one process share a workspace; a lock
// left by a crashed process is taken over.
#include "InstanceGuard.h"
#include "MainWindow.h"
#include "SampleWorkspace.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void aSecondProcessRaisesTheFirstAndQuits();
    void windowsOfOneProcessShareAWorkspace();
    void aCrashedHoldersLockIsTakenOver();
};

void TestSingleInstance::aSecondProcessRaisesTheFirstAndQuits()
{
    QTemporaryDir repo;
    test::writeSampleManifest(repo.path());
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.show();
    QSignalSpy shown(&window, &gui::MainWindow::workspaceShown);
    window.openWorkspace(WorkspaceOpenOptions{repo.path(), {}, QStringLiteral("ben"), {}});
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(QFile::exists(gui::InstanceGuard::lockPath(repo.path())));

    QSignalSpy raised(&window, &gui::MainWindow::raisedForAnotherWindow);
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(TEAMSPACE_GUI_PATH),
                 {repo.path(), QStringLiteral("--as"), QStringLiteral("chen")});
    QVERIFY(second.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 30000);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(window.workspace()->me, QStringLiteral("ben")); // this window is as it was
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Vision Lab was opened again: this window already shows it"));

    // Once this window shows another workspace, a second process opens the first one and keeps running.
    QTemporaryDir other;
    test::writeSampleManifest(other.path());
    window.openWorkspace(WorkspaceOpenOptions{other.path(), {}, QStringLiteral("ben"), {}});
    QTRY_COMPARE(shown.count(), 2);
    QProcess third;
    third.setProcessEnvironment(env);
    third.start(QStringLiteral(TEAMSPACE_GUI_PATH),
                {repo.path(), QStringLiteral("--as"), QStringLiteral("chen")});
    QVERIFY(third.waitForStarted(10000));
    // It holds the workspace once its lock names it (QLockFile's first line is the holder's pid).
    const QString lock = gui::InstanceGuard::lockPath(repo.path());
    QTRY_VERIFY_WITH_TIMEOUT(test::readFile(lock).split('\n').value(0).toLongLong() == third.processId(),
                             30000);
    // Now this window is refused, and the third process is asked to come forward.
    QSignalSpy elsewhere(&window, &gui::MainWindow::openElsewhere);
    window.openWorkspace(WorkspaceOpenOptions{repo.path(), {}, QStringLiteral("ben"), {}});
    QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, 30000);
    QCOMPARE(window.workspace()->repoDir, other.path());
    QCOMPARE(dialogs.errors.value(0).first, QStringLiteral("Workspace already open"));
    QCOMPARE(third.state(), QProcess::Running);
    third.kill(); // the process this test started
    QVERIFY(third.waitForFinished(10000));
}

void TestSingleInstance::windowsOfOneProcessShareAWorkspace()
{
    QTemporaryDir repo;
    test::writeSampleManifest(repo.path());
    test::ScriptedDialogs dialogs;
    gui::MainWindow first(dialogs);
    gui::MainWindow second(dialogs);
    QSignalSpy firstShown(&first, &gui::MainWindow::workspaceShown);
    QSignalSpy secondShown(&second, &gui::MainWindow::workspaceShown);
    first.openWorkspace(WorkspaceOpenOptions{repo.path(), {}, QStringLiteral("ben"), {}});
    QTRY_COMPARE(firstShown.count(), 1);
    second.openWorkspace(WorkspaceOpenOptions{repo.path(), {}, QStringLiteral("chen"), {}});
    QTRY_COMPARE(secondShown.count(), 1);
    QVERIFY(dialogs.errors.isEmpty());
}

void TestSingleInstance::aCrashedHoldersLockIsTakenOver()
{
    QTemporaryDir repo;
    test::writeSampleManifest(repo.path());
    // QLockFile's format: pid, application name, host name. No process has this pid now.
    test::writeFile(gui::InstanceGuard::lockPath(repo.path()),
                    QByteArray("2147480000\nteamspace\n") + QSysInfo::machineHostName().toUtf8() + "\n");
    gui::InstanceGuard guard;
    QVERIFY(guard.claim(repo.path()));
    QCOMPARE(guard.claimed(), repo.path());
    guard.release();
    QVERIFY(!QFile::exists(gui::InstanceGuard::lockPath(repo.path())));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
