// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What a screen reader hears: every view in every panel of the catalog (tables, trees, lists, the treemap),
// every text field and every button without text carries an accessible name, the views and the navigation a
// description too. Walks the main window with a workspace shown, panel by panel, and lists every widget that
// lacks one (by object name and class) in one failure.
#include "MainWindow.h"
#include "SampleWorkspace.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "panels/PanelCatalog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

namespace {

// Parts Qt builds inside its own widgets (a combo box's list, a spin box's field, a tab bar's scroll arrows,
// a line edit's clear button, a table's corner button): Qt names those itself.
bool insideQtWidget(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget())
        if (qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
            qobject_cast<const QTabBar*>(w) || qobject_cast<const QLineEdit*>(w) ||
            qobject_cast<const QAbstractItemView*>(w)) // a table's corner button, an open cell editor
            return true;
    return widget->objectName().startsWith(u"qt_");
}

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
}

// What `root` lacks: views without a name or description, fields and text-less buttons without a name.
QStringList unnamed(const QWidget* root)
{
    QStringList missing;
    for (const QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (qobject_cast<const QHeaderView*>(view) || insideQtWidget(view))
            continue;
        if (view->accessibleName().isEmpty())
            missing << describe(view) + QStringLiteral(": no accessible name");
        if (view->accessibleDescription().isEmpty())
            missing << describe(view) + QStringLiteral(": no accessible description");
    }
    for (const QLineEdit* field : root->findChildren<QLineEdit*>())
        if (!insideQtWidget(field) && field->accessibleName().isEmpty())
            missing << describe(field) + QStringLiteral(": no accessible name");
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (!insideQtWidget(button) && button->text().isEmpty() && button->accessibleName().isEmpty())
            missing << describe(button) + QStringLiteral(": no text and no accessible name");
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void theNavigationIsNamed();
    void everyPanelNamesItsViewsFieldsAndButtons();
};

void TestAccessibility::theNavigationIsNamed()
{
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QVERIFY(!navigation->accessibleName().isEmpty());
    QVERIFY(!navigation->accessibleDescription().isEmpty());
}

void TestAccessibility::everyPanelNamesItsViewsFieldsAndButtons()
{
    QTemporaryDir repo, root;
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.show();
    window.showWorkspace(test::sampleWorkspace(repo.path(), root.path()));
    QStringList missing;
    int panels = 0, views = 0;
    for (const gui::PanelSlot& slot : gui::panelSlots()) {
        QVERIFY2(window.showPanel(slot.id), qPrintable(slot.id));
        QCoreApplication::processEvents();
        ++panels;
        views += window.panel(slot.id)->findChildren<QAbstractItemView*>().size();
        for (const QString& lack : unnamed(window.panel(slot.id)))
            missing << slot.id + QStringLiteral(": ") + lack;
    }
    QCOMPARE(panels, 8);
    // The treemap is no item view: a widget that paints, named and described by itself.
    auto* treemap = window.findChild<QWidget*>(QStringLiteral("storage.treemap.canvas"));
    QVERIFY(treemap);
    QCOMPARE(treemap->accessibleName(), QStringLiteral("Treemap"));
    QVERIFY2(views >= 15, qPrintable(QString::number(views)));
    QVERIFY2(missing.isEmpty(), qPrintable(u'\n' + missing.join(u'\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
