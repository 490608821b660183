// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// bench_sync: one Teamspace sync of N changed notebooks (a few MB each before stripping) against a local bare
// remote, next to the same work done the usual way: python strips (nbformat, and plain json) + git add/commit/push.
// Three identical clones of three identical remotes, so each contender starts from the same state.
// Usage: bench_sync [--notebooks N] [--mb MB]   (see tests/bench/README.md)
#include "notebooks/NotebookStripper.h"
#include "sync/SyncEngine.h"
#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace ts;

namespace {

QString runGit(const QString& dir, const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    process.waitForFinished(-1);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// A notebook of about `bytes` bytes: 10 code cells, each with a PNG-like base64 output (incompressible, as
// real plots are) and a stream output; the source changes with `round`.
QByteArray makeNotebook(int index, int round, qint64 bytes)
{
    QRandomGenerator random(static_cast<quint32>(index * 1000 + round));
    QJsonArray cells;
    const qint64 perCell = bytes / 10;
    for (int c = 0; c < 10; ++c) {
        QByteArray raw(perCell * 3 / 4, Qt::Uninitialized);
        for (char& b : raw)
            b = static_cast<char>(random.generate() & 0xff);
        const QJsonObject image{{QStringLiteral("output_type"), QStringLiteral("display_data")},
                                {QStringLiteral("metadata"), QJsonObject{}},
                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("image/png"), QString::fromLatin1(raw.toBase64())},
                                                                     {QStringLiteral("text/plain"), QStringLiteral("<Figure>")}}}};
        const QJsonObject stream{{QStringLiteral("output_type"), QStringLiteral("stream")},
                                 {QStringLiteral("name"), QStringLiteral("stdout")},
                                 {QStringLiteral("text"), QJsonArray{QStringLiteral("loss 0.%1\n").arg(round)}}};
        cells.append(QJsonObject{{QStringLiteral("cell_type"), QStringLiteral("code")},
                                 {QStringLiteral("id"), QStringLiteral("cell-%1").arg(c)}, // nbformat 4.5 adds one otherwise
                                 {QStringLiteral("execution_count"), c + 1},
                                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("scrolled"), true}}},
                                 {QStringLiteral("outputs"), QJsonArray{image, stream}},
                                 {QStringLiteral("source"), QJsonArray{QStringLiteral("# notebook %1 cell %2 round %3\n").arg(index).arg(c).arg(round),
                                                                       QStringLiteral("plot(train(%1))").arg(c)}}});
    }
    const QJsonObject notebook{{QStringLiteral("cells"), cells},
                               {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("kernelspec"),
                                                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("python3")},
                                                                                     {QStringLiteral("display_name"), QStringLiteral("Python 3")},
                                                                                     {QStringLiteral("language"), QStringLiteral("python")}}}}},
                               {QStringLiteral("nbformat"), 4},
                               {QStringLiteral("nbformat_minor"), 5}};
    return QJsonDocument(notebook).toJson(QJsonDocument::Indented);
}

Manifest benchManifest()
{
    Manifest manifest;
    manifest.id = QStringLiteral("bench");
    manifest.name = QStringLiteral("Bench");
    manifest.templateName = QStringLiteral("colab-team");
    manifest.members = {Member{QStringLiteral("ada"), QStringLiteral("Ada"), QStringLiteral("ada@example.org"), MemberRole::Lead, {}, {}},
                        Member{QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("bob@example.org"), MemberRole::Member, {}, {}}};
    LayoutFolder notebooks;
    notebooks.path = QStringLiteral("notebooks");
    notebooks.role = FolderRole::Notebooks;
    notebooks.location = FolderLocation::Repository;
    notebooks.perMember = true;
    manifest.layout = {notebooks};
    manifest.policies.strip = defaultStripPolicy();
    return manifest;
}

// User + system CPU seconds so far of this process (`RUSAGE_SELF`, all threads) or of its waited-for children
// and their descendants (`RUSAGE_CHILDREN`: the python peer and the git processes it runs).
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int count = 200;
    double megabytes = 3.0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--notebooks"))
            count = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--mb"))
            megabytes = args[i + 1].toDouble();
    }
    const qint64 bytes = static_cast<qint64>(megabytes * 1'000'000);
    QTemporaryDir dir;
    const Manifest manifest = benchManifest();
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QStringLiteral(TEAMSPACE_BENCH_DIR "/strip_commit_push.py");

    // Seed: the workspace with every notebook committed stripped (round 0), pushed to three identical remotes.
    const QString seed = dir.filePath(QStringLiteral("seed"));
    auto seedRepo = git::GitRepository::init(seed);
    if (!seedRepo)
        die(seedRepo.error().message);
    if (!writeFileAtomically(seed + QStringLiteral("/teamspace.json"), serializeManifest(manifest)))
        die(QStringLiteral("cannot write the manifest"));
    QDir().mkpath(seed + QStringLiteral("/notebooks/bob"));
    for (int i = 0; i < count; ++i) {
        auto stripped = nb::stripNotebookBytes(makeNotebook(i, 0, 4096), manifest.policies.strip);
        if (!stripped || !writeFileAtomically(seed + QStringLiteral("/notebooks/bob/nb%1.ipynb").arg(i, 3, 10, QLatin1Char('0')), *stripped))
            die(QStringLiteral("cannot write the seed notebooks"));
    }
    if (!seedRepo->commitAll(QStringLiteral("seed"), {QStringLiteral("Ada"), QStringLiteral("ada@example.org")}))
        die(QStringLiteral("seed commit failed"));
    const QStringList contenders = {QStringLiteral("teamspace"), QStringLiteral("nbformat"), QStringLiteral("json")};
    for (const QString& name : contenders) {
        const QString remote = dir.filePath(name + QStringLiteral(".git"));
        if (!git::GitRepository::initBare(remote))
            die(QStringLiteral("cannot create ") + remote);
        if (!seedRepo->addRemote(name, remote) || !seedRepo->push(name, QStringLiteral("main")))
            die(QStringLiteral("cannot seed ") + remote);
        if (!git::GitRepository::clone(remote, dir.filePath(name)))
            die(QStringLiteral("cannot clone ") + remote);
    }
    // The same edits in every clone: each notebook re-run, with outputs.
    qint64 written = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray edited = makeNotebook(i, 1, bytes);
        written += edited.size();
        for (const QString& name : contenders)
            if (!writeFileAtomically(dir.filePath(name) + QStringLiteral("/notebooks/bob/nb%1.ipynb").arg(i, 3, 10, QLatin1Char('0')), edited))
                die(QStringLiteral("cannot write the edits"));
    }
    std::printf("%d notebooks changed, %.1f MB before stripping (%.2f MB each)\n", count, written / 1e6, written / 1e6 / count);

    sync::SyncJob job;
    job.repoDir = dir.filePath(QStringLiteral("teamspace"));
    job.me = QStringLiteral("bob");
    job.manifest = manifest;
    job.journalPath = dir.filePath(QStringLiteral("local/sync-journal.json"));
    job.strip = [](QByteArray in, const StripPolicy& policy, const QString& source) {
        return nb::stripNotebookBytes(std::move(in), policy, source);
    };
    QElapsedTimer timer;
    QList<std::pair<QString, double>> phases; // the job's named points, for a breakdown
    job.testHook = [&phases, &timer](const char* point) { phases.append({QString::fromLatin1(point), timer.nsecsElapsed() / 1e9}); };
    std::printf("load average before: %s\n", qPrintable(loadAverage()));
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    timer.start();
    auto report = sync::SyncEngine::run(job);
    const double teamspaceSeconds = timer.nsecsElapsed() / 1e9;
    const double teamspaceCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    if (!report || !report->pushed || report->committed.size() != count)
        die(QStringLiteral("teamspace sync failed: ") + (report ? QStringLiteral("not all committed") : report.error().message));

    QList<double> peerSeconds;
    QList<double> peerCpu;
    for (const QString& mode : {QStringLiteral("nbformat"), QStringLiteral("json")}) {
        QProcess peer;
        peer.setProcessChannelMode(QProcess::ForwardedChannels);
        const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
        timer.restart();
        peer.start(python, {script, mode, dir.filePath(mode)});
        peer.waitForFinished(-1);
        peerSeconds.append(timer.nsecsElapsed() / 1e9);
        peerCpu.append(cpuSeconds(RUSAGE_CHILDREN) - childrenBefore);
        if (peer.exitCode() != 0)
            die(QStringLiteral("the %1 peer failed (is python3-nbformat installed?)").arg(mode));
    }
    const QString ours = runGit(dir.filePath(QStringLiteral("teamspace.git")), {QStringLiteral("rev-parse"), QStringLiteral("main:notebooks")});
    const QString nbformatTree = runGit(dir.filePath(QStringLiteral("nbformat.git")), {QStringLiteral("rev-parse"), QStringLiteral("main:notebooks")});
    const QString jsonTree = runGit(dir.filePath(QStringLiteral("json.git")), {QStringLiteral("rev-parse"), QStringLiteral("main:notebooks")});

    std::printf("%-44s %8.2f s wall %6.2f s CPU\n", "teamspace sync (strip+stage+commit+push+confirm)", teamspaceSeconds,
                teamspaceCpu);
    for (const auto& [point, at] : phases)
        std::printf("    reached %-13s at %6.2f s\n", qPrintable(point), at);
    std::printf("%-44s %8.2f s wall %6.2f s CPU   ratio teamspace/peer %.2f wall %.2f CPU\n",
                "python nbformat strip + git add/commit/push", peerSeconds[0], peerCpu[0], teamspaceSeconds / peerSeconds[0],
                teamspaceCpu / peerCpu[0]);
    std::printf("%-44s %8.2f s wall %6.2f s CPU   ratio teamspace/peer %.2f wall %.2f CPU\n",
                "python json strip + git add/commit/push", peerSeconds[1], peerCpu[1], teamspaceSeconds / peerSeconds[1],
                teamspaceCpu / peerCpu[1]);
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    std::printf("committed trees: teamspace %s nbformat %s json %s (%s)\n", qPrintable(ours.left(10)), qPrintable(nbformatTree.left(10)),
                qPrintable(jsonTree.left(10)), ours == nbformatTree ? "byte-identical to nbformat" : "differ from nbformat");
    return 0;
}
