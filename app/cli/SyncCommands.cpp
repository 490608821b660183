// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// sync (CLI.md): parsing and printing. The use case is core/services/SyncService.
#include "Commands.h"

#include "services/SyncService.h"
#include "util/ByteSize.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

namespace ts::cli {

namespace {

using sync::SyncReport;

const QString kDefaultRemote = QStringLiteral("origin");

QJsonObject reportToJson(const SyncReport& report, bool dryRun)
{
    QJsonArray setAside;
    for (const sync::SetAside& entry : report.setAside)
        setAside.append(
            QJsonObject{{QStringLiteral("path"), entry.path},
                        {QStringLiteral("copy"),
                         entry.copy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.copy)},
                        {QStringLiteral("reason"), entry.reason}});
    QJsonArray incoming; // remote changes not taken (docs/sync.md, "Incoming review")
    for (const sync::IncomingRefusal& entry : report.incoming)
        incoming.append(
            QJsonObject{{QStringLiteral("commit"), entry.commit},
                        {QStringLiteral("author"), entry.author},
                        {QStringLiteral("path"), entry.path},
                        {QStringLiteral("rule"), entry.rule},
                        {QStringLiteral("what"), entry.what},
                        {QStringLiteral("copy"),
                         entry.copy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.copy)}});
    QJsonArray refused;
    for (const sync::Refused& entry : report.refused)
        refused.append(
            QJsonObject{{QStringLiteral("path"), entry.path}, {QStringLiteral("reason"), entry.reason}});
    return {{QStringLiteral("committed"), QJsonArray::fromStringList(report.committed)},
            {QStringLiteral("setAside"), setAside},
            {QStringLiteral("pulled"), QJsonArray::fromStringList(report.pulled)},
            {QStringLiteral("pushed"), report.pushed},
            {QStringLiteral("remoteHead"),
             report.remoteHead.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.remoteHead)},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("incoming"), incoming},
            {QStringLiteral("correction"),
             report.correction.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.correction)},
            {QStringLiteral("merged"), report.merged},
            {QStringLiteral("resumed"), report.resumed},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
}

void printReport(Cli& cli, const SyncReport& report, bool dryRun)
{
    const QString would = dryRun ? QStringLiteral("would be ") : QString();
    for (const QString& path : report.committed)
        cli.out << "committed " << (dryRun ? "(dry run) " : "") << path << "\n";
    for (const sync::SetAside& entry : report.setAside)
        cli.out << "set aside " << would << entry.path
                << (entry.copy.isEmpty() ? QString() : QStringLiteral(" → ") + entry.copy) << " ("
                << entry.reason << ")\n";
    for (const QString& path : report.pulled)
        cli.out << "pulled " << path << "\n";
    for (const QString& note : report.notes)
        cli.out << "note: " << note << "\n";
    if (dryRun)
        cli.out << "dry run: nothing was changed\n";
    else if (report.pushed)
        cli.out << "synced: the remote holds " << report.remoteHead << "\n";
    else
        cli.out << "committed locally; not pushed\n";
    cli.out.flush();
}

// The phase ("sync: fetch") and, during a transfer, its objects and bytes; on stderr as the global options say.
ProgressCallback progressPrinter(Cli& cli)
{
    return cli.progress([](const Progress& p) {
        if (p.total < 0 && p.done == 0)
            return QStringLiteral("sync: %1").arg(p.current);
        return QStringLiteral("sync: %1 %2 of %3, %4")
            .arg(p.current)
            .arg(p.done)
            .arg(counted(p.total, "object", "objects"), formatByteSize(p.bytes));
    });
}

int runSync(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption message(QStringLiteral("message"), QStringLiteral("Commit message."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Report what would happen; change nothing."));
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("Remote name (default origin)."),
                                    QStringLiteral("NAME"));
    parser.addOptions({message, dryRun, remote});
    if (auto stop =
            cli.parseCommand(parser,
                             QStringLiteral("Commit my notebooks (stripped), set aside what I may not "
                                            "commit, fetch, merge, push, confirm."),
                             args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(QStringLiteral("sync takes no paths (it syncs the whole workspace)"));
    auto ws = cli.openWorkspaceAsMember();
    if (!ws)
        return cli.fail(ws.error());
    services::SyncOptions options;
    options.remoteName = parser.isSet(remote) ? parser.value(remote) : kDefaultRemote;
    options.message = parser.value(message);
    options.dryRun = parser.isSet(dryRun);
    options.testHook = pauseHookFromEnvironment("TEAMSPACE_TEST_SYNC_PAUSE_AT");
    services::Call call;
    call.progress = progressPrinter(cli);
    auto run = services::sync(*ws, options, call);
    cli.endProgress();
    if (!run)
        return cli.fail(run.error());
    for (const QString& note : run->notes)
        cli.note(note);
    for (const QString& warning : run->warnings)
        cli.err << "warning: " << warning << Qt::endl;
    const SyncReport& report = run->report;
    if (cli.options.json)
        cli.printJson(reportToJson(report, run->dryRun));
    else
        printReport(cli, report, run->dryRun);
    for (const sync::Refused& entry : report.refused)
        cli.err << "refused: " << entry.reason << Qt::endl;
    return report.refused.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace

void registerSyncCommands(CommandTable& table)
{
    table.append({QStringLiteral("sync"),
                  QStringLiteral("commit my notebooks, set aside others' edits, merge, push, confirm; "
                                 "`sync status` shows what it would do"),
                  &runSync,
                  {{QStringLiteral("status"),
                    QStringLiteral("what a sync would do now; changes nothing [--fetch]"), &runSyncStatus}}});
    registerCredentialsCommands(table); // CredentialsCommands.cpp, listed after sync
}

} // namespace ts::cli
