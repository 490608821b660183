// `raw baseline` and `raw verify`: the content proof of the raw folders, shared as raw-baseline.json.
#include "RawCliSupport.h"

#include "activity/ActivityLog.h"

#include "db/LocalDatabase.h"
#include "permissions/BaselineFile.h"
#include "permissions/BaselineStore.h"
#include "permissions/BaselineVerifier.h"
#include "permissions/IntegrityBaseline.h"
#include "util/ByteSize.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace ts::cli {

using namespace ts::permissions;

namespace {

Result<int> threadsOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return 0;
    return intOption(parser, option, 1, 256);
}

void printSkipped(Cli& cli, const QList<PathNote>& skipped)
{
    for (const PathNote& s : skipped)
        cli.err << "note: " << s.path << ": " << s.note << "\n";
    cli.err.flush();
}

} // namespace

int runRawBaseline(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption strong(
        QStringLiteral("strong"),
        QStringLiteral("Hash with BLAKE2b-256 (cryptographic; slower) instead of XXH3-128."));
    const QCommandLineOption algorithmOption(QStringLiteral("algorithm"),
                                             QStringLiteral("xxh3-128 (default), blake2b-256 or sha256."),
                                             QStringLiteral("NAME"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                        QStringLiteral("Worker threads (default: one per core)."),
                                        QStringLiteral("N"));
    parser.addOptions({strong, algorithmOption, threadsOpt});
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Records size, mtime and content hash of every file under the raw folders, "
                           "in the local index and in raw-baseline.json in the repository."),
            args))
        return *stop;
    BaselineOptions options;
    if (parser.isSet(strong))
        options.algorithm = HashAlgorithm::Blake2b_256;
    if (parser.isSet(algorithmOption)) {
        const auto chosen = hashAlgorithmFromString(parser.value(algorithmOption));
        if (!chosen || (parser.isSet(strong) && *chosen == HashAlgorithm::Xxh3_128))
            return cli.usageError(QStringLiteral("--algorithm \"%1\": use xxh3-128, blake2b-256 or sha256 "
                                                 "(and not xxh3-128 with --strong)")
                                      .arg(parser.value(algorithmOption)));
        options.algorithm = *chosen;
    }
    auto threads = threadsOption(parser, threadsOpt);
    if (!threads)
        return cli.fail(threads.error());
    options.threads = *threads;

    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    CancelOnInterrupt cancel;
    options.cancel = cancel.token();
    options.progress = terminalProgress(cli, QStringLiteral("hashing"));
    QElapsedTimer timer;
    timer.start();
    auto run = IntegrityBaseline::compute(*ws, options);
    endTerminalProgress(cli);
    if (!run && run.error().kind == ErrorKind::Cancelled)
        return cli.fail(run.error().prefixed(QStringLiteral("raw baseline: nothing was written: ")));
    if (!run)
        return cli.fail(run.error());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    printSkipped(cli, run->skipped);
    if (run->incomplete()) {
        // A published proof must not silently lack a file: neither an unreadable file nor the files of an
        // unreadable folder. raw-baseline.json and the local copy stay as they were.
        for (const PathNote& e : run->errors)
            cli.err << "error: " << e.note << "\n";
        for (const PathNote& e : run->unreadable)
            cli.err << "error: " << e.note << "\n";
        return cli.fail(Error::failed(
            QStringLiteral("raw baseline: %1 files and %2 folders could not be read (listed above); nothing "
                           "was written, %3 is unchanged (make them readable, or run it as a user who can "
                           "read them, then run it again)")
                .arg(run->errors.size())
                .arg(run->unreadable.size())
                .arg(QLatin1String(kBaselineFileName))));
    }
    if (auto saved = saveBaselineFile(run->baseline, ws->repoDir); !saved)
        return cli.fail(saved.error());
    auto db = db::openLocalDatabase(ws->databasePath);
    if (!db)
        return cli.fail(db.error().prefixed(
            QStringLiteral("raw baseline: wrote %1, but ").arg(QLatin1String(kBaselineFileName))));
    if (auto stored = BaselineStore(*db).replace(run->baseline); !stored)
        return cli.fail(stored.error().prefixed(
            QStringLiteral("raw baseline: wrote %1, but ").arg(QLatin1String(kBaselineFileName))));
    const QString detail = QStringLiteral("%1 files, %2, %3")
                               .arg(run->baseline.entries.size())
                               .arg(formatByteSize(run->bytes), toString(options.algorithm));
    if (auto logged = ActivityLog::record(*ws, QStringLiteral("raw.baseline"), rawFolderList(*ws), detail);
        !logged)
        cli.err << "warning: " << logged.error().message << "\n";

    const QString file = ws->repoDir + u'/' + QLatin1String(kBaselineFileName);
    if (cli.options.json) {
        QJsonArray skipped;
        for (const PathNote& s : run->skipped)
            skipped.append(QJsonObject{{QStringLiteral("path"), s.path}, {QStringLiteral("reason"), s.note}});
        cli.printJson(
            QJsonObject{{QStringLiteral("files"), qint64(run->baseline.entries.size())},
                        {QStringLiteral("bytes"), run->bytes},
                        {QStringLiteral("algorithm"), toString(options.algorithm)},
                        {QStringLiteral("file"), file},
                        {QStringLiteral("seconds"), seconds},
                        {QStringLiteral("skipped"), skipped},
                        {QStringLiteral("missingFolders"), QJsonArray::fromStringList(run->missingFolders)}});
    } else {
        cli.out << "raw baseline: " << run->baseline.entries.size() << " files, "
                << formatByteSize(run->bytes) << " hashed with " << toString(options.algorithm) << " in "
                << QString::number(seconds, 'f', 2) << " s\n"
                << "wrote " << file << " (commit it, so every member verifies against the same proof)\n";
        for (const QString& missing : run->missingFolders)
            cli.out << "missing raw folder: " << missing << "\n";
        cli.out.flush();
    }
    return ExitOk;
}

int runRawVerify(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Trust size and modification time; do not read content."));
    const QCommandLineOption local(
        QStringLiteral("local"),
        QStringLiteral("Compare with the baseline in the local index instead of raw-baseline.json."));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                        QStringLiteral("Worker threads (default: one per core)."),
                                        QStringLiteral("N"));
    parser.addOptions({quick, local, threadsOpt});
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Compares the raw folders with the baseline; exit 1 when any file was "
                           "modified, added or removed."),
            args))
        return *stop;
    auto threads = threadsOption(parser, threadsOpt);
    if (!threads)
        return cli.fail(threads.error());
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());

    Baseline baseline;
    if (parser.isSet(local)) {
        // Only read: a read-only local folder (or mount) must not stop a verify.
        auto db = db::folderWritable(ws->databasePath) ? db::openLocalDatabase(ws->databasePath)
                                                       : db::openDatabaseForReading(ws->databasePath);
        if (!db)
            return cli.fail(db.error());
        auto stored = BaselineStore(*db).load();
        if (!stored)
            return cli.fail(stored.error());
        if (!stored->has_value())
            return cli.fail(Error::failed(
                QStringLiteral("%1: no baseline recorded on this machine (run `teamspace-cli raw baseline`)")
                    .arg(ws->databasePath)));
        baseline = std::move(**stored);
    } else {
        auto loaded = loadBaselineFile(ws->repoDir);
        if (!loaded)
            return cli.fail(loaded.error());
        baseline = std::move(*loaded);
    }

    VerifyOptions options;
    options.quick = parser.isSet(quick);
    options.threads = *threads;
    CancelOnInterrupt cancel;
    options.cancel = cancel.token();
    options.progress = terminalProgress(cli, QStringLiteral("verifying"));
    auto report = BaselineVerifier::verify(*ws, baseline, options);
    endTerminalProgress(cli);
    if (!report)
        return cli.fail(report.error());
    const QString how =
        report->quick
            ? QStringLiteral("quick: size and modification time only, content not read; an edit that "
                             "kept both goes unnoticed")
            : QStringLiteral("content compared with %1").arg(toString(baseline.algorithm));
    if (cli.options.json) {
        cli.printJson(QJsonObject{{QStringLiteral("modified"), QJsonArray::fromStringList(report->modified)},
                                  {QStringLiteral("added"), QJsonArray::fromStringList(report->added)},
                                  {QStringLiteral("removed"), QJsonArray::fromStringList(report->removed)},
                                  {QStringLiteral("unchanged"), report->unchanged}});
        if (report->quick)
            cli.err << "note: " << how << "\n";
    } else {
        cli.out << "raw verify: " << report->modified.size() << " modified, " << report->added.size()
                << " added, " << report->removed.size() << " removed, " << report->unchanged << " unchanged ("
                << how << ")\n";
        for (const QString& p : report->modified)
            cli.out << "  modified  " << p << "\n";
        for (const QString& p : report->added)
            cli.out << "  added     " << p << "\n";
        for (const QString& p : report->removed)
            cli.out << "  removed   " << p << "\n";
        cli.out.flush();
    }
    printSkipped(cli, report->skipped);
    if (!report->errors.isEmpty()) {
        for (const PathNote& e : report->errors)
            cli.err << "error: " << e.note << "\n";
        return cli.fail(Error::failed(
            QStringLiteral("raw verify: %1 files could not be read (listed above), so their integrity is "
                           "unknown")
                .arg(report->errors.size())));
    }
    return report->differs() ? ExitFindings : ExitOk;
}

} // namespace ts::cli
