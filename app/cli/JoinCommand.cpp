// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// join URL [DIR] --as ID [--root DIR] (issue 17): parsing and printing. The use case is
// services/JoinWorkspace.h (clone into a staging folder, check teamspace.json, identity, shared folder).
#include "Commands.h"
#include "WorkspaceCommandParts.h"

#include "services/JoinWorkspace.h"
#include "util/ByteSize.h"
#include "util/RedactUrl.h"

#include <QDir>
#include <QJsonArray>


namespace ts::cli {

namespace {

ProgressCallback clonePrinter(Cli& cli)
{
    return cli.progress([](const Progress& p) {
        return QStringLiteral("clone: %1 of %2, %3")
            .arg(p.done)
            .arg(counted(p.total, "object", "objects"), formatByteSize(p.bytes));
    });
}

int runJoin(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption acceptRoot(
        QStringLiteral("accept-root"),
        QStringLiteral("Take the shared folder given with --root even if it does not look like the team's."));
    parser.addOption(acceptRoot);
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("The team's notebook repository."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QStringLiteral("Where to put it (default: the repository's name)."),
                                 QStringLiteral("[DIR]"));
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral(
                "Clones a team's notebook repository, checks its teamspace.json and remembers on this\n"
                "machine who you are (--as ID, one of its members) and where the shared folder is mounted\n"
                "(--root DIR, optional: set it later with --root on any command). Nothing is left behind\n"
                "when the repository is refused."),
            args))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() || words.size() > 2)
        return cli.usageError(QStringLiteral("join: expected URL [DIR] (see `teamspace-cli join --help`)"));
    const QString url = words[0];
    QString dir = words.value(1);
    if (!cli.options.workspace.isEmpty()) {
        if (!dir.isEmpty())
            return cli.usageError(QStringLiteral("join: give the folder once, as DIR or --workspace"));
        dir = cli.options.workspace;
    }
    if (dir.isEmpty()) {
        dir = services::defaultJoinFolderName(url);
        if (dir.isEmpty())
            return cli.usageError(QStringLiteral("join: %1 names no folder to clone into: give DIR")
                                      .arg(redactUrlUserinfo(url)));
    }

    services::JoinChoice choice;
    choice.memberId = cli.options.as;
    choice.rootDir = cli.options.root;
    choice.acceptUnusualRoot = parser.isSet(acceptRoot);
    choice.indexPath = cli.options.index;
    services::Call call;
    call.progress = clonePrinter(cli);
    auto report = services::joinWorkspace(url, dir, choice, call,
                                          pauseHookFromEnvironment("TEAMSPACE_TEST_JOIN_PAUSE_AT"));
    cli.endProgress();
    if (!report) {
        Error error = report.error();
        if (error.kind == ErrorKind::Usage && choice.memberId.isEmpty() && error.message.contains("say who"))
            error.message += QStringLiteral(" (run join again with --as ID; nothing was kept)");
        else if (error.kind == ErrorKind::Usage && error.message.contains("is not a member"))
            error.message += QStringLiteral(" (nothing was kept)");
        else if (error.kind == ErrorKind::BadInput && error.message.startsWith("shared folder:"))
            error.message +=
                QStringLiteral("; with --accept-root it is taken anyway, without --root it can be "
                               "set later (nothing was kept)");
        return cli.fail(error);
    }
    for (const QString& note : report->notes)
        cli.note(note);
    for (const QString& warning : report->warnings)
        cli.err << "warning: " << warning << Qt::endl;
    if (cli.options.json) {
        QJsonArray members;
        for (const Member& member : report->manifest.members)
            members.append(memberToJson(member));
        QJsonObject json{{QStringLiteral("workspace"), report->repoDir},
                         {QStringLiteral("id"), report->manifest.id},
                         {QStringLiteral("name"), report->manifest.name},
                         {QStringLiteral("as"), report->memberId},
                         {QStringLiteral("root"), report->rootDir.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                            : QJsonValue(report->rootDir)},
                         {QStringLiteral("members"), members}};
        if (report->verdict) {
            json.insert(QStringLiteral("rootLooksLikeTeams"), report->verdict->looksLikeTeams());
            json.insert(QStringLiteral("mount"), services::toString(report->verdict->mount.kind));
        }
        cli.printJson(json);
        return ExitOk;
    }
    cli.out << "Joined \"" << report->manifest.name << "\" in " << report->repoDir << " as "
            << report->memberId << ".\n";
    if (report->rootDir.isEmpty()) {
        cli.out
            << "The shared folder is not set yet: pass --root DIR to a command (it is remembered), or set "
               "it in the app's Preferences.\n";
    } else {
        cli.out << "Shared folder: " << report->rootDir << "\n";
        if (report->verdict && !report->verdict->mount.implication.isEmpty())
            cli.out << "  " << report->verdict->mount.implication << "\n";
        if (report->verdict && !report->verdict->problem.isEmpty())
            cli.out << "  note: " << report->verdict->problem << "\n";
    }
    cli.out << "Next: cd " << QDir::current().relativeFilePath(report->repoDir) << " && teamspace-cli sync\n";
    cli.out.flush();
    return ExitOk;
}

} // namespace

void registerJoinCommands(CommandTable& table)
{
    table.append({QStringLiteral("join"),
                  QStringLiteral("clone a team's workspace and remember who you are and the shared folder"),
                  &runJoin});
}

} // namespace ts::cli
