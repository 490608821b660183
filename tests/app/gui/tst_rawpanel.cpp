// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Raw data panel on a real workspace (WorkspaceBuilder) with real files under data/raw: a lead takes the
// baseline, protects (the mode bits really lose every write bit), verifies after a one-byte change that kept
// size and mtime (found: the content is hashed), accepts the change as the new baseline and verifies clean;
// a member sees every lead action disabled with the reason; cancelling a verify midway leaves the baseline as
// it was; the empty states; the Layout panel's raw row follows the real protection. Tests run as root here,
// and root writes regardless of mode bits: the bits are checked, not a write failing.
#include "DarkPalette.h"
#include "FileFacts.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"
#include "models/LayoutModel.h"
#include "models/RawChangesModel.h"
#include "models/RawFoldersModel.h"
#include "panels/LayoutPanel.h"
#include "panels/raw/RawPanel.h"
#include "permissions/BaselineFile.h"
#include "services/RawIntegrity.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace ts;
using services::RawState;

constexpr int kJobTimeoutMs = 60000;

namespace {

void applyPalette(const QPalette& palette)
{
    QApplication::setPalette(palette);
    QEvent changed(QEvent::ApplicationPaletteChange);
    for (QWidget* widget : QApplication::allWidgets())
        QApplication::sendEvent(widget, &changed);
    QCoreApplication::processEvents();
}

// Every entry under `folder` (the folder included) with a write bit set.
QStringList writableEntries(const QString& folder)
{
    QStringList writable;
    if (test::modeOf(folder) & 0222)
        writable << folder;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (test::modeOf(path) & 0222)
            writable << path;
    }
    return writable;
}

// Changes one byte of `path` in place and puts its modification time back: size and mtime as before.
void flipOneByteKeepingSizeAndMtime(const QString& path)
{
    struct stat before = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
    const unsigned mode = test::modeOf(path);
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(2));
    char c = 0;
    QVERIFY(file.getChar(&c));
    QVERIFY(file.seek(2));
    QVERIFY(file.putChar(char(c ^ 0x01)));
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
    const timespec times[2] = {before.st_atim, before.st_mtim};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
    struct stat after = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QCOMPARE(after.st_size, before.st_size);
    QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
    QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
}

} // namespace

class TestRawPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void leadTakesBaselineProtectsVerifiesAndAccepts();
    void aMemberSeesTheLeadActionsDisabledWithTheReason();
    void cancellingAVerifyLeavesTheBaselineUntouched();
    void emptyStatesExplainThemselves();
    void layoutRowShowsTheRealProtection();
    void theWindowOpensOnTheRawPanel();

private:
    gui::WorkspacePtr open(const QString& me) const;
    void showPanel(gui::WorkspacePtr workspace);
    void click(const char* name, bool answer = true);
    void saveShot(const QString& name);
    template <typename T> T* child(const char* name) const
    {
        return m_panel->findChild<T*>(QString::fromLatin1(name));
    }
    QString text(const char* label) const { return child<QLabel>(label)->text(); }
    QString raw(const QString& relative) const
    {
        return m_root->filePath(QStringLiteral("data/raw/") + relative);
    }

    std::unique_ptr<QTemporaryDir> m_repo, m_root;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<gui::RawPanel> m_panel;
};

void TestRawPanel::initTestCase()
{
    test::isolateUserFolders();
}

void TestRawPanel::init()
{
    m_repo = std::make_unique<QTemporaryDir>();
    m_root = std::make_unique<QTemporaryDir>();
    test::makeWorkspace(m_repo->path(), m_root->path(), QStringLiteral("colab-team"),
                        {QStringLiteral("ben")});
    test::writeFile(raw(QStringLiteral("survey/2024.csv")), "id,answer\n1,yes\n2,no\n3,yes\n");
    test::writeFile(raw(QStringLiteral("survey/2025.csv")), "id,answer\n1,no\n");
    test::writeFile(raw(QStringLiteral("images/cat.png")), QByteArray(70000, 'c'));
}

void TestRawPanel::cleanup()
{
    m_panel.reset();
    m_dialogs.reset();
    // Protected folders must be writable again for QTemporaryDir to remove them as a non-root user.
    if (m_root) {
        const QString top = m_root->filePath(QStringLiteral("data/raw"));
        QFile::setPermissions(top, QFile::permissions(top) | QFile::WriteOwner);
        QDirIterator it(top, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner);
        }
    }
    m_repo.reset();
    m_root.reset();
}

gui::WorkspacePtr TestRawPanel::open(const QString& me) const
{
    auto ws = openWorkspace(WorkspaceOpenOptions{m_repo->path(), m_root->path(), me, {}});
    if (!ws) {
        qWarning("open: %s", qPrintable(ws.error().message));
        return {};
    }
    return std::make_shared<const Workspace>(*ws);
}

void TestRawPanel::showPanel(gui::WorkspacePtr workspace)
{
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_panel = std::make_unique<gui::RawPanel>(gui::PanelContext{*m_dialogs});
    m_panel->resize(1024, 640);
    m_panel->show();
    QSignalSpy loaded(m_panel.get(), &gui::RawPanel::loaded);
    m_panel->setWorkspace(std::move(workspace));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kJobTimeoutMs);
    QVERIFY(!m_panel->isBusy());
}

// Clicks a panel button, answers its confirmation, and waits for the job and the reload after it.
void TestRawPanel::click(const char* name, bool answer)
{
    auto* button = child<QPushButton>(name);
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    m_dialogs->questionAnswers = {answer};
    QSignalSpy finished(m_panel.get(), &gui::RawPanel::jobFinished);
    QSignalSpy loaded(m_panel.get(), &gui::RawPanel::loaded);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kJobTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && !m_panel->isBusy(), kJobTimeoutMs);
}

void TestRawPanel::saveShot(const QString& name)
{
    const QString out = qEnvironmentVariable("TEAMSPACE_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    const QString scale =
        qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2") ? QStringLiteral("-2x") : QString();
    const QPalette light = QApplication::palette();
    QCoreApplication::processEvents();
    QVERIFY(m_panel->grab().save(QStringLiteral("%1/raw-%2%3.png").arg(out, name, scale)));
    applyPalette(test::darkPalette());
    QVERIFY(m_panel->grab().save(QStringLiteral("%1/raw-%2-dark%3.png").arg(out, name, scale)));
    applyPalette(light);
}

void TestRawPanel::leadTakesBaselineProtectsVerifiesAndAccepts()
{
    showPanel(open(QStringLiteral("ana")));
    RawFoldersModel* folders = m_panel->foldersModel();
    QCOMPARE(folders->rowCount(), 1);
    QCOMPARE(folders->index(0, 0).data(RawFoldersModel::StateRole).toInt(), int(RawState::Writable));
    // data/raw, survey, images and three files.
    QCOMPARE(folders->index(0, 0).data(RawFoldersModel::EntriesRole).toLongLong(), 6);
    QVERIFY2(text("raw.summary").startsWith(QStringLiteral("Writable: 1 raw folder · no baseline yet")),
             qPrintable(text("raw.summary")));
    QCOMPARE(child<QPushButton>("raw.accept")->text(), QStringLiteral("Take &Baseline…"));
    QVERIFY(!child<QPushButton>("raw.verify")->isEnabled());

    click("raw.accept");
    QVERIFY2(m_dialogs->questions.last().startsWith(QStringLiteral("Take the baseline now?")),
             qPrintable(m_dialogs->questions.last()));
    QVERIFY(QFile::exists(m_repo->filePath(QStringLiteral("raw-baseline.json"))));
    QVERIFY2(text("raw.baseline").contains(QStringLiteral("3 files")), qPrintable(text("raw.baseline")));
    QVERIFY2(text("raw.baseline").contains(QStringLiteral("on this computer")),
             qPrintable(text("raw.baseline")));
    QCOMPARE(child<QPushButton>("raw.accept")->text(), QStringLiteral("&Accept as New Baseline…"));
    saveShot(QStringLiteral("before-protect"));

    // Protect: the confirmation says how many entries and which folder; afterwards no write bit is left.
    QCOMPARE(writableEntries(m_root->filePath(QStringLiteral("data/raw"))).size(), 6);
    click("raw.protect");
    const QString question = m_dialogs->questions.last();
    QVERIFY2(question.contains(QStringLiteral("6 of 6 entries in data/raw")), qPrintable(question));
    QCOMPARE(writableEntries(m_root->filePath(QStringLiteral("data/raw"))), QStringList());
    QCOMPARE(test::modeOf(raw(QStringLiteral("survey/2024.csv"))) & 0777, 0444u);
    QCOMPARE(folders->index(0, 0).data(RawFoldersModel::StateRole).toInt(), int(RawState::ReadOnly));
    QVERIFY2(text("raw.message").startsWith(QStringLiteral("Made 6 entries read-only")),
             qPrintable(text("raw.message")));
    QVERIFY2(
        text("raw.summary").startsWith(QStringLiteral("Read-only · baseline just now · not verified yet")),
        qPrintable(text("raw.summary")));
    QVERIFY(!child<QPushButton>("raw.protect")->isEnabled()); // nothing left to protect
    QVERIFY(child<QPushButton>("raw.unprotect")->isEnabled());
    saveShot(QStringLiteral("after-protect"));

    // A one-byte change with size and mtime put back: only hashing the content finds it.
    const QString changed = raw(QStringLiteral("survey/2024.csv"));
    const qint64 size = QFileInfo(changed).size();
    flipOneByteKeepingSizeAndMtime(changed);
    click("raw.verify");
    QVERIFY(m_panel->lastVerify());
    RawChangesModel* changes = m_panel->changesModel();
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->index(0, RawChangesModel::PathColumn).data().toString(),
             QStringLiteral("data/raw/survey/2024.csv"));
    QCOMPARE(changes->index(0, RawChangesModel::ChangeColumn).data().toString(), QStringLiteral("modified"));
    QCOMPARE(changes->index(0, 0).data(RawChangesModel::BaselineSizeRole).toLongLong(), size);
    QCOMPARE(changes->index(0, 0).data(RawChangesModel::CurrentSizeRole).toLongLong(), size);
    QVERIFY2(text("raw.verifyResult")
                 .startsWith(QStringLiteral("Changed since the baseline: 1 modified, 0 added, 0 "
                                            "removed; 2 unchanged.")),
             qPrintable(text("raw.verifyResult")));
    QVERIFY(child<QTableView>("raw.changes")->isVisible());
    QVERIFY2(text("raw.summary").endsWith(QStringLiteral("last verify: 1 file changed")),
             qPrintable(text("raw.summary")));
    saveShot(QStringLiteral("verify-failed"));

    // Accept: the baseline now holds the changed content; a verify is clean again.
    const QByteArray before = test::readFile(m_repo->filePath(QStringLiteral("raw-baseline.json")));
    QSignalSpy modified(m_panel.get(), &gui::Panel::workspaceModified);
    click("raw.accept");
    QVERIFY2(
        m_dialogs->questions.last().contains(QStringLiteral("The 1 modified, 0 added and 0 removed files")),
        qPrintable(m_dialogs->questions.last()));
    QCOMPARE(modified.count(), 1);
    QVERIFY(!m_panel->lastVerify());
    QVERIFY(test::readFile(m_repo->filePath(QStringLiteral("raw-baseline.json"))) != before);
    QCOMPARE(writableEntries(m_root->filePath(QStringLiteral("data/raw"))), QStringList()); // still protected
    click("raw.verify");
    QCOMPARE(changes->rowCount(), 0);
    QVERIFY2(text("raw.verifyResult").startsWith(QStringLiteral("Unchanged: all 3 files")),
             qPrintable(text("raw.verifyResult")));
    QVERIFY(!child<QTableView>("raw.changes")->isVisible());
    QVERIFY(m_dialogs->errors.isEmpty());

    // Unprotect gives the owner write back.
    click("raw.unprotect");
    QCOMPARE(test::modeOf(changed) & 0777, 0644u);
    QCOMPARE(folders->index(0, 0).data(RawFoldersModel::StateRole).toInt(), int(RawState::Writable));
}

void TestRawPanel::aMemberSeesTheLeadActionsDisabledWithTheReason()
{
    QVERIFY(services::recordRawBaseline(*open(QStringLiteral("ana")), {}, services::Call{}).ok());
    showPanel(open(QStringLiteral("ben")));
    for (const char* name : {"raw.protect", "raw.unprotect", "raw.accept"}) {
        auto* button = child<QPushButton>(name);
        QVERIFY2(!button->isEnabled(), name);
        QCOMPARE(button->toolTip(),
                 QStringLiteral("only a lead protects raw data or records its baseline; ask ana"));
        QCOMPARE(button->statusTip(), button->toolTip());
    }
    QVERIFY(child<QPushButton>("raw.verify")->isEnabled()); // verifying only reads
    QCOMPARE(text("raw.permission"), QStringLiteral("You are ben, not a lead: only a lead (ana) protects raw "
                                                    "data or records its baseline. You can verify."));
    // Nothing happens when a member's action is called anyway (a stale shortcut, a script).
    m_panel->protect();
    m_panel->accept();
    QVERIFY(m_dialogs->questions.isEmpty());
    QVERIFY(!m_panel->isBusy());
    QCOMPARE(writableEntries(m_root->filePath(QStringLiteral("data/raw"))).size(), 6);
    // The service refuses as well, naming the lead.
    auto refused = services::acceptRawBaseline(*open(QStringLiteral("ben")), {}, services::Call{});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("ask ana")),
             qPrintable(refused.error().message));
    saveShot(QStringLiteral("member"));
}

void TestRawPanel::cancellingAVerifyLeavesTheBaselineUntouched()
{
    // Enough content that a verify runs for a while on two shared cores: 160 files of 1 MiB, SHA-256.
    for (int i = 0; i < 160; ++i)
        test::writeFile(raw(QStringLiteral("big/part-%1.bin").arg(i, 3, 10, QLatin1Char('0'))),
                        QByteArray(1 << 20, char('a' + i % 26)));
    services::RawBaselineOptions strong;
    strong.algorithm = permissions::HashAlgorithm::Sha256;
    QVERIFY(services::recordRawBaseline(*open(QStringLiteral("ana")), strong, services::Call{}).ok());
    const QString file = m_repo->filePath(QStringLiteral("raw-baseline.json"));
    const QByteArray before = test::readFile(file);
    showPanel(open(QStringLiteral("ana")));
    // Esc is a shortcut, which needs the active window: X without a window manager may not give one.
    QApplication::setActiveWindow(m_panel.get());
    const bool active = QTest::qWaitForWindowActive(m_panel.get());

    QSignalSpy finished(m_panel.get(), &gui::RawPanel::jobFinished);
    child<QPushButton>("raw.verify")->click();
    QCOMPARE(m_panel->job(), gui::RawPanel::Job::Verify);
    QVERIFY(child<QPushButton>("raw.cancel")->isVisible());
    QVERIFY(!child<QPushButton>("raw.accept")->isEnabled()); // one job at a time
    // Midway: once the progress says some files were read.
    QTRY_VERIFY_WITH_TIMEOUT(text("raw.progress").startsWith(QStringLiteral("Verifying: ")) ||
                                 finished.count() > 0,
                             kJobTimeoutMs);
    if (finished.count() > 0)
        QSKIP("the verify finished before its first progress report: too fast to cancel midway here");
    const QString progress = text("raw.progress");
    if (!qEnvironmentVariableIsEmpty("TEAMSPACE_SCREENSHOT_DIR"))
        m_panel->grab().save(
            qEnvironmentVariable("TEAMSPACE_SCREENSHOT_DIR") + QStringLiteral("/raw-verify-progress") +
            (qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2") ? QStringLiteral("-2x.png")
                                                                           : QStringLiteral(".png")));
    QElapsedTimer timer;
    timer.start();
    if (active)
        QTest::keyClick(child<QPushButton>("raw.cancel"), Qt::Key_Escape);
    else
        child<QPushButton>("raw.cancel")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kJobTimeoutMs);
    qInfo("cancelled at \"%s\"; the job ended %lld ms after Cancel", qPrintable(progress), timer.elapsed());
    QVERIFY2(text("raw.message").startsWith(QStringLiteral("Verify cancelled")),
             qPrintable(text("raw.message")));
    QVERIFY(!m_panel->lastVerify());
    QCOMPARE(m_panel->changesModel()->rowCount(), 0);
    QCOMPARE(test::readFile(file), before);
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY(child<QPushButton>("raw.verify")->isEnabled());
}

void TestRawPanel::emptyStatesExplainThemselves()
{
    // No baseline, as a member: why not, and who can.
    showPanel(open(QStringLiteral("ben")));
    QCOMPARE(text("raw.baseline"),
             QStringLiteral("No baseline yet: a lead (ana) takes it, then everyone can verify against it."));
    QVERIFY(!child<QPushButton>("raw.verify")->isEnabled());
    QVERIFY(child<QLabel>("raw.empty")->isHidden());

    // No raw folder in the layout.
    Workspace noRaw = *open(QStringLiteral("ana"));
    noRaw.manifest.layout.removeIf([](const LayoutFolder& f) { return f.role == FolderRole::Raw; });
    QSignalSpy loaded(m_panel.get(), &gui::RawPanel::loaded);
    m_panel->setWorkspace(std::make_shared<const Workspace>(noRaw));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kJobTimeoutMs);
    QVERIFY(child<QLabel>("raw.empty")->isVisible());
    QVERIFY2(text("raw.empty").startsWith(QStringLiteral("This workspace's layout has no raw data folder")),
             qPrintable(text("raw.empty")));
    QCOMPARE(text("raw.summary"), QStringLiteral("No raw data folder in this layout"));
    QVERIFY(!child<QPushButton>("raw.protect")->isVisible());

    // The shared folder not mounted.
    Workspace unmounted = *open(QStringLiteral("ana"));
    unmounted.rootDir = m_root->filePath(QStringLiteral("not-mounted"));
    loaded.clear();
    m_panel->setWorkspace(std::make_shared<const Workspace>(unmounted));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kJobTimeoutMs);
    QVERIFY2(text("raw.empty")
                 .startsWith(QStringLiteral("The shared folder is not reachable at ") + unmounted.rootDir),
             qPrintable(text("raw.empty")));
    QVERIFY(!child<QPushButton>("raw.protect")->isEnabled());
    QVERIFY(!child<QPushButton>("raw.accept")->isEnabled());
}

void TestRawPanel::layoutRowShowsTheRealProtection()
{
    test::ScriptedDialogs dialogs;
    gui::LayoutPanel layout(gui::PanelContext{dialogs});
    QSignalSpy checked(&layout, &gui::LayoutPanel::rawProtectionChecked);
    layout.setWorkspace(open(QStringLiteral("ana")));
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, kJobTimeoutMs);
    auto holds = [&] {
        const LayoutModel* model = layout.model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(LayoutModel::PathRole).toString() == QLatin1String("data/raw"))
                return model->index(row, LayoutModel::RoleColumn).data().toString();
        return QStringLiteral("(no row)");
    };
    QCOMPARE(holds(), QStringLiteral("raw data: writable (see Raw data)"));
    QVERIFY(services::protectRaw(*open(QStringLiteral("ana")), services::Call{}).ok());
    layout.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, kJobTimeoutMs);
    QCOMPARE(holds(), QStringLiteral("raw data: read-only"));
}

void TestRawPanel::theWindowOpensOnTheRawPanel()
{
    // `teamspace --panel raw` sets the start panel; Ctrl+6 reaches it too (tst_mainwindow).
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs);
    window.setStartPanel(QStringLiteral("raw"));
    window.show();
    window.showWorkspace(open(QStringLiteral("ana")));
    auto* panel = qobject_cast<gui::RawPanel*>(window.currentPanel());
    QVERIFY(panel);
    QCOMPARE(panel->title(), QStringLiteral("Raw data"));
    QSignalSpy loaded(panel, &gui::RawPanel::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(
        loaded.count() >= 1 || (!panel->isBusy() && panel->foldersModel()->rowCount() == 1), kJobTimeoutMs);
    QCOMPARE(panel->foldersModel()->rowCount(), 1);
}

QTEST_MAIN(TestRawPanel)
#include "tst_rawpanel.moc"
