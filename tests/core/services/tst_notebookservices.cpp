// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The notebook services on real workspaces: the list's walk of the repository, the lead's assignment
// (compare-and-swap, logged), the runner suggestion from a real index, and the per-file actions.
#include "../index/IndexTestSupport.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include "services/ActivityHistory.h"
#include "services/DemoNotebooks.h"
#include "services/Members.h"
#include "services/NotebookFiles.h"
#include "services/NotebookOwnership.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::test;

namespace {

QByteArray gpuNotebook()
{
    return services::demoNotebookJson(
        {QStringLiteral("Train"), QStringLiteral("GPU"), {QStringLiteral("print(1)")}, 1});
}

void makeSparseFile(const QString& path, qint64 size)
{
    writeFile(path, QByteArray());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(size));
}

// The workspace as the lead "ana" sees it after another program wrote teamspace.json.
Workspace reopened(const Workspace& ws, const QString& as = QStringLiteral("ana"))
{
    auto opened = openWorkspace(WorkspaceOpenOptions{ws.repoDir, ws.rootDir, as, ws.databasePath});
    if (!opened)
        qFatal("reopen: %s", qPrintable(opened.error().message));
    return *opened;
}

QStringList actions(const Workspace& ws)
{
    auto log = services::listActivity(ws, {}, 100);
    if (!log)
        qFatal("activity: %s", qPrintable(log.error().message));
    QStringList result;
    for (const services::ActivityRow& row : log->entries)
        result << row.entry.actor + u' ' + row.entry.action + u' ' + row.entry.path;
    return result;
}

} // namespace

class TestNotebookServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void listFindsNotebooksOnDiskAndAssignedOnly()
    {
        QTemporaryDir dir, outside;
        Workspace ws = makeWorkspace(dir.filePath(QStringLiteral("repo")), {}, QStringLiteral("colab-team"),
                                     {QStringLiteral("ben")});
        const QString nb = ws.repoDir + QStringLiteral("/notebooks");
        writeFile(nb + QStringLiteral("/ana/train.ipynb"), gpuNotebook());
        writeFile(nb + QStringLiteral("/ben/broken.ipynb"), "{ not json");
        // Skipped: Jupyter's checkpoints, hidden folders, a linked notebook and a linked folder.
        writeFile(nb + QStringLiteral("/ana/.ipynb_checkpoints/train-checkpoint.ipynb"), gpuNotebook());
        writeFile(ws.repoDir + QStringLiteral("/.venv/lib/site.ipynb"), gpuNotebook());
        writeFile(outside.filePath(QStringLiteral("elsewhere.ipynb")), gpuNotebook());
        QVERIFY(QFile::link(nb + QStringLiteral("/ana/train.ipynb"), nb + QStringLiteral("/ben/link.ipynb")));
        QVERIFY(QFile::link(outside.path(), nb + QStringLiteral("/ben/linked")));
        auto assigned = services::assignNotebook(
            ws,
            {QStringLiteral("notebooks/ben/planned.ipynb"), {}, QStringLiteral("ana"), 2'000'000'000, {}});
        QVERIFY2(assigned, assigned ? "" : qPrintable(assigned.error().message));

        const services::NotebookListReport report = services::listNotebooks(ws);
        QStringList rows;
        for (const services::NotebookListEntry& n : report.notebooks)
            rows << QStringLiteral("%1 owner=%2 runner=%3 acc=%4 bytes=%5 disk=%6")
                        .arg(n.path, n.owner, n.runner, n.accelerator.value_or(QStringLiteral("-")))
                        .arg(n.bytes)
                        .arg(n.onDisk);
        QCOMPARE(
            rows,
            (QStringList{
                QStringLiteral("notebooks/ana/train.ipynb owner=ana runner= acc=GPU (T4) bytes=%1 disk=1")
                    .arg(gpuNotebook().size()),
                QStringLiteral("notebooks/ben/broken.ipynb owner=ben runner= acc=- bytes=10 disk=1"),
                QStringLiteral("notebooks/ben/planned.ipynb owner=ben runner=ana acc=- bytes=0 disk=0"),
            }));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.first().contains(QStringLiteral("broken.ipynb")),
                 qPrintable(report.warnings.first()));
    }

    void assignRefusesANonLeadAndRecordsActivity()
    {
        QTemporaryDir dir;
        Workspace lead = makeWorkspace(dir.filePath(QStringLiteral("repo")), {}, QStringLiteral("colab-team"),
                                       {QStringLiteral("ben")});
        writeFile(lead.repoDir + QStringLiteral("/notebooks/ben/eda.ipynb"), gpuNotebook());
        const QByteArray manifestBefore = readFile(lead.repoDir + QStringLiteral("/teamspace.json"));
        const QStringList logBefore = actions(lead);

        Workspace ben = reopened(lead, QStringLiteral("ben"));
        auto refused = services::assignNotebook(ben, {QStringLiteral("notebooks/ben/eda.ipynb"),
                                                      QStringLiteral("ben"),
                                                      QStringLiteral("ben"),
                                                      {},
                                                      {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Usage);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("ben is not the lead")),
                 qPrintable(refused.error().message));
        auto outside = services::assignNotebook(lead, {QStringLiteral("../x.ipynb"), {}, {}, {}, {}});
        QVERIFY(!outside);
        QCOMPARE(outside.error().kind, ErrorKind::BadInput);
        QCOMPARE(readFile(lead.repoDir + QStringLiteral("/teamspace.json")), manifestBefore);
        QCOMPARE(actions(lead), logBefore);

        // An absolute path inside the repository is taken as the notebook it names.
        auto done = services::assignNotebook(lead, {lead.repoDir + QStringLiteral("/notebooks/ben/eda.ipynb"),
                                                    {},
                                                    QStringLiteral("ana"),
                                                    5'000'000,
                                                    {}});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->path, QStringLiteral("notebooks/ben/eda.ipynb"));
        QCOMPARE(done->owner, QStringLiteral("ben"));
        auto onDisk = loadManifest(lead.repoDir);
        QVERIFY(onDisk);
        QVERIFY(onDisk->assignment(QStringLiteral("notebooks/ben/eda.ipynb")));
        QCOMPARE(onDisk->assignment(QStringLiteral("notebooks/ben/eda.ipynb"))->runner,
                 QStringLiteral("ana"));
        QCOMPARE(actions(lead).first(), QStringLiteral("ana notebook.assign notebooks/ben/eda.ipynb"));
        auto log = services::listActivity(lead, {}, 1);
        QVERIFY(log);
        QCOMPARE(log->entries.first().entry.detail,
                 QStringLiteral("owner ben, runner ana, expected output 4.8 MiB"));
    }

    void assignKeepsAMemberAddedMeanwhile()
    {
        QTemporaryDir dir;
        Workspace kept = makeWorkspace(dir.filePath(QStringLiteral("repo")), {}, QStringLiteral("colab-team"),
                                       {QStringLiteral("ben")});
        Workspace other = reopened(kept);
        auto added = services::addMember(other, Member{QStringLiteral("gina"),
                                                       QStringLiteral("Gina"),
                                                       QStringLiteral("gina@example.org"),
                                                       MemberRole::Member,
                                                       12'000'000'000,
                                                       {}});
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        // `kept` still holds the manifest without gina: the assignment is applied to the file as it is now
        // (a stale copy written back would drop her).
        auto done = services::assignNotebook(
            kept, {QStringLiteral("notebooks/ben/eda.ipynb"), {}, QStringLiteral("ben"), {}, {}});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        auto onDisk = loadManifest(kept.repoDir);
        QVERIFY(onDisk);
        QVERIFY(onDisk->member(QStringLiteral("gina")));
        QCOMPARE(onDisk->member(QStringLiteral("gina"))->quotaBytes, std::optional<qint64>(12'000'000'000));
        QVERIFY(onDisk->assignment(QStringLiteral("notebooks/ben/eda.ipynb")));
    }

    void suggestRunnerRanksByHeadroomFromARealIndex()
    {
        QTemporaryDir dir;
        Workspace ws = makeWorkspace(dir.filePath(QStringLiteral("repo")), {}, QStringLiteral("colab-team"),
                                     {QStringLiteral("ben"), QStringLiteral("cat")});
        writeFile(ws.repoDir + QStringLiteral("/notebooks/cat/new.ipynb"), gpuNotebook());
        makeSparseFile(ws.rootDir + QStringLiteral("/results/ben/preds.bin"), 600'000'000);
        makeSparseFile(ws.rootDir + QStringLiteral("/checkpoints/cat/e1.pt"), 100'000'000);
        scanOrFail(ws.rootDir, ws.repoDir, ws.databasePath, true, ws.manifest);

        auto suggestion = services::suggestRunner(ws, QStringLiteral("notebooks/cat/new.ipynb"), 500'000'000);
        QVERIFY2(suggestion, suggestion ? "" : qPrintable(suggestion.error().message));
        QCOMPARE(suggestion->notebook, QStringLiteral("notebooks/cat/new.ipynb"));
        QStringList ranking;
        for (const nb::RunnerCandidate& c : suggestion->candidates)
            ranking << QStringLiteral("%1 %2 %3")
                           .arg(c.member,
                                c.headroomBytes ? QString::number(*c.headroomBytes) : QStringLiteral("none"),
                                c.fits ? QStringLiteral("fits") : QStringLiteral("no"));
        const qint64 gib = qint64(1) << 30;
        QCOMPARE(ranking, (QStringList{QStringLiteral("cat %1 fits").arg(gib - 100'000'000),
                                       QStringLiteral("ben %1 no").arg(gib - 600'000'000),
                                       QStringLiteral("ana none no")}));

        auto through = services::suggestRunner(ws, QStringLiteral("notebooks/../../x.ipynb"), {});
        QVERIFY(!through);
        QCOMPARE(through.error().kind, ErrorKind::BadInput);
    }

    void rootCellAndStripWorkOnTheRepositoryFiles()
    {
        QTemporaryDir dir;
        Workspace ws = makeWorkspace(dir.filePath(QStringLiteral("repo")), {}, QStringLiteral("colab-team"),
                                     {QStringLiteral("ben")});
        const QString file = ws.repoDir + QStringLiteral("/notebooks/ben/eda.ipynb");
        writeFile(file, gpuNotebook());
        QVERIFY(QFile::link(file, ws.repoDir + QStringLiteral("/notebooks/ana/link.ipynb")));

        auto cells = services::writeRootCells(
            ws, {QStringLiteral("notebooks/ben/eda.ipynb"), QStringLiteral("notebooks/ana/link.ipynb")});
        QCOMPARE(cells.files.size(), 2);
        QVERIFY(!cells.files[0].error);
        QVERIFY(cells.files[0].changed);
        QVERIFY(readFile(file).contains("results/ben"));
        QVERIFY(cells.files[1].error); // a link below the repository is refused
        QCOMPARE(cells.files[1].error->kind, ErrorKind::BadInput);
        QVERIFY(!services::writeRootCells(ws, {QStringLiteral("notebooks/ben/eda.ipynb")}).files[0].changed);

        auto check = services::stripNotebooks({file}, {}, nb::StripMode::Check, false);
        QVERIFY(!check.files[0].error);
        QVERIFY(check.files[0].outcome.changed); // the demo notebook carries outputs
        const QByteArray before = readFile(file);
        QCOMPARE(readFile(file), before);
        auto strip = services::stripNotebooks({file, dir.filePath(QStringLiteral("missing.ipynb"))}, {},
                                              nb::StripMode::Rewrite, false);
        QVERIFY(!strip.files[0].error);
        QVERIFY(strip.files[0].outcome.changed);
        QVERIFY(readFile(file).size() < before.size());
        QVERIFY(strip.files[1].error);

        auto lint = services::lintNotebooks({file}, {});
        QCOMPARE(lint.files.size(), 1);
        QVERIFY(!lint.files[0].error);
    }
};

QTEST_GUILESS_MAIN(TestNotebookServices)
#include "tst_notebookservices.moc"
