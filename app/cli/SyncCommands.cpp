// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// sync and credentials (CLI.md): parsing and printing. The use cases are core/services (SyncService,
// CredentialService).
#include "Commands.h"

#include "services/CredentialService.h"
#include "services/SyncService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

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

// Throttled human progress on stderr (never on stdout: --json keeps stdout for the one document).
ProgressCallback progressPrinter(Cli& cli)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [&cli, timer](const Progress& progress) {
        if (timer->elapsed() < 500 && progress.done != progress.total)
            return;
        timer->restart();
        std::fprintf(stderr, "%s: %lld/%lld objects, %lld bytes\n", qPrintable(progress.current),
                     static_cast<long long>(progress.done), static_cast<long long>(progress.total),
                     static_cast<long long>(progress.bytes));
        Q_UNUSED(cli);
    };
}

int runSync(Cli& cli, const QStringList& args)
{
    if (args.value(1) == QLatin1String("status"))
        return runSyncStatus(cli, QStringList{args.value(0) + QStringLiteral(" status")} + args.mid(2));
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
    if (!run)
        return cli.fail(run.error());
    for (const QString& note : run->notes)
        cli.err << "note: " << note << Qt::endl;
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

// NAME (a remote of this workspace) or URL (anything with a scheme, a path, or host:path) → URL.
Result<QString> resolveRemote(Cli& cli, const QString& nameOrUrl)
{
    if (services::isRemoteUrl(nameOrUrl))
        return nameOrUrl;
    auto ws = cli.openWorkspace();
    if (!ws)
        return ws.error();
    return services::resolveRemoteUrl(ws->repoDir, nameOrUrl);
}

int runCredentials(Cli& cli, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub != QLatin1String("set") && sub != QLatin1String("forget"))
        return cli.usageError(QStringLiteral(
            "credentials: expected `set` or `forget` (see `teamspace-cli credentials set --help`)"));
    QCommandLineParser parser;
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("Remote name or URL."),
                                    QStringLiteral("NAME|URL"));
    const QCommandLineOption username(QStringLiteral("username"), QStringLiteral("User name for the remote."),
                                      QStringLiteral("U"));
    const QCommandLineOption sshKey(
        QStringLiteral("ssh-key"),
        QStringLiteral("Private key file for SSH (stdin: its passphrase, may be empty)."),
        QStringLiteral("FILE"));
    parser.addOption(remote);
    if (sub == QLatin1String("set"))
        parser.addOptions({username, sshKey});
    const QStringList words = QStringList{args.value(0) + u' ' + sub} + args.mid(2);
    if (auto stop = cli.parseCommand(
            parser,
            sub == QLatin1String("set")
                ? QStringLiteral(
                      "Store the credential for a remote in the OS keychain; the secret is read from stdin.")
                : QStringLiteral("Remove the stored credential for a remote."),
            words))
        return *stop;
    if (!parser.isSet(remote))
        return cli.usageError(QStringLiteral("credentials %1: --remote NAME|URL is required").arg(sub));
    auto url = resolveRemote(cli, parser.value(remote));
    if (!url)
        return cli.fail(url.error());
    if (sub == QLatin1String("forget")) {
        auto forgotten = services::forgetCredential(*url);
        if (!forgotten)
            return cli.fail(forgotten.error());
        if (cli.options.json)
            cli.printJson({{QStringLiteral("remote"), forgotten->key}, {QStringLiteral("forgotten"), true}});
        else
            cli.out << "forgot the credential for " << forgotten->key << Qt::endl;
        return ExitOk;
    }
    if (!parser.isSet(username))
        return cli.usageError(QStringLiteral("credentials set: --username U is required"));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return cli.fail(Error::failed(QStringLiteral("credentials set: cannot read the secret from stdin")));
    QByteArray secret = input.read(64 * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty() && !parser.isSet(sshKey))
        return cli.usageError(
            QStringLiteral("credentials set: no secret on stdin (pipe the password or token in)"));
    const git::RemoteCredential credential{parser.value(username), QString::fromUtf8(secret),
                                           parser.value(sshKey)};
    auto stored = services::storeCredential(*url, credential);
    if (!stored)
        return cli.fail(stored.error());
    if (cli.options.json)
        cli.printJson({{QStringLiteral("remote"), stored->key},
                       {QStringLiteral("username"), stored->username},
                       {QStringLiteral("stored"), true}});
    else
        cli.out << "stored the credential for " << stored->key << " (user " << stored->username
                << ") in the keychain" << Qt::endl;
    return ExitOk;
}

} // namespace

void registerSyncCommands(CommandTable& table)
{
    table.append({QStringLiteral("sync"),
                  QStringLiteral("commit my notebooks, set aside others' edits, merge, push, confirm; "
                                 "`sync status` shows what it would do"),
                  &runSync,
                  {QStringLiteral("status")}});
    table.append({QStringLiteral("credentials"),
                  QStringLiteral("set|forget the keychain credential of a remote"),
                  &runCredentials,
                  {QStringLiteral("set"), QStringLiteral("forget")}});
}

} // namespace ts::cli
