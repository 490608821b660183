// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// codeowners and check-push (CLI.md): the server-side half of the incoming review (docs/sync.md). The use
// cases are core/services/ReviewService; this file parses arguments and prints.
#include "Commands.h"

#include "services/ReviewService.h"

#include <QJsonArray>

namespace ts::cli {

namespace {

int runCodeOwners(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption write(QStringLiteral("write"),
                                   QStringLiteral("Write CODEOWNERS at the top of the repository."));
    parser.addOption(write);
    if (auto stop =
            cli.parseCommand(parser,
                             QStringLiteral("Print (or --write) a CODEOWNERS file from teamspace.json: "
                                            "members' notebook folders and assigned notebooks to their "
                                            "\"account\", the manifest and baseline to the leads."),
                             args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(QStringLiteral("codeowners takes no arguments"));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto owners = services::codeOwners(*ws, parser.isSet(write));
    if (!owners)
        return cli.fail(owners.error());
    for (const QString& warning : owners->warnings)
        cli.err << "warning: " << warning << Qt::endl;
    if (cli.options.json) {
        cli.printJson({{QStringLiteral("path"), owners->path},
                       {QStringLiteral("written"), owners->written},
                       {QStringLiteral("text"), QString::fromUtf8(owners->text)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(owners->warnings)}});
    } else if (owners->written) {
        cli.out << "wrote " << owners->path
                << " (commit it, then turn on \"require review from code owners\" for main)\n";
    } else {
        cli.out << QString::fromUtf8(owners->text);
    }
    cli.out.flush();
    return owners->warnings.isEmpty() ? ExitOk : ExitFindings;
}

int runCheckPush(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("OLD"),
        QStringLiteral("The branch's commit before the push (all zeros: a new branch)."));
    parser.addPositionalArgument(QStringLiteral("NEW"), QStringLiteral("The pushed commit."));
    if (auto stop =
            cli.parseCommand(parser,
                             QStringLiteral("Check every commit of a pushed range against Teamspace's rules "
                                            "(roles, ownership, symlinks, valid files); for pre-receive "
                                            "hooks and CI. Exit 1 lists each violation."),
                             args))
        return *stop;
    if (parser.positionalArguments().size() != 2)
        return cli.usageError(
            QStringLiteral("check-push: give OLD and NEW (see `teamspace-cli check-push --help`)"));
    // In a hook git names the repository (and the quarantined objects) in the environment; elsewhere
    // --workspace or the current folder.
    const QString repo = !cli.options.workspace.isEmpty()       ? cli.options.workspace
                         : qEnvironmentVariableIsSet("GIT_DIR") ? QString()
                                                                : QStringLiteral(".");
    auto checked =
        services::checkPush(repo, parser.positionalArguments().at(0), parser.positionalArguments().at(1));
    if (!checked)
        return cli.fail(checked.error());
    if (cli.options.json) {
        QJsonArray violations;
        for (const sync::IncomingViolation& v : checked->violations)
            violations.append(
                QJsonObject{{QStringLiteral("commit"), v.commit},
                            {QStringLiteral("author"), v.authorName},
                            {QStringLiteral("email"), v.authorEmail},
                            {QStringLiteral("member"),
                             v.member.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.member)},
                            {QStringLiteral("path"), v.path},
                            {QStringLiteral("rule"), toString(v.rule)},
                            {QStringLiteral("what"), v.what}});
        cli.printJson(
            {{QStringLiteral("commits"), checked->commits}, {QStringLiteral("violations"), violations}});
    } else {
        for (const sync::IncomingViolation& v : checked->violations)
            cli.out << v.commit.left(10) << " " << v.author() << " " << v.path << " [" << toString(v.rule)
                    << "]: " << v.what << "\n";
        cli.out << counted(checked->commits, "commit", "commits") << " checked, "
                << counted(checked->violations.size(), "violation", "violations") << "\n";
        cli.out.flush();
    }
    return checked->violations.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace

void registerReviewCommands(CommandTable& table)
{
    table.append({QStringLiteral("codeowners"),
                  QStringLiteral("print or --write CODEOWNERS from the manifest (members' accounts)"),
                  &runCodeOwners});
    table.append({QStringLiteral("check-push"),
                  QStringLiteral("check a pushed range OLD NEW against roles, ownership, links, validity"),
                  &runCheckPush});
}

} // namespace ts::cli
