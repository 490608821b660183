// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// credentials (CLI.md): parsing, prompting and printing. The use case is core/services/CredentialService.
#include "Commands.h"

#include "SecretPrompt.h"
#include "services/CredentialService.h"
#include "sync/CredentialStore.h"

#include <QJsonArray>

namespace ts::cli {

namespace {

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

int runSet(Cli& cli, const QStringList& words)
{
    QCommandLineParser parser;
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("Remote name or URL."),
                                    QStringLiteral("NAME|URL"));
    const QCommandLineOption username(QStringLiteral("username"), QStringLiteral("User name for the remote."),
                                      QStringLiteral("U"));
    const QCommandLineOption sshKey(
        QStringLiteral("ssh-key"),
        QStringLiteral("Private key file for SSH (the secret asked for is its passphrase, may be empty)."),
        QStringLiteral("FILE"));
    parser.addOptions({remote, username, sshKey});
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Store the credential for a remote in the OS keychain. The password or token is "
                           "asked for with echo off on a terminal; otherwise one line is read from stdin."),
            words))
        return *stop;
    if (!parser.isSet(remote))
        return cli.usageError(QStringLiteral("credentials set: --remote NAME|URL is required"));
    if (!parser.isSet(username))
        return cli.usageError(QStringLiteral("credentials set: --username U is required"));
    auto url = resolveRemote(cli, parser.value(remote));
    if (!url)
        return cli.fail(url.error());
    const QString prompt = parser.isSet(sshKey)
                               ? QStringLiteral("Passphrase for %1 (empty for none): ").arg(parser.value(sshKey))
                               : QStringLiteral("Password or token for %1 (user %2): ")
                                     .arg(sync::credentialKeyFor(*url), parser.value(username));
    auto secret = readSecretLine(prompt);
    if (!secret)
        return cli.fail(secret.error().prefixed(QStringLiteral("credentials set: ")));
    if (secret->isEmpty() && !parser.isSet(sshKey))
        return cli.usageError(QStringLiteral(
            "credentials set: no secret given (type it at the prompt, or pipe the password or token in)"));
    const git::RemoteCredential credential{parser.value(username), QString::fromUtf8(*secret),
                                           parser.value(sshKey)};
    wipeSecret(*secret);
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

int runForget(Cli& cli, const QStringList& words)
{
    QCommandLineParser parser;
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("Remote name or URL."),
                                    QStringLiteral("NAME|URL"));
    parser.addOption(remote);
    if (auto stop = cli.parseCommand(
            parser, QStringLiteral("Remove the stored credential for a remote from the keychain."), words))
        return *stop;
    if (!parser.isSet(remote))
        return cli.usageError(QStringLiteral("credentials forget: --remote NAME|URL is required"));
    auto url = resolveRemote(cli, parser.value(remote));
    if (!url)
        return cli.fail(url.error());
    auto forgotten = services::forgetCredential(*url);
    if (!forgotten)
        return cli.fail(forgotten.error());
    if (cli.options.json)
        cli.printJson({{QStringLiteral("remote"), forgotten->key}, {QStringLiteral("forgotten"), true}});
    else
        cli.out << "forgot the credential for " << forgotten->key << Qt::endl;
    return ExitOk;
}

int runUseGitHelper(Cli& cli, const QStringList& words)
{
    QCommandLineParser parser;
    const QCommandLineOption remote(QStringLiteral("remote"),
                                    QStringLiteral("Remote name or URL (or give it as the argument)."),
                                    QStringLiteral("NAME|URL"));
    const QCommandLineOption off(QStringLiteral("off"),
                                 QStringLiteral("Stop using git's credential helpers for the remote."));
    parser.addOptions({remote, off});
    parser.addPositionalArgument(QStringLiteral("NAME|URL"), QStringLiteral("The remote."));
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Read the credential of an http(s) remote through git's credential helpers "
                           "(`git credential fill`, then approve or reject) on this machine, before the "
                           "keychain. Kept in the local settings, not in the workspace."),
            words))
        return *stop;
    QStringList named = parser.positionalArguments();
    if (parser.isSet(remote))
        named << parser.value(remote);
    if (named.size() != 1)
        return cli.usageError(
            QStringLiteral("credentials use-git-helper: give exactly one remote (NAME or URL)"));
    auto url = resolveRemote(cli, named.first());
    if (!url)
        return cli.fail(url.error());
    const bool use = !parser.isSet(off);
    auto chosen = services::useGitCredentialHelper(*url, use);
    if (!chosen)
        return cli.fail(chosen.error());
    if (cli.options.json)
        cli.printJson({{QStringLiteral("remote"), chosen->key}, {QStringLiteral("gitHelper"), use}});
    else if (use)
        cli.out << "git's credential helpers now give the credential for " << chosen->key
                << " on this machine (before the keychain)" << Qt::endl;
    else
        cli.out << "git's credential helpers are no longer asked for " << chosen->key << Qt::endl;
    return ExitOk;
}

int runList(Cli& cli, const QStringList& words)
{
    QCommandLineParser parser;
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Where each remote's credential is looked for, in order: the workspace's remotes "
                           "and every remote opted in to git's credential helpers. Reads no secret."),
            words))
        return *stop;
    QString repoDir;
    if (auto ws = cli.openWorkspace())
        repoDir = ws->repoDir;
    const QList<services::CredentialSources> rows = services::listCredentialSources(repoDir);
    if (cli.options.json) {
        QJsonArray remotes;
        for (const services::CredentialSources& row : rows)
            remotes.append(QJsonObject{
                {QStringLiteral("remote"), row.key},
                {QStringLiteral("name"), row.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.name)},
                {QStringLiteral("sources"), QJsonArray::fromStringList(row.order)}});
        cli.printJson({{QStringLiteral("remotes"), remotes}});
        return ExitOk;
    }
    if (rows.isEmpty())
        cli.out << "no remotes (none in this workspace, none opted in to git's credential helpers)\n";
    for (const services::CredentialSources& row : rows)
        cli.out << (row.name.isEmpty() ? QString() : row.name + u' ') << row.key << ": "
                << (row.order.isEmpty() ? QStringLiteral("needs no credential")
                                        : row.order.join(QStringLiteral(", then ")))
                << "\n";
    cli.out.flush();
    return ExitOk;
}

} // namespace

void registerCredentialsCommands(CommandTable& table)
{
    // Order of the places a credential comes from: TEAMSPACE_GIT_TOKEN (user TEAMSPACE_GIT_USERNAME, else the
    // URL's, else x-access-token) for http(s) remotes, for one run; then git's helpers when opted in; then the
    // keychain (sync/CredentialChoice.h). Each subcommand's --help says more.
    table.append({QStringLiteral("credentials"),
                  QStringLiteral("where a remote's credential comes from (never stored in the workspace)"),
                  {},
                  {{QStringLiteral("set"),
                    QStringLiteral("--remote NAME|URL --username U [--ssh-key FILE]: store it in the keychain "
                                   "(asked with echo off)"),
                    runSet},
                   {QStringLiteral("forget"), QStringLiteral("--remote NAME|URL: remove the keychain's credential"),
                    runForget},
                   {QStringLiteral("use-git-helper"),
                    QStringLiteral("NAME|URL [--off]: read it through git's credential helpers on this machine"),
                    runUseGitHelper},
                   {QStringLiteral("list"), QStringLiteral("where each remote's credential is looked for, in order: TEAMSPACE_GIT_TOKEN, "
                                                  "git's helpers if opted in, the keychain"),
                    runList}}});
}

} // namespace ts::cli
