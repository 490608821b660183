// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Members panel on a real workspace on disk: the table, add / edit / remove through the dialog and the
// question seam, inline validation that changes nothing, refusals from the core, and a non-lead's view.
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"
#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "models/MembersModel.h"
#include "panels/MemberDialog.h"
#include "panels/MembersPanel.h"
#include "workspace/WorkspaceEditor.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;

class TestMembersPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheTeamFromDisk();
    void addsAMemberWithTheirFolders();
    void invalidFieldsAreShownInlineAndChangeNothing();
    void aFailedSaveKeepsTheDialogOpenWithTheReason();
    void editsAMember();
    void editingOnlyTheNameKeepsTheQuotaBytes();
    void removesAMemberAfterConfirmationAndKeepsTheirFolders();
    void declinedRemovalChangesNothing();
    void theCoreRefusesRemovingTheOnlyLead();
    void aMemberWhoIsNotLeadCannotChangeTheTeam();

private:
    void openAs(const QString& me);
    gui::MemberDialog* openDialog(const char* button);
    void fill(gui::MemberDialog* dialog, const char* field, const QString& text);
    QPushButton* button(const char* name)
    {
        return m_window->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    void select(const QString& id)
    {
        m_panel->selectMember(id);
        QCOMPARE(m_panel->selectedMemberId(), id);
    }
    Manifest manifestOnDisk() const;
    QMap<QString, QByteArray> snapshot() const;

    std::unique_ptr<QTemporaryDir> m_repo;
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<gui::MainWindow> m_window;
    gui::MembersPanel* m_panel = nullptr;
};

void TestMembersPanel::initTestCase()
{
    test::isolateUserFolders();
}

void TestMembersPanel::init()
{
    m_repo = std::make_unique<QTemporaryDir>();
    m_root = std::make_unique<QTemporaryDir>();
    test::makeWorkspace(m_repo->path(), m_root->path(), QStringLiteral("colab-team"),
                        {QStringLiteral("ben"), QStringLiteral("chen")});
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<gui::MainWindow>(*m_dialogs);
    m_window->show();
}

void TestMembersPanel::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
}

void TestMembersPanel::openAs(const QString& me)
{
    QSignalSpy shown(m_window.get(), &gui::MainWindow::workspaceShown);
    m_window->openWorkspace(WorkspaceOpenOptions{m_repo->path(), m_root->path(), me, {}});
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(m_window->showPanel(QStringLiteral("members")));
    m_panel = qobject_cast<gui::MembersPanel*>(m_window->currentPanel());
    QVERIFY(m_panel);
}

gui::MemberDialog* TestMembersPanel::openDialog(const char* name)
{
    QPushButton* b = button(name);
    if (!b || !b->isEnabled())
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    return m_panel->findChild<gui::MemberDialog*>(QStringLiteral("memberDialog"));
}

void TestMembersPanel::fill(gui::MemberDialog* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(field));
    QVERIFY2(edit, field);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

Manifest TestMembersPanel::manifestOnDisk() const
{
    auto manifest = loadManifest(m_repo->path());
    return manifest ? *manifest : Manifest{};
}

QMap<QString, QByteArray> TestMembersPanel::snapshot() const
{
    auto tree = test::snapshotTree(m_repo->path());
    const auto root = test::snapshotTree(m_root->path());
    for (auto it = root.begin(); it != root.end(); ++it)
        tree.insert(QStringLiteral("ROOT/") + it.key(), it.value());
    return tree;
}

void TestMembersPanel::showsTheTeamFromDisk()
{
    openAs(QStringLiteral("ana"));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("members.table"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, MembersModel::IdColumn).data().toString(), QStringLiteral("ana"));
    QCOMPARE(table->model()->index(1, MembersModel::NameColumn).data().toString(), QStringLiteral("BEN"));
    QCOMPARE(table->model()->index(2, MembersModel::QuotaColumn).data().toString(),
             QStringLiteral("1.0 GiB"));
    QCOMPARE(table->model()->index(0, MembersModel::RoleColumn).data().toString(), QStringLiteral("lead"));
    // Presentation is the proxy's: my row bold, a lead icon, quotas right-aligned.
    QVERIFY(table->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!table->model()->index(1, 0).data(Qt::FontRole).isValid());
    QVERIFY(!table->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(table->model()
                 ->index(0, MembersModel::QuotaColumn)
                 .data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("members.summary"))->text(),
             QStringLiteral("3 members, 2.0 GiB of quota in total"));
    QVERIFY(button("members.add")->isEnabled());
    QVERIFY(!button("members.edit")->isEnabled()); // nothing selected yet
    select(QStringLiteral("ben"));
    QVERIFY(button("members.edit")->isEnabled());
    QVERIFY(button("members.remove")->isEnabled());
}

void TestMembersPanel::addsAMemberWithTheirFolders()
{
    openAs(QStringLiteral("ana"));
    QSignalSpy shown(m_window.get(), &gui::MainWindow::workspaceShown);
    gui::MemberDialog* dialog = openDialog("members.add");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    fill(dialog, "memberDialog.id", QStringLiteral("dana"));
    fill(dialog, "memberDialog.name", QStringLiteral("Dana Novak"));
    fill(dialog, "memberDialog.email", QStringLiteral("dana@lab.example"));
    fill(dialog, "memberDialog.quota", QStringLiteral("5GB"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("memberDialog.ok")), Qt::LeftButton);

    QTRY_COMPARE(shown.count(), 1); // saved in the background, then the workspace reloaded from disk
    QTRY_VERIFY(!m_panel->findChild<gui::MemberDialog*>(QStringLiteral("memberDialog")));
    const Manifest onDisk = manifestOnDisk(); // keep it alive: member() points into it
    const Member* dana = onDisk.member(QStringLiteral("dana"));
    QVERIFY(dana);
    QCOMPARE(dana->name, QStringLiteral("Dana Novak"));
    QCOMPARE(dana->email, QStringLiteral("dana@lab.example"));
    QVERIFY(dana->role == MemberRole::Member);
    QCOMPARE(dana->quotaBytes.value_or(-1), 5'000'000'000LL);
    QVERIFY(QFileInfo(m_root->filePath(QStringLiteral("results/dana"))).isDir());
    QVERIFY(QFileInfo(m_root->filePath(QStringLiteral("checkpoints/dana"))).isDir());
    QVERIFY(QFileInfo(m_repo->filePath(QStringLiteral("notebooks/dana"))).isDir());
    QCOMPARE(m_panel->model()->rowCount(), 4);
    QCOMPARE(m_panel->selectedMemberId(), QStringLiteral("dana"));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Added dana; created ")));

    // The change is in the activity log, attributed to the lead who made it.
    auto db = db::openLocalDatabase(m_window->workspace()->databasePath);
    QVERIFY(db.ok());
    auto entries = ActivityLog::query(*db);
    QVERIFY(entries.ok());
    const auto added = std::find_if(entries->begin(), entries->end(), [](const ActivityEntry& e) {
        return e.action == QStringLiteral("member.add");
    });
    QVERIFY(added != entries->end());
    QCOMPARE(added->actor, QStringLiteral("ana"));
    QVERIFY(added->detail.startsWith(QStringLiteral("added dana")));
}

void TestMembersPanel::invalidFieldsAreShownInlineAndChangeNothing()
{
    openAs(QStringLiteral("ana"));
    const auto before = snapshot();
    gui::MemberDialog* dialog = openDialog("members.add");
    QVERIFY(dialog);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("memberDialog.error"));
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("memberDialog.ok"));
    auto submitShows = [&](const QString& expected) {
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(error->text(), expected);
        QVERIFY(dialog->isVisible());
    };

    fill(dialog, "memberDialog.id", QStringLiteral("Dana!"));
    fill(dialog, "memberDialog.name", QStringLiteral("Dana Novak"));
    fill(dialog, "memberDialog.email", QStringLiteral("dana@lab.example"));
    submitShows(QStringLiteral("member id \"Dana!\" is not a valid member id (use a-z, 0-9, . _ -)"));

    fill(dialog, "memberDialog.id", QStringLiteral("ben"));
    submitShows(QStringLiteral("member ben already exists (choose another id)"));

    fill(dialog, "memberDialog.id", QStringLiteral("dana"));
    fill(dialog, "memberDialog.email", QStringLiteral("dana at lab"));
    submitShows(QStringLiteral("member dana: the e-mail \"dana at lab\" is not an address (name@host)"));

    fill(dialog, "memberDialog.email", QStringLiteral("dana@lab.example"));
    fill(dialog, "memberDialog.quota", QStringLiteral("lots"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(error->text().startsWith(QStringLiteral("quota")), qPrintable(error->text()));

    // Typing again clears the message; cancelling leaves everything as it was.
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.quota")),
                     QStringLiteral("x"));
    QVERIFY(error->text().isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("memberDialog.cancel")), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<gui::MemberDialog*>(QStringLiteral("memberDialog")));
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_panel->model()->rowCount(), 3);
}

void TestMembersPanel::aFailedSaveKeepsTheDialogOpenWithTheReason()
{
    openAs(QStringLiteral("ana"));
    // The manifest cannot be replaced (a folder stands in its place): the core's save fails.
    const QString manifestPath = m_repo->filePath(QStringLiteral("teamspace.json"));
    QVERIFY(QFile::remove(manifestPath));
    QVERIFY(QDir().mkdir(manifestPath));
    gui::MemberDialog* dialog = openDialog("members.add");
    QVERIFY(dialog);
    fill(dialog, "memberDialog.id", QStringLiteral("dana"));
    fill(dialog, "memberDialog.name", QStringLiteral("Dana Novak"));
    fill(dialog, "memberDialog.email", QStringLiteral("dana@lab.example"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("memberDialog.ok")), Qt::LeftButton);

    auto* error = dialog->findChild<QLabel*>(QStringLiteral("memberDialog.error"));
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY2(error->text().contains(QStringLiteral("teamspace.json")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.name"))->text(),
             QStringLiteral("Dana Novak"));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("memberDialog.ok"))->isEnabled()); // can try again
    QVERIFY(!QFileInfo::exists(m_root->filePath(QStringLiteral("results/dana"))));
    QCOMPARE(m_panel->model()->rowCount(), 3);
}

void TestMembersPanel::editsAMember()
{
    openAs(QStringLiteral("ana"));
    select(QStringLiteral("ben"));
    QSignalSpy shown(m_window.get(), &gui::MainWindow::workspaceShown);
    gui::MemberDialog* dialog = openDialog("members.edit");
    QVERIFY(dialog);
    auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.id"));
    QCOMPARE(id->text(), QStringLiteral("ben"));
    QVERIFY(id->isReadOnly());
    // It looks read-only: no frame, no field background, and says why it cannot change.
    QVERIFY(!id->hasFrame());
    QVERIFY(id->toolTip().contains(QStringLiteral("cannot be changed")));
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.name"))->hasFrame());
    {
        // The field paints no base of its own: right of the text, the grab shows the window colour where the
        // dialog is on screen (xcb) and nothing at all (a transparent pixel) where it is not (offscreen).
        const QImage look = id->grab().toImage();
        const QColor inside = look.pixelColor(look.width() - 4, look.height() / 2);
        QVERIFY2(inside.alpha() == 0 || inside.rgb() == dialog->palette().color(QPalette::Window).rgb(),
                 qPrintable(inside.name(QColor::HexArgb)));
    }
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.quota"))->text(),
             QStringLiteral("1.0 GiB"));
    fill(dialog, "memberDialog.name", QStringLiteral("Ben Okafor"));
    fill(dialog, "memberDialog.quota", QStringLiteral("2GiB"));
    dialog->findChild<QComboBox*>(QStringLiteral("memberDialog.role"))->setCurrentIndex(1); // lead
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("memberDialog.ok")), Qt::LeftButton);

    QTRY_COMPARE(shown.count(), 1);
    const Manifest onDisk = manifestOnDisk(); // keep it alive: member() points into it
    const Member* ben = onDisk.member(QStringLiteral("ben"));
    QVERIFY(ben);
    QCOMPARE(ben->name, QStringLiteral("Ben Okafor"));
    QCOMPARE(ben->quotaBytes.value_or(-1), 2LL << 30);
    QVERIFY(ben->role == MemberRole::Lead);
    QCOMPARE(ben->email, QStringLiteral("ben@example.org"));
    const int row = m_panel->model()->rowOf(QStringLiteral("ben"));
    QCOMPARE(m_panel->model()->index(row, MembersModel::NameColumn).data().toString(),
             QStringLiteral("Ben Okafor"));
    QCOMPARE(m_panel->selectedMemberId(), QStringLiteral("ben"));
}

void TestMembersPanel::editingOnlyTheNameKeepsTheQuotaBytes()
{
    // Issue 13: a 12,000,000,000-byte quota shows as "11.2 GiB"; saving a new name parsed that text back and
    // wrote 12,025,908,429.
    {
        auto ws =
            openWorkspace(WorkspaceOpenOptions{m_repo->path(), m_root->path(), QStringLiteral("ana"), {}});
        QVERIFY(ws.ok());
        Member ben = *ws->manifest.member(QStringLiteral("ben"));
        ben.quotaBytes = 12'000'000'000LL;
        QVERIFY(WorkspaceEditor(*ws).updateMember(ben).ok());
    }
    openAs(QStringLiteral("ana"));
    select(QStringLiteral("ben"));
    QSignalSpy shown(m_window.get(), &gui::MainWindow::workspaceShown);
    gui::MemberDialog* dialog = openDialog("members.edit");
    QVERIFY(dialog);
    auto* quota = dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.quota"));
    QCOMPARE(quota->text(), QStringLiteral("11.2 GiB"));
    QVERIFY2(quota->toolTip().startsWith(
                 QStringLiteral("Exactly %1 bytes.").arg(QLocale().toString(12'000'000'000LL))),
             qPrintable(quota->toolTip()));
    fill(dialog, "memberDialog.name", QStringLiteral("Ben Okafor"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("memberDialog.ok")), Qt::LeftButton);
    QTRY_VERIFY(shown.count() >= 1);
    {
        const Manifest onDisk = manifestOnDisk();
        QCOMPARE(onDisk.member(QStringLiteral("ben"))->name, QStringLiteral("Ben Okafor"));
        QCOMPARE(onDisk.member(QStringLiteral("ben"))->quotaBytes.value_or(-1), 12'000'000'000LL);
    }

    // A quota the user does type is parsed, and the tooltip follows the text.
    select(QStringLiteral("ben"));
    dialog = openDialog("members.edit");
    QVERIFY(dialog);
    quota = dialog->findChild<QLineEdit*>(QStringLiteral("memberDialog.quota"));
    fill(dialog, "memberDialog.quota", QStringLiteral("11.2GiB")); // typed: 11.2 × 2^30 bytes
    QVERIFY2(quota->toolTip().startsWith(
                 QStringLiteral("Exactly %1 bytes.").arg(QLocale().toString(12'025'908'429LL))),
             qPrintable(quota->toolTip()));
    fill(dialog, "memberDialog.quota", QStringLiteral("12GB"));
    const int before = shown.count();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("memberDialog.ok")), Qt::LeftButton);
    QTRY_VERIFY(shown.count() > before);
    QCOMPARE(manifestOnDisk().member(QStringLiteral("ben"))->quotaBytes.value_or(-1), 12'000'000'000LL);
}

void TestMembersPanel::removesAMemberAfterConfirmationAndKeepsTheirFolders()
{
    openAs(QStringLiteral("ana"));
    test::writeFile(m_root->filePath(QStringLiteral("results/chen/run1.csv")), "epoch,loss\n1,0.5\n");
    select(QStringLiteral("chen"));
    m_dialogs->questionAnswers << true;
    QSignalSpy shown(m_window.get(), &gui::MainWindow::workspaceShown);
    QTest::mouseClick(button("members.remove"), Qt::LeftButton);

    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(m_dialogs->questions.size(), 1);
    QVERIFY(m_dialogs->questions[0].startsWith(QStringLiteral("Remove CHEN (chen) from the team?")));
    QVERIFY(!manifestOnDisk().member(QStringLiteral("chen")));
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QCOMPARE(test::readFile(m_root->filePath(QStringLiteral("results/chen/run1.csv"))),
             QByteArray("epoch,loss\n1,0.5\n"));
    QVERIFY(QFileInfo(m_root->filePath(QStringLiteral("checkpoints/chen"))).isDir());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Removed chen; their folders stay: ")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMembersPanel::declinedRemovalChangesNothing()
{
    openAs(QStringLiteral("ana"));
    const auto before = snapshot();
    select(QStringLiteral("chen"));
    m_dialogs->questionAnswers << false;
    QTest::mouseClick(button("members.remove"), Qt::LeftButton);
    QTRY_COMPARE(m_dialogs->questions.size(), 1);
    QCoreApplication::processEvents();
    QTest::qWait(50); // a removal would have started by now; make sure none did
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_panel->model()->rowCount(), 3);
}

void TestMembersPanel::theCoreRefusesRemovingTheOnlyLead()
{
    openAs(QStringLiteral("ana"));
    const auto before = snapshot();
    select(QStringLiteral("ana"));
    m_dialogs->questionAnswers << true;
    QTest::mouseClick(button("members.remove"), Qt::LeftButton);
    QTRY_COMPARE(m_dialogs->errors.size(), 1);
    QCOMPARE(m_dialogs->errors[0].first, QStringLiteral("Member not removed"));
    QCOMPARE(m_dialogs->errors[0].second,
             QStringLiteral("member ana is the only lead: make another member lead first"));
    QCOMPARE(snapshot(), before);
    QVERIFY(button("members.remove")->isEnabled()); // not stuck busy
}

void TestMembersPanel::aMemberWhoIsNotLeadCannotChangeTheTeam()
{
    openAs(QStringLiteral("ben"));
    select(QStringLiteral("chen"));
    QVERIFY(!button("members.add")->isEnabled());
    QVERIFY(!button("members.edit")->isEnabled());
    QVERIFY(!button("members.remove")->isEnabled());
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("members.permission"))->text(),
             QStringLiteral("You are ben, not a lead: only a lead (Ana) changes the team."));
    // Double-clicking a row does not open the editor either.
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("members.table"));
    emit table->doubleClicked(table->model()->index(1, 0));
    QVERIFY(!m_panel->findChild<gui::MemberDialog*>(QStringLiteral("memberDialog")));
}

QTEST_MAIN(TestMembersPanel)
#include "tst_memberspanel.moc"
