// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `raw baseline` and `raw verify`: the content proof of the raw folders, shared as raw-baseline.json.
#include "RawCliSupport.h"

#include "services/RawIntegrity.h"
#include "util/ByteSize.h"

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
        cli.note(s.path + QStringLiteral(": ") + s.note);
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
    services::RawBaselineOptions options;
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
    services::Call call;
    CancelOnInterrupt interrupt(call.cancel);
    call.progress = hashProgress(cli, QStringLiteral("hashing"));
    auto run = services::recordRawBaseline(*ws, options, call);
    cli.endProgress();
    if (!run)
        return cli.fail(run.error());
    printSkipped(cli, run->skipped);
    // Unreadable files and folders: nothing was written (run->failure says so).
    for (const PathNote& e : run->errors)
        cli.err << "error: " << e.note << "\n";
    for (const PathNote& e : run->unreadable)
        cli.err << "error: " << e.note << "\n";
    if (run->failure)
        return cli.fail(*run->failure);
    if (!run->logWarning.isEmpty())
        cli.err << "warning: " << run->logWarning << "\n";

    if (cli.options.json) {
        QJsonArray skipped;
        for (const PathNote& s : run->skipped)
            skipped.append(QJsonObject{{QStringLiteral("path"), s.path}, {QStringLiteral("reason"), s.note}});
        cli.printJson(
            QJsonObject{{QStringLiteral("files"), run->files},
                        {QStringLiteral("bytes"), run->bytes},
                        {QStringLiteral("algorithm"), toString(run->algorithm)},
                        {QStringLiteral("file"), run->file},
                        {QStringLiteral("seconds"), run->seconds},
                        {QStringLiteral("skipped"), skipped},
                        {QStringLiteral("missingFolders"), QJsonArray::fromStringList(run->missingFolders)}});
    } else {
        cli.out << "raw baseline: " << counted(run->files, "file", "files") << ", " << formatByteSize(run->bytes)
                << " hashed with " << toString(run->algorithm) << " in "
                << QString::number(run->seconds, 'f', 2) << " s\n"
                << "wrote " << run->file << " (commit it, so every member verifies against the same proof)\n";
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
    services::RawVerifyOptions options;
    options.quick = parser.isSet(quick);
    options.local = parser.isSet(local);
    options.threads = *threads;
    services::Call call;
    CancelOnInterrupt interrupt(call.cancel);
    call.progress = hashProgress(cli, QStringLiteral("verifying"));
    auto verified = services::verifyRaw(*ws, options, call);
    cli.endProgress();
    if (!verified)
        return cli.fail(verified.error());
    const VerifyReport& report = verified->result;
    const QString how =
        report.quick
            ? QStringLiteral("quick: size and modification time only, content not read; an edit that "
                             "kept both goes unnoticed")
            : QStringLiteral("content compared with %1").arg(toString(verified->algorithm));
    if (cli.options.json) {
        cli.printJson(QJsonObject{{QStringLiteral("modified"), QJsonArray::fromStringList(report.modified)},
                                  {QStringLiteral("added"), QJsonArray::fromStringList(report.added)},
                                  {QStringLiteral("removed"), QJsonArray::fromStringList(report.removed)},
                                  {QStringLiteral("unchanged"), report.unchanged}});
        if (report.quick)
            cli.note(how);
    } else {
        cli.out << "raw verify: " << report.modified.size() << " modified, " << report.added.size()
                << " added, " << report.removed.size() << " removed, " << report.unchanged << " unchanged ("
                << how << ")\n";
        for (const QString& p : report.modified)
            cli.out << "  modified  " << p << "\n";
        for (const QString& p : report.added)
            cli.out << "  added     " << p << "\n";
        for (const QString& p : report.removed)
            cli.out << "  removed   " << p << "\n";
        cli.out.flush();
    }
    printSkipped(cli, report.skipped);
    if (!report.errors.isEmpty()) {
        for (const PathNote& e : report.errors)
            cli.err << "error: " << e.note << "\n";
        return cli.fail(Error::failed(
            QStringLiteral("raw verify: %1 could not be read (listed above), so their integrity is unknown")
                .arg(counted(report.errors.size(), "file", "files"))));
    }
    return report.differs() ? ExitFindings : ExitOk;
}

} // namespace ts::cli
