// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// credentials (CLI.md): parsing and printing. The use case is core/services/CredentialService.
#include "Commands.h"

#include "services/CredentialService.h"

#include <QFile>

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

void registerCredentialsCommands(CommandTable& table)
{
    table.append({QStringLiteral("credentials"),
                  QStringLiteral("set|forget the keychain credential of a remote"), &runCredentials});
}

} // namespace ts::cli
