// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The assign and hand-over dialogs on the demo workspace (scanned, so the runner suggestion has real usage):
// an assignment driven through the dialog lands in teamspace.json and the activity log, a non-lead is refused
// with nothing written, the suggestion shown equals `teamspace-cli notebook suggest-runner --json` for every
// demo notebook, and removing a member who owns notebooks completes by handing them over first.
#include "CliRunner.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "models/RunnerCandidatesModel.h"
#include "panels/MembersPanel.h"
#include "panels/notebooks/AssignDialog.h"
#include "panels/notebooks/ReassignDialog.h"
#include "services/ActivityHistory.h"
#include "services/DemoWorkspace.h"
#include "services/NotebookOwnership.h"
#include "services/ScanService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestNotebookAssign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void assignsThroughTheDialogAndLogsIt();
    void aNonLeadIsRefusedAndNothingIsWritten();
    void theSuggestionEqualsTheCommandLineForEveryNotebook();
    void removingAMemberHandsTheirNotebooksOverFirst();

private:
    void openAs(const QString& me);
    gui::AssignDialog* openAssign(const QString& notebook);
    static void choose(QComboBox* combo, const QVariant& data);
    QString manifestPath() const { return m_repo + QStringLiteral("/teamspace.json"); }
    Manifest manifestOnDisk() const
    {
        auto manifest = loadManifest(m_repo);
        return manifest ? *manifest : Manifest{};
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_repo;
    QString m_shared;
    QString m_index;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<gui::MainWindow> m_window;
};

void TestNotebookAssign::initTestCase()
{
    test::isolateUserFolders();
}

void TestNotebookAssign::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_index = m_tmp->filePath(QStringLiteral("index.db"));
    auto made = services::createDemoWorkspace(m_tmp->filePath(QStringLiteral("demo")), m_index);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    m_repo = made->repoDir;
    m_shared = made->sharedDir;
    // A scan, so that the suggestion ranks by real usage (not all zero).
    auto ws = openWorkspace(WorkspaceOpenOptions{m_repo, m_shared, QStringLiteral("ana"), m_index});
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    auto scanned = services::scan(*ws, {}, services::Call{});
    QVERIFY2(scanned, scanned ? "" : qPrintable(scanned.error().message));
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<gui::MainWindow>(*m_dialogs);
    m_window->resize(1180, 720);
    m_window->show();
}

void TestNotebookAssign::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    m_tmp.reset();
}

void TestNotebookAssign::openAs(const QString& me)
{
    QSignalSpy shown(m_window.get(), &gui::MainWindow::workspaceShown);
    m_window->openWorkspace(WorkspaceOpenOptions{m_repo, m_shared, me, m_index});
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(m_window->workspace()->me, me);
}

gui::AssignDialog* TestNotebookAssign::openAssign(const QString& notebook)
{
    // The panel opens the dialog with the workspace it shows; here it is opened the same way, directly.
    auto* dialog = new gui::AssignDialog(m_window->workspace(), notebook, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (!dialog->suggestionLoaded()) {
        QSignalSpy arrived(dialog, &gui::AssignDialog::suggestionArrived);
        if (!arrived.wait(10000))
            qWarning("no suggestion for %s", qPrintable(notebook));
    }
    return dialog;
}

void TestNotebookAssign::choose(QComboBox* combo, const QVariant& data)
{
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setFocus();
    // Keyboard, as a user would: Home then Down to the entry (activated fires as for a click).
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

void TestNotebookAssign::assignsThroughTheDialogAndLogsIt()
{
    openAs(QStringLiteral("ana"));
    const Manifest before = manifestOnDisk();
    QVERIFY(!before.notebooks.isEmpty());
    const NotebookAssignment original = before.notebooks.first();
    const QString notebook = original.path;
    gui::AssignDialog* dialog = openAssign(notebook);
    QVERIFY(dialog->suggestionLoaded());
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("assignDialog.note"))->text(),
             QStringLiteral("Saved to teamspace.json; published with the next sync."));

    // A runner other than the current one, a GPU, 3 GB of outputs.
    QString runner;
    for (const Member& m : before.members)
        if (m.id != original.runner && m.id != original.owner)
            runner = m.id;
    QVERIFY(!runner.isEmpty());
    choose(dialog->findChild<QComboBox*>(QStringLiteral("assignDialog.runner")), runner);
    // Choosing the runner selects its row in the suggestion.
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("assignDialog.candidates"));
    QCOMPARE(table->currentIndex().data(RunnerCandidatesModel::MemberIdRole).toString(), runner);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("assignDialog.accelerator")), QStringLiteral("GPU"));
    auto* expected = dialog->findChild<QLineEdit*>(QStringLiteral("assignDialog.expectedOutput"));
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("assignDialog.ok"));
    expected->selectAll();
    QTest::keyClicks(expected, QStringLiteral("3 parsecs"));
    QVERIFY(!ok->isEnabled()); // invalid: said inline, nothing saved
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("assignDialog.error"))->text().isEmpty());
    expected->selectAll();
    QTest::keyClicks(expected, QStringLiteral("3GB"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("assignDialog.error"))->text().isEmpty());

    QSignalSpy saved(dialog, &gui::AssignDialog::saved);
    QPointer<gui::AssignDialog> alive(dialog);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_VERIFY(!alive || !alive->isVisible());

    const Manifest after = manifestOnDisk();
    const NotebookAssignment* changed = after.assignment(notebook);
    QVERIFY(changed);
    QCOMPARE(changed->runner, runner);
    QCOMPARE(changed->owner, original.owner);
    QCOMPARE(changed->expectedOutputBytes.value_or(-1), 3'000'000'000LL);
    QCOMPARE(changed->accelerator.value_or(QString()), QStringLiteral("GPU"));

    auto log = services::listActivity(*m_window->workspace(), {}, 50);
    QVERIFY2(log, log ? "" : qPrintable(log.error().message));
    const bool logged =
        std::any_of(log->entries.begin(), log->entries.end(), [&](const services::ActivityRow& r) {
            return r.entry.action == QStringLiteral("notebook.assign") && r.entry.path == notebook &&
                   r.entry.actor == QStringLiteral("ana");
        });
    QVERIFY2(logged, qPrintable(notebook));
}

void TestNotebookAssign::aNonLeadIsRefusedAndNothingIsWritten()
{
    openAs(QStringLiteral("ben"));
    const QByteArray before = test::readFile(manifestPath());
    const QString notebook = manifestOnDisk().notebooks.first().path;
    gui::AssignDialog* dialog = openAssign(notebook);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("assignDialog.accelerator")), QStringLiteral("TPU"));
    QSignalSpy refused(dialog, &gui::AssignDialog::refused);
    QSignalSpy saved(dialog, &gui::AssignDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("assignDialog.ok")), Qt::LeftButton);
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog->isVisible()); // stays, with what was chosen and why not
    const QString error = dialog->findChild<QLabel*>(QStringLiteral("assignDialog.error"))->text();
    QVERIFY2(error.contains(QStringLiteral("lead")), qPrintable(error));
    QCOMPARE(
        dialog->findChild<QComboBox*>(QStringLiteral("assignDialog.accelerator"))->currentData().toString(),
        QStringLiteral("TPU"));
    QCOMPARE(test::readFile(manifestPath()), before);
    // Escape cancels.
    QPointer<gui::AssignDialog> alive(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!alive || !alive->isVisible());
}

void TestNotebookAssign::theSuggestionEqualsTheCommandLineForEveryNotebook()
{
    openAs(QStringLiteral("ana"));
    const auto notebooks = services::listNotebooks(*m_window->workspace()).notebooks;
    QCOMPARE(notebooks.size(), 12);
    for (const services::NotebookListEntry& entry : notebooks) {
        const auto cli = test::runCli({QStringLiteral("--index"), m_index, QStringLiteral("--root"), m_shared,
                                       QStringLiteral("notebook"), QStringLiteral("suggest-runner"),
                                       entry.path, QStringLiteral("--json")},
                                      {}, m_repo);
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        const QJsonArray expected = cli.json().value(QStringLiteral("candidates")).toArray();
        QVERIFY(!expected.isEmpty());
        gui::AssignDialog* dialog = openAssign(entry.path);
        QVERIFY2(dialog->suggestionLoaded(), qPrintable(entry.path));
        const QAbstractItemModel* shown =
            dialog->findChild<QTableView*>(QStringLiteral("assignDialog.candidates"))->model();
        QCOMPARE(shown->rowCount(), expected.size());
        for (int row = 0; row < expected.size(); ++row) {
            const QJsonObject want = expected[row].toObject();
            const QModelIndex index = shown->index(row, 0);
            const QString where = entry.path + QStringLiteral(" row %1").arg(row);
            QCOMPARE(index.data(RunnerCandidatesModel::MemberIdRole).toString(),
                     want.value(QStringLiteral("member")).toString());
            QVERIFY2(index.data(RunnerCandidatesModel::FitsRole).toBool() ==
                         want.value(QStringLiteral("fits")).toBool(),
                     qPrintable(where));
            const QVariant headroom = index.data(RunnerCandidatesModel::HeadroomRole);
            QVERIFY2(headroom.isValid() == !want.value(QStringLiteral("headroom")).isNull(),
                     qPrintable(where));
            if (headroom.isValid())
                QCOMPARE(headroom.toLongLong(), qint64(want.value(QStringLiteral("headroom")).toDouble()));
            // The words and an icon, not colour alone; the arithmetic as the tooltip.
            const QModelIndex fits = shown->index(row, RunnerCandidatesModel::FitsColumn);
            QVERIFY2(!fits.data().toString().isEmpty(), qPrintable(where));
            QVERIFY(!fits.data(Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(fits.data(Qt::ToolTipRole).toString(),
                     want.value(QStringLiteral("explanation")).toString());
        }
        // No runner yet: the best candidate is preselected.
        const NotebookAssignment* a = m_window->workspace()->manifest.assignment(entry.path);
        if (!a || a->runner.isEmpty())
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("assignDialog.runner"))
                         ->currentData()
                         .toString(),
                     expected.first().toObject().value(QStringLiteral("member")).toString());
        dialog->close();
    }
}

void TestNotebookAssign::removingAMemberHandsTheirNotebooksOverFirst()
{
    openAs(QStringLiteral("ana"));
    const QStringList bens = services::notebooksOf(*m_window->workspace(), QStringLiteral("ben"));
    QVERIFY(!bens.isEmpty());
    QVERIFY(m_window->showPanel(QStringLiteral("members")));
    auto* members = qobject_cast<gui::MembersPanel*>(m_window->currentPanel());
    QVERIFY(members);
    members->selectMember(QStringLiteral("ben"));
    m_dialogs->questionAnswers = {true};
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("members.remove")), Qt::LeftButton);
    QTRY_COMPARE(m_dialogs->questions.size(), 1);
    QVERIFY2(m_dialogs->questions.first().startsWith(
                 QStringLiteral("ben owns or runs %1 notebooks (%2). Hand them to other members first")
                     .arg(bens.size())
                     .arg(bens.join(QStringLiteral(", ")))),
             qPrintable(m_dialogs->questions.first()));

    // Yes: the Notebooks panel opens its hand-over dialog.
    QPointer<gui::ReassignDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<gui::ReassignDialog*>()), 3000);
    QCOMPARE(m_window->currentPanel()->objectName(), QStringLiteral("panel.notebooks"));
    QCOMPARE(dialog->fromMember(), QStringLiteral("ben"));
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("reassignDialog.thenRemove"))->isChecked());
    QTRY_VERIFY(dialog->suggestionLoaded());
    choose(dialog->findChild<QComboBox*>(QStringLiteral("reassignDialog.owner")), QStringLiteral("chen"));
    choose(dialog->findChild<QComboBox*>(QStringLiteral("reassignDialog.runner")), QStringLiteral("dara"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reassignDialog.ok")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);

    const Manifest after = manifestOnDisk();
    QVERIFY(!after.member(QStringLiteral("ben")));
    for (const QString& notebook : bens) {
        const NotebookAssignment* a = after.assignment(notebook);
        QVERIFY2(a, qPrintable(notebook));
        QVERIFY2(a->owner != QStringLiteral("ben") && a->runner != QStringLiteral("ben"),
                 qPrintable(notebook));
    }
}

QTEST_MAIN(TestNotebookAssign)
#include "tst_notebookassign.moc"
