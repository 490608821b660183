// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace --help` and `--version` answer without a display (issue 18): the built binary runs with DISPLAY,
// WAYLAND_DISPLAY and QT_QPA_PLATFORM unset, as over ssh, in a package build (help2man) or a bare container.
#include <QProcess>
#include <QTest>

class TestGuiNoDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpGoesToStdoutWithExitZero();
    void versionGoesToStdoutWithExitZero();
    void helpWinsOverTheOtherOptions();

private:
    struct Run
    {
        int exitCode;
        QProcess::ExitStatus status;
        QByteArray out;
        QByteArray err;
    };
    static Run runWithoutDisplay(const QStringList& args);
};

TestGuiNoDisplay::Run TestGuiNoDisplay::runWithoutDisplay(const QStringList& args)
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(TEAMSPACE_GUI_PATH), args);
    if (!gui.waitForFinished(60000))
        return {-1, QProcess::CrashExit, {}, "did not finish in 60 s"};
    return {gui.exitCode(), gui.exitStatus(), gui.readAllStandardOutput(), gui.readAllStandardError()};
}

void TestGuiNoDisplay::helpGoesToStdoutWithExitZero()
{
    const Run run = runWithoutDisplay({QStringLiteral("--help")});
    QCOMPARE(run.status, QProcess::NormalExit); // it aborted (SIGABRT, rc 134) before the fix
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(run.out.contains("Usage: ") && run.out.contains("--version") && run.out.contains("--panel"),
             run.out.constData());
}

void TestGuiNoDisplay::versionGoesToStdoutWithExitZero()
{
    const Run run = runWithoutDisplay({QStringLiteral("--version")});
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("teamspace " TEAMSPACE_VERSION "\n"));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

void TestGuiNoDisplay::helpWinsOverTheOtherOptions()
{
    // --help with options that would open a workspace: the help, and no window.
    const Run run =
        runWithoutDisplay({QStringLiteral("--panel"), QStringLiteral("storage"), QStringLiteral("-h")});
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Usage: "));
}

QTEST_GUILESS_MAIN(TestGuiNoDisplay)
#include "tst_gui_nodisplay.moc"
