// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace --help`, `--version` and mistakes on its command line answer without a display (issue 18), and with
// none it says so instead of aborting: the built binary runs with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM
// unset, as over ssh, in a package build (help2man) or a bare container.
#include <QProcess>
#include <QTest>

class TestGuiNoDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpGoesToStdoutWithExitZero();
    void versionGoesToStdoutWithExitZero();
    void helpWinsOverTheOtherOptions();
    void unknownOptionIsAUsageError();
    void qtOptionsAreLeftToQt();
    void noDisplaySaysSoInsteadOfAborting();

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

void TestGuiNoDisplay::unknownOptionIsAUsageError()
{
    // A mistake is reported before any window system is touched: exit 2 and the option named (it aborted in
    // QApplication's display connection before).
    const Run run = runWithoutDisplay({QStringLiteral("--bogus")});
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("error: ") && run.err.contains("bogus") && run.err.contains("teamspace --help"),
             run.err.constData());
    const Run panel = runWithoutDisplay({QStringLiteral("--panel"), QStringLiteral("nowhere")});
    QCOMPARE(panel.status, QProcess::NormalExit);
    QCOMPARE(panel.exitCode, 2);
    QVERIFY2(panel.err.contains("nowhere"), panel.err.constData());
}

void TestGuiNoDisplay::qtOptionsAreLeftToQt()
{
    // Qt's own options (with their values, one dash or two, joined with '=') are not mistakes of ours.
    const Run run = runWithoutDisplay({QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("--reverse"),
                                       QStringLiteral("-stylesheet=x.qss"), QStringLiteral("--version")});
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("teamspace " TEAMSPACE_VERSION "\n"));
    // A value that looks like an option stays the option's value: "-title --bogus" is Qt's title.
    const Run title = runWithoutDisplay({QStringLiteral("-title"), QStringLiteral("--bogus"), QStringLiteral("--version")});
    QCOMPARE(title.exitCode, 0);
    QVERIFY2(title.out.startsWith("teamspace "), title.err.constData());
}

void TestGuiNoDisplay::noDisplaySaysSoInsteadOfAborting()
{
    const Run run = runWithoutDisplay({});
    QCOMPARE(run.status, QProcess::NormalExit); // Qt's "could not connect to display" aborted (SIGABRT) before
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.startsWith("error: no display") && run.err.contains("DISPLAY") &&
                 run.err.contains("teamspace-cli"),
             run.err.constData());
    // With a platform asked for, it is Qt's to open: -platform offscreen --panel BAD still fails on the panel.
    const Run offscreen = runWithoutDisplay({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                             QStringLiteral("--panel"), QStringLiteral("nowhere")});
    QCOMPARE(offscreen.exitCode, 2);
    QVERIFY2(offscreen.err.contains("nowhere"), offscreen.err.constData());
}

QTEST_GUILESS_MAIN(TestGuiNoDisplay)
#include "tst_gui_nodisplay.moc"
