// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The main window as a desktop application is expected to behave: the platform's standard key sequences
// (Quit, Reload, Preferences, Open, Find in the panels that search), About with the licence and About Qt in
// the Help menu, and every splitter's sizes — the main one and each panel's — restored at the next start.
#include "MainWindow.h"
#include "SampleWorkspace.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ts;

namespace {

QAction* action(const QWidget& window, const char* name)
{
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

// Every binding the platform has for `key` is on the action; where it has none, `fallback` is.
bool hasStandardKeys(const QAction* action, QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    const QList<QKeySequence> platform = QKeySequence::keyBindings(key);
    const QList<QKeySequence> shortcuts = action->shortcuts();
    if (platform.isEmpty())
        return shortcuts == QList<QKeySequence>{fallback};
    for (const QKeySequence& sequence : platform)
        if (!shortcuts.contains(sequence))
            return false;
    return true;
}

} // namespace

class TestShellStandards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void standardKeySequences();
    void aboutShowsTheLicence();
    void aboutQtIsInTheHelpMenu();
    void splittersAreRestoredPerPanel();

private:
    QTemporaryDir m_repo, m_root;
    test::ScriptedDialogs m_dialogs;
};

void TestShellStandards::standardKeySequences()
{
    gui::MainWindow window(m_dialogs);
    QVERIFY(hasStandardKeys(action(window, "action.quit"), QKeySequence::Quit,
                            QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QVERIFY(
        hasStandardKeys(action(window, "action.refresh"), QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    QVERIFY(action(window, "action.refresh")->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(hasStandardKeys(action(window, "action.preferences"), QKeySequence::Preferences,
                            QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QVERIFY(hasStandardKeys(action(window, "action.open"), QKeySequence::Open,
                            QKeySequence(Qt::CTRL | Qt::Key_O)));
    QCOMPARE(action(window, "action.quit")->menuRole(), QAction::QuitRole);
    QCOMPARE(action(window, "action.preferences")->menuRole(), QAction::PreferencesRole);
    // The panels that search take the platform's Find key while they have the focus.
    for (const char* find : {"notebooks.action.find", "activity.action.find"}) {
        QAction* a = action(window, find);
        QVERIFY2(a, find);
        QCOMPARE(a->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    }
    // The areas: Ctrl+1…8 in the navigation's order.
    QCOMPARE(action(window, "action.show.overview")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(action(window, "action.show.activity")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_8));
}

void TestShellStandards::aboutShowsTheLicence()
{
    gui::MainWindow window(m_dialogs);
    window.show();
    action(window, "action.about")->trigger();
    auto* text = window.findChild<QLabel*>(QStringLiteral("about.text"));
    QVERIFY(text);
    QVERIFY(text->text().contains(QStringLiteral("Apache License, Version 2.0")));
    QVERIFY(text->text().contains(QStringLiteral("WITHOUT WARRANTIES")));
    QVERIFY(text->text().contains(QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0")));
}

void TestShellStandards::aboutQtIsInTheHelpMenu()
{
    gui::MainWindow window(m_dialogs);
    window.show();
    auto* help = window.findChild<QMenu*>(QStringLiteral("menu.help"));
    QVERIFY(help);
    QAction* aboutQt = action(window, "action.aboutQt");
    QVERIFY(aboutQt);
    QVERIFY(help->actions().contains(aboutQt));
    QVERIFY(help->actions().contains(action(window, "action.about")));
    QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
    // Qt's own box opens (modal, with its own event loop): read it and close it from inside.
    QString title, text;
    int tries = 0;
    std::function<void()> readAndClose = [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (++tries < 100)
                QTimer::singleShot(50, this, readAndClose);
            return;
        }
        title = box->windowTitle();
        text = box->text();
        box->close();
    };
    QTimer::singleShot(0, this, readAndClose);
    aboutQt->trigger();
    QCOMPARE(title, QStringLiteral("About Qt"));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
}

void TestShellStandards::splittersAreRestoredPerPanel()
{
    // Sizes a user dragged to, different from every default.
    const QList<std::pair<QString, QString>> dragged{
        {QStringLiteral("overview"), QStringLiteral("mainSplitter")},
        {QStringLiteral("storage"), QStringLiteral("storage.browseSplit")},
        {QStringLiteral("storage"), QStringLiteral("storage.split")}};
    // (the sample workspace has no index, notebooks or sync result: those panels show one side of their splitters)
    QMap<QString, QList<int>> closedWith;
    {
        gui::MainWindow first(m_dialogs);
        first.resize(1100, 700);
        first.show();
        first.showWorkspace(test::sampleWorkspace(m_repo.path(), m_root.path()));
        for (const auto& [panel, name] : dragged) {
            QVERIFY(first.showPanel(panel));
            auto* splitter = first.findChild<QSplitter*>(name);
            QVERIFY2(splitter, qPrintable(name));
            QTRY_VERIFY2(splitter->sizes().value(0) > 0 && splitter->sizes().value(1) > 0, // laid out
                         qPrintable(name + QStringLiteral(": %1 %2").arg(splitter->sizes().value(0)).arg(splitter->sizes().value(1))));
            QList<int> sizes = splitter->sizes();
            QCOMPARE(sizes.size(), 2);
            const int total = sizes[0] + sizes[1];
            splitter->setSizes({total * 2 / 5 + 7, total - total * 2 / 5 - 7});
            QVERIFY2(splitter->sizes() != sizes, qPrintable(name));
            closedWith[name] = splitter->sizes();
        }
        first.close();
    }
    gui::MainWindow next(m_dialogs); // the next start
    next.resize(1100, 700);
    next.show();
    next.showWorkspace(test::sampleWorkspace(m_repo.path(), m_root.path()));
    for (const auto& [panel, name] : dragged) {
        QVERIFY(next.showPanel(panel));
        QTRY_COMPARE(next.findChild<QSplitter*>(name)->sizes(), closedWith[name]);
    }
}

QTEST_MAIN(TestShellStandards)
#include "tst_shellstandards.moc"
