// sync and credentials (CLI.md). The sync itself is core/sync/SyncEngine on a worker thread; this file
// gathers what it needs before it starts (trusted manifest, credential from the keychain) and reports.
#include "Commands.h"

#include "db/LocalDatabase.h"
#include "notebooks/NotebookStripper.h"
#include "sync/KeychainCredentialStore.h"
#include "sync/SyncActivity.h"
#include "sync/SyncEngine.h"
#include "util/RedactUrl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QThread>

#include <cstdio>

namespace ts::cli {

namespace {

using sync::SyncReport;

const QString kDefaultRemote = QStringLiteral("origin");

// The manifest as committed at HEAD decides ownership and who leads: the working copy may hold a
// non-lead's uncommitted edit (which the sync is about to set aside), so it is not trusted for that.
Result<Manifest> trustedManifest(const Workspace& ws, git::GitRepository& repo)
{
    auto head = repo.headOid();
    if (!head)
        return head.error();
    if (!*head)
        return ws.manifest; // nothing committed yet: the working copy is all there is
    git_commit* rawCommit = nullptr;
    if (const int code = git_commit_lookup(&rawCommit, repo.raw(), &**head); code < 0)
        return git::gitError(code, QStringLiteral("%1: cannot read HEAD: ").arg(ws.repoDir));
    git::CommitHandle commit(rawCommit);
    git_tree* rawTree = nullptr;
    if (const int code = git_commit_tree(&rawTree, commit.get()); code < 0)
        return git::gitError(code, QStringLiteral("%1: cannot read HEAD: ").arg(ws.repoDir));
    git::TreeHandle tree(rawTree);
    git_tree_entry* rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, tree.get(), kManifestFileName) != 0)
        return ws.manifest;
    const std::unique_ptr<git_tree_entry, git::GitFree<git_tree_entry, git_tree_entry_free>> entry(rawEntry);
    git_blob* rawBlob = nullptr;
    if (const int code = git_blob_lookup(&rawBlob, repo.raw(), git_tree_entry_id(entry.get())); code < 0)
        return git::gitError(code,
                             QStringLiteral("%1: cannot read the committed manifest: ").arg(ws.repoDir));
    git::BlobHandle blob(rawBlob);
    const auto size = static_cast<qsizetype>(git_blob_rawsize(blob.get()));
    if (size > kManifestMaxBytes)
        return Error::badInput(QStringLiteral("HEAD:%1 is larger than %2 bytes")
                                   .arg(QLatin1String(kManifestFileName))
                                   .arg(kManifestMaxBytes));
    const QByteArray bytes(static_cast<const char*>(git_blob_rawcontent(blob.get())), size);
    return parseManifest(bytes, QStringLiteral("HEAD:") + QLatin1String(kManifestFileName));
}

// TEST SEAM — only for tests/app/cli (kill -9 in the middle of a sync). When TEAMSPACE_TEST_SYNC_PAUSE_AT
// names a point of the job ("after-commit", "during-push", "during-merge", …) the CLI announces it on stderr
// and then waits there for ever, so the test can kill it at exactly that point. Unset in normal use.
sync::SyncTestHook testSeamFromEnvironment()
{
    const QByteArray point = qgetenv("TEAMSPACE_TEST_SYNC_PAUSE_AT");
    if (point.isEmpty())
        return {};
    return [point](const char* reached) {
        if (point != reached)
            return;
        std::fprintf(stderr, "teamspace-test: paused at %s\n", reached);
        std::fflush(stderr);
        for (;;)
            QThread::sleep(1);
    };
}

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
git::TransferOptions progressOptions(Cli& cli)
{
    git::TransferOptions options;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    options.progress = [&cli, timer](const Progress& progress) {
        if (timer->elapsed() < 500 && progress.done != progress.total)
            return;
        timer->restart();
        std::fprintf(stderr, "%s: %lld/%lld objects, %lld bytes\n", qPrintable(progress.current),
                     static_cast<long long>(progress.done), static_cast<long long>(progress.total),
                     static_cast<long long>(progress.bytes));
        Q_UNUSED(cli);
    };
    return options;
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
    auto repo = git::GitRepository::open(ws->repoDir);
    if (!repo)
        return cli.fail(repo.error());
    auto manifest = trustedManifest(*ws, *repo);
    if (!manifest)
        return cli.fail(manifest.error());

    sync::SyncJob job;
    job.repoDir = ws->repoDir;
    job.me = ws->me;
    job.manifest = std::move(manifest).value();
    job.remoteName = parser.isSet(remote) ? parser.value(remote) : kDefaultRemote;
    job.message = parser.value(message);
    job.dryRun = parser.isSet(dryRun);
    job.journalPath = sync::journalPathFor(ws->databasePath);
    job.transfer = progressOptions(cli);
    job.strip = [](QByteArray bytes, const StripPolicy& policy, const QString& source) {
        return nb::stripNotebookBytes(std::move(bytes), policy, source);
    };
    job.testHook = testSeamFromEnvironment();
    const auto url = repo->remoteUrl(job.remoteName);
    const sync::CredentialUse credentialUse = url ? sync::credentialUseFor(*url) : sync::CredentialUse::None;
    if (credentialUse != sync::CredentialUse::None) {
        // Read before the job starts: the keychain's event loop runs here, not inside libgit2's callbacks.
        sync::KeychainCredentialStore store;
        auto credential = store.read(*url);
        if (credential)
            job.transfer.credential = *credential;
        else if (credentialUse == sync::CredentialUse::Required)
            return cli.fail(credential.error());
        else // ssh: a stored key file is optional, the agent is the default
            cli.err << "note: " << credential.error().message << "; trying the SSH agent" << Qt::endl;
    }
    if (!job.manifest.member(job.me))
        return cli.fail(Error::usage(QStringLiteral("--as %1: not a member in the committed %2")
                                         .arg(job.me, QLatin1String(kManifestFileName))));

    auto future = sync::startSync(job);
    future.waitForFinished();
    Result<SyncReport> result = future.result();
    if (!result) // the one place every sync failure passes: no password or token in a remote URL goes further
        result = Error{result.error().kind, redactUrlUserinfo(result.error().message)};
    if (!job.dryRun) {
        // The activity log is local state: a failure to write it is reported, the sync's outcome stands.
        auto db = db::openLocalDatabase(ws->databasePath);
        Status logged = db ? (result ? sync::recordSyncActivity(*db, job.me, *result)
                                     : sync::recordSyncFailure(*db, job.me, result.error()))
                           : Status(db.error());
        if (!logged)
            cli.err << "warning: activity log not written: " << logged.error().message << Qt::endl;
    }
    if (!result)
        return cli.fail(result.error().prefixed(QStringLiteral("sync: ")));
    if (cli.options.json)
        cli.printJson(reportToJson(*result, job.dryRun));
    else
        printReport(cli, *result, job.dryRun);
    for (const sync::Refused& entry : result->refused)
        cli.err << "refused: " << entry.reason << Qt::endl;
    return result->refused.isEmpty() ? ExitOk : ExitFindings;
}

// NAME (a remote of this workspace) or URL (anything with a scheme, a path, or host:path) → URL.
Result<QString> resolveRemote(Cli& cli, const QString& nameOrUrl)
{
    if (nameOrUrl.contains(u':') || nameOrUrl.contains(u'/'))
        return nameOrUrl;
    auto ws = cli.openWorkspace();
    if (!ws)
        return ws.error();
    auto repo = git::GitRepository::open(ws->repoDir);
    if (!repo)
        return repo.error();
    auto url = repo->remoteUrl(nameOrUrl);
    if (!url)
        return Error::usage(QStringLiteral("--remote %1: no such remote in %2 (pass the URL instead)")
                                .arg(redactUrlUserinfo(nameOrUrl), ws->repoDir));
    return *url;
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
    const QString key = sync::credentialKeyFor(*url);
    sync::KeychainCredentialStore store;
    if (sub == QLatin1String("forget")) {
        if (auto forgotten = store.forget(*url); !forgotten)
            return cli.fail(forgotten.error());
        if (cli.options.json)
            cli.printJson({{QStringLiteral("remote"), key}, {QStringLiteral("forgotten"), true}});
        else
            cli.out << "forgot the credential for " << key << Qt::endl;
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
    if (auto stored = store.write(*url, credential); !stored)
        return cli.fail(stored.error());
    if (cli.options.json)
        cli.printJson({{QStringLiteral("remote"), key},
                       {QStringLiteral("username"), credential.username},
                       {QStringLiteral("stored"), true}});
    else
        cli.out << "stored the credential for " << key << " (user " << credential.username
                << ") in the keychain" << Qt::endl;
    return ExitOk;
}

} // namespace

void registerSyncCommands(CommandTable& table)
{
    table.append({QStringLiteral("sync"),
                  QStringLiteral("commit my notebooks, set aside others' edits, merge, push, confirm"),
                  &runSync});
    table.append({QStringLiteral("credentials"),
                  QStringLiteral("set|forget the keychain credential of a remote"), &runCredentials});
}

} // namespace ts::cli
