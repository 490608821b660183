// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Raw-data hashing throughput: Teamspace's baseline hashing (XXH3-128, and the --strong BLAKE2b-256 /
// SHA-256) next to sha256sum and b2sum run on the same data in the same run, with the ratios. See README.md
// here.
#include "permissions/IntegrityBaseline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

using namespace ts;
using namespace ts::permissions;

namespace {

// Incompressible content, generated once (xorshift64) and written block after block with the block number
// stamped into each, so no two blocks are equal; cheap even in a Debug build, where a per-byte generator
// would dominate.
void writePseudoRandom(const QString& path, qint64 bytes, quint64 seed)
{
    static const std::vector<quint64> pattern = [] {
        std::vector<quint64> words(512 * 1024); // 4 MiB
        quint64 x = 0x9E3779B97F4A7C15ULL;
        for (quint64& word : words) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            word = x;
        }
        return words;
    }();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    std::vector<quint64> block = pattern;
    quint64 blockNumber = seed << 32;
    for (qint64 written = 0; written < bytes; ++blockNumber) {
        block[0] = blockNumber;
        block[1] = pattern[size_t(blockNumber % pattern.size())] ^ seed;
        const qint64 n = std::min<qint64>(bytes - written, qint64(block.size() * sizeof(quint64)));
        if (file.write(reinterpret_cast<const char*>(block.data()), n) != n)
            qFatal("cannot write %s (disk full?)", qPrintable(path));
        written += n;
    }
}

// Reads everything once so every tool below starts from the same warm page cache.
void warm(const QString& dir)
{
    QProcess::execute(QStringLiteral("sh"),
                      {QStringLiteral("-c"),
                       QStringLiteral("find '%1' -type f -print0 | xargs -0 cat > /dev/null").arg(dir)});
}

Workspace workspaceOver(const QString& base, const QString& rawRelative)
{
    Workspace ws;
    ws.repoDir = base;
    ws.rootDir = base;
    ws.manifest.layout << LayoutFolder{rawRelative, FolderRole::Raw, FolderLocation::Root, false, {}};
    return ws;
}

double timeTeamspace(const Workspace& ws, HashAlgorithm algorithm, int threads, qint64* bytesOut)
{
    BaselineOptions options;
    options.algorithm = algorithm;
    options.threads = threads;
    QElapsedTimer timer;
    timer.start();
    auto run = IntegrityBaseline::compute(ws, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!run || !run->errors.isEmpty())
        qFatal("teamspace hashing failed");
    *bytesOut = run->bytes;
    return seconds;
}

double timeShell(const QString& command)
{
    QElapsedTimer timer;
    timer.start();
    const int rc = QProcess::execute(QStringLiteral("sh"),
                                     {QStringLiteral("-c"), command + QStringLiteral(" > /dev/null")});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (rc != 0)
        qFatal("peer command failed: %s", qPrintable(command));
    return seconds;
}

struct Row
{
    QString tool;
    double seconds;
};

void printTable(const QString& title, qint64 bytes, const QList<Row>& rows, double reference)
{
    std::printf("\n%s (%.1f MiB)\n", qPrintable(title), double(bytes) / 1048576.0);
    std::printf("  %-46s %9s %10s %16s\n", "tool", "seconds", "MiB/s", "time / xxh3 time");
    for (const Row& r : rows)
        std::printf("  %-46s %9.3f %10.0f %15.2fx\n", qPrintable(r.tool), r.seconds,
                    double(bytes) / 1048576.0 / r.seconds, r.seconds / reference);
    std::fflush(stdout);
}

QList<Row> measure(const Workspace& ws, const QString& dir, bool tree, qint64* bytes)
{
    const int cores = QThread::idealThreadCount();
    QList<Row> rows;
    rows << Row{QStringLiteral("teamspace xxh3-128, %1 threads").arg(cores),
                timeTeamspace(ws, HashAlgorithm::Xxh3_128, 0, bytes)};
    rows << Row{QStringLiteral("teamspace xxh3-128, 1 thread"),
                timeTeamspace(ws, HashAlgorithm::Xxh3_128, 1, bytes)};
    rows << Row{QStringLiteral("teamspace blake2b-256 (--strong), %1 threads").arg(cores),
                timeTeamspace(ws, HashAlgorithm::Blake2b_256, 0, bytes)};
    rows << Row{QStringLiteral("teamspace sha256, %1 threads").arg(cores),
                timeTeamspace(ws, HashAlgorithm::Sha256, 0, bytes)};
    const QString files = tree ? QStringLiteral("find '%1' -type f -print0 | xargs -0 ").arg(dir) : QString();
    const QString target = tree ? QString() : QStringLiteral(" '%1'/big.bin").arg(dir);
    rows << Row{QStringLiteral("sha256sum"), timeShell(files + QStringLiteral("sha256sum") + target)};
    rows << Row{QStringLiteral("b2sum (BLAKE2b-512)"), timeShell(files + QStringLiteral("b2sum") + target)};
    if (tree) {
        const QString parallel =
            QStringLiteral("find '%1' -type f -print0 | xargs -0 -n 500 -P %2 ").arg(dir).arg(cores);
        rows << Row{QStringLiteral("sha256sum via xargs -P %1").arg(cores),
                    timeShell(parallel + QStringLiteral("sha256sum"))};
        rows << Row{QStringLiteral("b2sum via xargs -P %1").arg(cores),
                    timeShell(parallel + QStringLiteral("b2sum"))};
    }
    return rows;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Hashes a big file and a tree of small files; prints seconds, MiB/s and ratios."));
    parser.addHelpOption();
    const QCommandLineOption bigMib(QStringLiteral("big-mib"),
                                    QStringLiteral("Size of the big file in MiB (default 2048)."),
                                    QStringLiteral("N"), QStringLiteral("2048"));
    const QCommandLineOption smallFiles(QStringLiteral("small-files"),
                                        QStringLiteral("Number of small files (default 20000)."),
                                        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Where to build the data (default: a temporary folder)."),
        QStringLiteral("DIR"));
    parser.addOptions({bigMib, smallFiles, dirOption});
    parser.process(app);

    QTemporaryDir temp(parser.isSet(dirOption)
                           ? parser.value(dirOption) + QStringLiteral("/teamspace-bench-XXXXXX")
                           : QDir::tempPath() + QStringLiteral("/teamspace-bench-XXXXXX"));
    if (!temp.isValid())
        qFatal("cannot create the data folder");
    for (const char* tool : {"sha256sum", "b2sum"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            qFatal("%s is not installed (coreutils)", tool);

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    loadavg.open(QIODevice::ReadOnly);
    std::printf("bench_rawhash: %d cores, load average at start: %s", QThread::idealThreadCount(),
                loadavg.readAll().constData());
    std::fflush(stdout);

    const QString bigDir = temp.filePath(QStringLiteral("big/raw"));
    QDir().mkpath(bigDir);
    writePseudoRandom(bigDir + QStringLiteral("/big.bin"), parser.value(bigMib).toLongLong() * 1048576, 42);
    const QString treeDir = temp.filePath(QStringLiteral("tree/raw"));
    const int count = parser.value(smallFiles).toInt();
    for (int i = 0; i < count; ++i) {
        const QString folder = treeDir + QStringLiteral("/d%1").arg(i / 200, 3, 10, QChar(u'0'));
        if (i % 200 == 0)
            QDir().mkpath(folder);
        writePseudoRandom(folder + QStringLiteral("/f%1.bin").arg(i, 5, 10, QChar(u'0')),
                          1024 + (i * 7919) % 15360, quint64(i) + 1);
    }
    warm(bigDir);
    warm(treeDir);

    qint64 bytes = 0;
    QList<Row> big = measure(workspaceOver(temp.filePath(QStringLiteral("big")), QStringLiteral("raw")),
                             bigDir, false, &bytes);
    printTable(QStringLiteral("one big file"), bytes, big, big.first().seconds);
    QList<Row> tree = measure(workspaceOver(temp.filePath(QStringLiteral("tree")), QStringLiteral("raw")),
                              treeDir, true, &bytes);
    printTable(QStringLiteral("%1 small files (1-16 KiB)").arg(count), bytes, tree, tree.first().seconds);

    loadavg.seek(0);
    std::printf("\nload average at end: %s", loadavg.readAll().constData());
    std::printf("Ratios above 1 mean the tool took longer than teamspace xxh3-128 on all cores. Data was "
                "read once before "
                "timing (warm page cache) so every tool measures hashing, not the disk.\n");
    return 0;
}
