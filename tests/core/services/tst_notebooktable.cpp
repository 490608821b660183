// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Notebooks panel's services on the real demo workspace (real git, a real scan): the rows, each
// notebook's last commit against the git command line, the runners' outputs from the index, health, the
// owner's fixes, the bulk reassignment and the manifest's planned accelerator.
#include "GitTeam.h"
#include "TestEnv.h"

#include "services/ActivityHistory.h"
#include "services/DemoWorkspace.h"
#include "services/NotebookHealth.h"
#include "services/NotebookOwnership.h"
#include "services/NotebookTable.h"
#include "services/ScanService.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void setMtime(const QString& path, qint64 secs)
{
    QCOMPARE(QProcess::execute(QStringLiteral("touch"), {QStringLiteral("-m"), QStringLiteral("-d"),
                                                         QStringLiteral("@%1").arg(secs), path}),
             0);
}

} // namespace

class TestNotebookTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }
    void init();

    void rowsIncludeMissingAndUnassigned();
    void lastCommitsMatchGitLog();
    void runnerOutputsFromARealScan();
    void healthOfCleanUnstrippedAndHostileNotebooks();
    void ownerFixesRefusedForOthersDoneForMine();
    void reassignMovesEveryNotebookOfAMember();
    void acceleratorParsedCheckedAndRoundTripped();

private:
    Workspace open(const QString& me) const
    {
        auto ws = openWorkspace(WorkspaceOpenOptions{m_repo, m_shared, me, m_index});
        if (!ws)
            qFatal("open: %s", qPrintable(ws.error().message));
        return *ws;
    }
    QStringList loggedAssignments(const Workspace& ws) const
    {
        auto log = services::listActivity(ws, {}, 200);
        if (!log)
            qFatal("activity: %s", qPrintable(log.error().message));
        QStringList result;
        for (const services::ActivityRow& row : log->entries)
            if (row.entry.action == QLatin1String("notebook.assign"))
                result << row.entry.path + u' ' + row.entry.detail;
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_repo, m_shared, m_index;
};

void TestNotebookTable::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_index = m_tmp->filePath(QStringLiteral("index.db"));
    auto made = services::createDemoWorkspace(m_tmp->filePath(QStringLiteral("demo")), m_index);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    m_repo = made->repoDir;
    m_shared = made->sharedDir;
}

void TestNotebookTable::rowsIncludeMissingAndUnassigned()
{
    Workspace ws = open(QStringLiteral("ana"));
    writeFile(m_repo + QStringLiteral("/notebooks/ben/new.ipynb"), makeNotebook(QStringLiteral("print(2)")));
    auto ghost =
        services::assignNotebook(ws, {QStringLiteral("notebooks/chen/ghost.ipynb"), QStringLiteral("chen"),
                                      QStringLiteral("dara"), std::nullopt, QStringLiteral("TPU")});
    QVERIFY2(ghost.ok(), ghost.ok() ? "" : qPrintable(ghost.error().message));
    const QList<services::NotebookRow> rows = services::notebookRows(ws);
    QCOMPARE(rows.size(), 14);
    QStringList paths;
    for (const services::NotebookRow& r : rows)
        paths << r.path;
    QStringList sorted = paths;
    sorted.sort();
    QCOMPARE(paths, sorted);
    const auto& missing = rows.at(paths.indexOf(QStringLiteral("notebooks/chen/ghost.ipynb")));
    QVERIFY(!missing.onDisk && missing.assigned);
    QCOMPARE(missing.bytes, 0);
    QCOMPARE(missing.runner, QStringLiteral("dara"));
    QCOMPARE(missing.plannedAccelerator, std::optional<QString>(QStringLiteral("TPU")));
    const auto& unassigned = rows.at(paths.indexOf(QStringLiteral("notebooks/ben/new.ipynb")));
    QVERIFY(unassigned.onDisk && !unassigned.assigned);
    QCOMPARE(unassigned.owner, QStringLiteral("ben"));
    QVERIFY(unassigned.bytes > 0);
}

void TestNotebookTable::lastCommitsMatchGitLog()
{
    Workspace ws = open(QStringLiteral("ana"));
    const QList<services::NotebookRow> rows = services::notebookRows(ws);
    QStringList paths;
    for (const services::NotebookRow& r : rows)
        paths << r.path;
    QCOMPARE(paths.size(), 12);
    paths << QStringLiteral("notebooks/ana/never-committed.ipynb");
    qint64 reports = 0;
    services::Call call;
    call.progress = [&](const Progress&) { ++reports; };
    auto commits = services::lastCommits(ws, paths, call);
    QVERIFY2(commits.ok(), commits.ok() ? "" : qPrintable(commits.error().message));
    QCOMPARE(commits->size(), 12);
    QVERIFY(!commits->contains(QStringLiteral("notebooks/ana/never-committed.ipynb")));
    QVERIFY(reports > 0);
    for (const QString& p : paths.mid(0, 12)) {
        QCOMPARE(commits->value(p).commit,
                 runGit(m_repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%H"),
                                 QStringLiteral("--"), p}));
        QVERIFY(!commits->value(p).author.isEmpty());
        QVERIFY(commits->value(p).timeSecs > 0);
    }

    // A new commit touching one notebook: only that one's last commit moves.
    const QString touched = QStringLiteral("notebooks/ben/sweep_analysis.ipynb");
    writeFile(m_repo + u'/' + touched, makeNotebook(QStringLiteral("print('sweep')"), 0));
    QCOMPARE(runGitAs(m_repo, QStringLiteral("bob"),
                      {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("sweep: new cell")}),
             0);
    auto again = services::lastCommits(ws, paths, services::Call{});
    QVERIFY(again.ok());
    const QString head = runGit(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    QCOMPARE(again->value(touched).commit, head);
    QCOMPARE(again->value(touched).summary, QStringLiteral("sweep: new cell"));
    for (const QString& p : paths.mid(0, 12))
        QCOMPARE(again->value(p).commit,
                 runGit(m_repo, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%H"),
                                 QStringLiteral("--"), p}));

    // Not a repository: empty, no error.
    QTemporaryDir plain;
    Workspace copy = ws;
    copy.repoDir = plain.path();
    auto none = services::lastCommits(copy, paths, services::Call{});
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestNotebookTable::runnerOutputsFromARealScan()
{
    Workspace ws = open(QStringLiteral("ana"));
    QFile::remove(ws.databasePath);
    QFile::remove(ws.databasePath + QStringLiteral(".files.sqlite"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto before = services::runnerOutputs(ws, now * 1'000'000'000);
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 4);
    QVERIFY(!before->value(QStringLiteral("ben")).indexed);
    QCOMPARE(before->value(QStringLiteral("ben")).resultsFolder, QStringLiteral("results/ben"));
    QCOMPARE(before->value(QStringLiteral("ben")).checkpointsFolder, QStringLiteral("checkpoints/ben"));

    // Every output a minute old, except ben's checkpoint: ten days old while his results are newer.
    for (const char* top : {"results", "checkpoints"}) {
        QDirIterator it(m_shared + u'/' + QLatin1String(top), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            setMtime(it.next(), now - 60);
    }
    setMtime(m_shared + QStringLiteral("/checkpoints/ben/bert_step_1000.ckpt"), now - 10 * 86400);
    services::ScanSettings settings;
    settings.full = true;
    auto scanned = services::scan(ws, settings, services::Call{});
    QVERIFY2(scanned.ok(), scanned.ok() ? "" : qPrintable(scanned.error().message));

    auto after = services::runnerOutputs(ws, now * 1'000'000'000);
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
    const services::RunnerOutputs ben = after->value(QStringLiteral("ben"));
    QVERIFY(ben.indexed);
    QVERIFY(ben.atRisk);
    QVERIFY2(ben.explanation.contains(QStringLiteral("10 d")), qPrintable(ben.explanation));
    QCOMPARE(ben.newestCheckpointNs / 1'000'000'000, now - 10 * 86400);
    QCOMPARE(ben.newestResultNs / 1'000'000'000, now - 60);
    QCOMPARE(ben.checkpointBytes, 1'200'000'000); // the demo's bert_step_1000.ckpt (1,200 MB)
    for (const QString& other : {QStringLiteral("ana"), QStringLiteral("chen"), QStringLiteral("dara")}) {
        QVERIFY(after->value(other).indexed);
        QVERIFY2(!after->value(other).atRisk, qPrintable(other));
    }
}

void TestNotebookTable::healthOfCleanUnstrippedAndHostileNotebooks()
{
    Workspace ws = open(QStringLiteral("ana"));
    const QString dir = m_repo + QStringLiteral("/notebooks/ana/");
    writeFile(dir + QStringLiteral("dirty.ipynb"), makeNotebook(QStringLiteral("print(1)"), 4096));
    writeFile(dir + QStringLiteral("broken.ipynb"), "{ not json");
    QVERIFY(QFile::link(dir + QStringLiteral("01_data_overview.ipynb"), dir + QStringLiteral("link.ipynb")));
    const QStringList paths{
        QStringLiteral("notebooks/ana/01_data_overview.ipynb"), QStringLiteral("notebooks/ana/link.ipynb"),
        QStringLiteral("notebooks/ana/broken.ipynb"), QStringLiteral("notebooks/ana/dirty.ipynb")};
    QList<qint64> progress;
    services::Call call;
    call.progress = [&](const Progress& p) { progress << p.done; };
    const QList<services::NotebookHealth> health = services::notebookHealth(ws, paths, call);
    QCOMPARE(health.size(), 4);
    QCOMPARE(progress, (QList<qint64>{1, 2, 3, 4}));
    const services::NotebookHealth& clean = health.at(0);
    QVERIFY2(!clean.error, clean.error ? qPrintable(clean.error->message) : "");
    QVERIFY(clean.stripped);
    QCOMPARE(clean.strippedBytes, QFileInfo(dir + QStringLiteral("01_data_overview.ipynb")).size());
    QVERIFY(clean.facts.cells > 0);
    QVERIFY(health.at(1).error);
    QVERIFY(health.at(2).error);
    QVERIFY(health.at(2).error->message.contains(QStringLiteral("broken.ipynb")));
    const services::NotebookHealth& dirty = health.at(3);
    QVERIFY(!dirty.error);
    QVERIFY(!dirty.stripped);
    QVERIFY(dirty.strippedBytes < QFileInfo(dir + QStringLiteral("dirty.ipynb")).size());
    QCOMPARE(dirty.rootCell, services::RootCellState::Missing);

    // Cancelled before it starts: nothing.
    services::Call cancelled;
    cancelled.cancel->cancel();
    QVERIFY(services::notebookHealth(ws, paths, cancelled).isEmpty());
}

void TestNotebookTable::ownerFixesRefusedForOthersDoneForMine()
{
    const QString relative = QStringLiteral("notebooks/ana/dirty.ipynb");
    const QString file = m_repo + u'/' + relative;
    writeFile(file, makeNotebook(QStringLiteral("print(1)"), 4096));
    const QByteArray original = readAll(file);

    Workspace ben = open(QStringLiteral("ben"));
    auto refused = services::stripMyNotebook(ben, relative);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Usage);
    QCOMPARE(
        refused.error().message,
        QStringLiteral("notebooks/ana/dirty.ipynb belongs to ana: only its owner changes it here (sync would "
                       "set your edit aside)"));
    auto refusedCell = services::refreshMyRootCell(ben, relative);
    QVERIFY(!refusedCell.ok());
    QCOMPARE(refusedCell.error().kind, ErrorKind::Usage);
    QCOMPARE(readAll(file), original);

    Workspace ana = open(QStringLiteral("ana"));
    auto stripped = services::stripMyNotebook(ana, relative);
    QVERIFY2(stripped.ok(), stripped.ok() ? "" : qPrintable(stripped.error().message));
    QVERIFY(stripped->changed);
    QVERIFY(readAll(file) != original);
    auto cell = services::refreshMyRootCell(ana, relative);
    QVERIFY2(cell.ok(), cell.ok() ? "" : qPrintable(cell.error().message));
    QVERIFY(*cell);
    QCOMPARE(*services::refreshMyRootCell(ana, relative), false);
    const auto health = services::notebookHealth(ana, {relative}, services::Call{});
    QCOMPARE(health.at(0).rootCell, services::RootCellState::Current);
    QVERIFY(health.at(0).stripped);

    // The runner changes: the generated cell no longer matches.
    auto assigned =
        services::assignNotebook(ana, {relative, QStringLiteral("ana"), QStringLiteral("chen"), {}, {}});
    QVERIFY(assigned.ok());
    QCOMPARE(services::notebookHealth(ana, {relative}, services::Call{}).at(0).rootCell,
             services::RootCellState::Outdated);
}

void TestNotebookTable::reassignMovesEveryNotebookOfAMember()
{
    writeFile(m_repo + QStringLiteral("/notebooks/ben/new.ipynb"), makeNotebook(QStringLiteral("print(2)")));
    Workspace ben = open(QStringLiteral("ben"));
    const QByteArray manifestBefore = readAll(m_repo + QStringLiteral("/teamspace.json"));
    auto refused = services::reassignNotebooks(ben, {QStringLiteral("ben"), QStringLiteral("chen"), {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Usage);
    QCOMPARE(readAll(m_repo + QStringLiteral("/teamspace.json")), manifestBefore);

    Workspace ana = open(QStringLiteral("ana"));
    const QStringList bens{QStringLiteral("notebooks/ana/02_train_resnet.ipynb"),
                           QStringLiteral("notebooks/ben/bert_finetune.ipynb"),
                           QStringLiteral("notebooks/ben/error_analysis.ipynb"),
                           QStringLiteral("notebooks/ben/new.ipynb"),
                           QStringLiteral("notebooks/ben/sweep_analysis.ipynb")};
    QCOMPARE(services::notebooksOf(ana, QStringLiteral("ben")), bens);
    QCOMPARE(services::reassignNotebooks(ana, {QStringLiteral("ben"), {}, {}}).error().kind,
             ErrorKind::Usage);
    QCOMPARE(
        services::reassignNotebooks(ana, {QStringLiteral("ben"), QStringLiteral("ben"), {}}).error().kind,
        ErrorKind::Usage);
    QCOMPARE(services::reassignNotebooks(
                 ana, {QStringLiteral("ben"), QStringLiteral("chen"), QStringLiteral("zed")})
                 .error()
                 .kind,
             ErrorKind::Usage);
    const int loggedBefore = loggedAssignments(ana).size();

    auto moved = services::reassignNotebooks(
        ana, {QStringLiteral("ben"), QStringLiteral("chen"), QStringLiteral("dara")});
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
    QStringList changed;
    for (const NotebookAssignment& a : moved->changed) {
        changed << a.path;
        QVERIFY(a.owner != QLatin1String("ben") && a.runner != QLatin1String("ben"));
    }
    QCOMPARE(changed, bens);
    auto reloaded = loadManifest(m_repo);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->assignment(QStringLiteral("notebooks/ben/new.ipynb"))->owner, QStringLiteral("chen"));
    QCOMPARE(reloaded->assignment(QStringLiteral("notebooks/ana/02_train_resnet.ipynb"))->owner,
             QStringLiteral("ana"));
    QCOMPARE(reloaded->assignment(QStringLiteral("notebooks/ana/02_train_resnet.ipynb"))->runner,
             QStringLiteral("dara"));
    QCOMPARE(reloaded->assignment(QStringLiteral("notebooks/ben/sweep_analysis.ipynb"))->runner, QString());
    QVERIFY(services::notebooksOf(ana, QStringLiteral("ben")).isEmpty());
    const QStringList logged = loggedAssignments(ana);
    QCOMPARE(logged.size(), loggedBefore + 5);
    for (const QString& p : bens)
        QVERIFY2(!logged.filter(p + QStringLiteral(" reassigned from ben")).isEmpty(), qPrintable(p));

    auto nothing = services::reassignNotebooks(ana, {QStringLiteral("ben"), QStringLiteral("chen"), {}});
    QVERIFY(nothing.ok());
    QVERIFY(nothing->changed.isEmpty());
}

void TestNotebookTable::acceleratorParsedCheckedAndRoundTripped()
{
    const QByteArray bytes = readAll(m_repo + QStringLiteral("/teamspace.json"));
    QVERIFY(!bytes.contains("\"accelerator\"")); // written only when set
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const auto withAccelerator = [&](const QJsonValue& value) {
        QJsonObject copy = root;
        QJsonArray notebooks = copy.value(QStringLiteral("notebooks")).toArray();
        QJsonObject first = notebooks.at(1).toObject();
        first.insert(QStringLiteral("accelerator"), value);
        notebooks.replace(1, first);
        copy.insert(QStringLiteral("notebooks"), notebooks);
        return parseManifest(QJsonDocument(copy).toJson());
    };
    for (const QJsonValue& bad : {QJsonValue(QStringLiteral("FPGA")), QJsonValue(QStringLiteral("gpu")),
                                  QJsonValue(42), QJsonValue(QStringLiteral(""))}) {
        auto parsed = withAccelerator(bad);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
        QVERIFY2(parsed.error().message.contains(QStringLiteral("notebooks[1].accelerator")),
                 qPrintable(parsed.error().message));
    }
    auto good = withAccelerator(QStringLiteral("TPU"));
    QVERIFY2(good.ok(), good.ok() ? "" : qPrintable(good.error().message));
    QCOMPARE(good->notebooks.at(1).accelerator, std::optional<QString>(QStringLiteral("TPU")));

    Workspace ana = open(QStringLiteral("ana"));
    const QString path = QStringLiteral("notebooks/ben/bert_finetune.ipynb");
    QCOMPARE(services::assignNotebook(ana, {path, {}, {}, {}, QStringLiteral("NPU")}).error().kind,
             ErrorKind::Usage);
    auto set = services::assignNotebook(ana, {path, {}, {}, {}, QStringLiteral("GPU")});
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
    QCOMPARE(loadManifest(m_repo)->assignment(path)->accelerator,
             std::optional<QString>(QStringLiteral("GPU")));
    QVERIFY(readAll(m_repo + QStringLiteral("/teamspace.json")).contains("\"accelerator\": \"GPU\""));
    QVERIFY(loggedAssignments(ana).constFirst().contains(QStringLiteral("accelerator GPU")));
    QVERIFY(services::assignNotebook(ana, {path, {}, {}, {}, std::nullopt}).ok()); // kept
    QCOMPARE(loadManifest(m_repo)->assignment(path)->accelerator,
             std::optional<QString>(QStringLiteral("GPU")));
    QVERIFY(services::assignNotebook(ana, {path, {}, {}, {}, QString()}).ok()); // cleared
    QCOMPARE(loadManifest(m_repo)->assignment(path)->accelerator, std::nullopt);
    QVERIFY(!readAll(m_repo + QStringLiteral("/teamspace.json")).contains("\"accelerator\""));
}

QTEST_GUILESS_MAIN(TestNotebookTable)
#include "tst_notebooktable.moc"
