// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// init, layout and the registration of the workspace area (member, activity and demo live in their own
// files). Parsing and printing only; the work is in services/WorkspaceSetup.h.
#include "Commands.h"
#include "WorkspaceCommandParts.h"

#include "services/WorkspaceSetup.h"
#include "workspace/LayoutTemplate.h"

#include <QJsonArray>

namespace ts::cli {

QJsonObject memberToJson(const Member& m)
{
    return {{"id", m.id},
            {"name", m.name},
            {"email", m.email},
            {"role", toString(m.role)},
            {"quota",
             m.quotaBytes ? QJsonValue(static_cast<double>(*m.quotaBytes)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject folderToJson(const ExpectedFolder& f)
{
    QJsonObject o{{"path", f.path},
                  {"location", toString(f.location)},
                  {"role", toString(f.role)},
                  {"member", f.member.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.member)},
                  {"state", toString(f.state)}};
    if (!f.blocker.isEmpty())
        o.insert("blocker", f.blocker);
    return o;
}

QStringList subcommandArgs(const QStringList& args)
{
    return QStringList{args.value(0) + u' ' + args.value(1)} + args.mid(2);
}

namespace {

QString where(const ExpectedFolder& f)
{
    return (f.location == FolderLocation::Repository ? QStringLiteral("repository: ")
                                                     : QStringLiteral("shared folder: ")) +
           f.path;
}

QJsonArray foldersToJson(const QList<ExpectedFolder>& folders)
{
    QJsonArray array;
    for (const ExpectedFolder& f : folders)
        array.append(folderToJson(f));
    return array;
}

} // namespace

int runInit(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption name("name", "Workspace display name.", "NAME");
    const QCommandLineOption lead("lead", "Member id of the lead (you): a-z, 0-9, . _ -", "ID");
    const QCommandLineOption leadName("lead-name", "The lead's display name.", "TEXT");
    const QCommandLineOption leadEmail("lead-email", "The lead's e-mail (git identity).", "EMAIL");
    const QCommandLineOption templ("template", "Layout template: colab-team (default) or ccds.", "NAME",
                                   LayoutTemplate::defaultName());
    parser.addOptions({name, lead, leadName, leadEmail, templ});
    if (auto stop = cli.parseCommand(
            parser,
            "Creates teamspace.json, .gitignore, a git repository if there is none, and the layout.\n"
            "The repository is --workspace DIR (default: the current folder); the shared folder is\n"
            "--root DIR (default: the repository itself, one folder for both).",
            args))
        return *stop;
    for (const QCommandLineOption* required : {&name, &lead, &leadName, &leadEmail})
        if (!parser.isSet(*required))
            return cli.usageError(QStringLiteral("init: --%1 is required (see `teamspace-cli init --help`)")
                                      .arg(required->names().first()));
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(
            QStringLiteral("init: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    WorkspaceInitOptions options;
    options.repoDir = cli.options.workspace;
    options.rootDir = cli.options.root;
    options.name = parser.value(name);
    options.lead = Member{parser.value(lead), parser.value(leadName), parser.value(leadEmail),
                          MemberRole::Lead,   std::nullopt,           {}};
    options.templateName = parser.value(templ);
    options.indexPath = cli.options.index;
    auto report = services::initWorkspace(options);
    if (!report)
        return cli.fail(report.error());
    const Workspace& ws = report->workspace;
    if (cli.options.json) {
        QJsonArray ignored;
        for (const QString& line : report->gitignoreAdded)
            ignored.append(line);
        cli.printJson({{"workspace", ws.repoDir},
                       {"root", ws.rootDir},
                       {"id", ws.manifest.id},
                       {"template", ws.manifest.templateName},
                       {"lead", ws.me},
                       {"createdRepository", report->createdRepository},
                       {"gitignoreAdded", ignored},
                       {"created", foldersToJson(report->layout.created)}});
        return ExitOk;
    }
    cli.out << "Created workspace \"" << ws.manifest.name << "\" (" << ws.manifest.id << ") in " << ws.repoDir
            << "\n";
    if (!ws.sameFolder())
        cli.out << "Shared folder: " << ws.rootDir << "\n";
    if (report->createdRepository)
        cli.out << "Created a git repository (branch main).\n";
    for (const ExpectedFolder& f : report->layout.created)
        cli.out << "  created " << where(f) << "\n";
    cli.out << "You are " << ws.me
            << " (lead) on this machine. Next: teamspace-cli member add ID --name TEXT --email EMAIL\n";
    cli.out.flush();
    return ExitOk;
}

namespace {

int layoutCheck(Cli& cli, const Workspace& ws)
{
    auto status = services::checkLayout(ws);
    if (!status)
        return cli.fail(status.error());
    if (cli.options.json) {
        QJsonArray unexpected;
        for (const QString& name : status->unexpected)
            unexpected.append(name);
        cli.printJson({{"folders", foldersToJson(status->folders)},
                       {"unexpected", unexpected},
                       {"sharedFolderSet", !status->sharedFolderUnknown},
                       {"drift", status->hasDrift()}});
    } else {
        for (const ExpectedFolder& f : status->folders)
            if (f.state != FolderState::Present)
                cli.out << toString(f.state) << ": " << where(f)
                        << (f.blocker.isEmpty() ? QString()
                                                : QStringLiteral(" (%1 is a file)").arg(f.blocker))
                        << "\n";
        for (const QString& name : status->unexpected)
            cli.out << "unexpected at the top of the shared folder: " << name << "\n";
        if (status->sharedFolderUnknown)
            cli.out << "No shared folder is set on this machine: only the repository's folders were checked "
                       "(`teamspace-cli config root DIR` says where it is mounted).\n";
        if (status->hasDrift())
            cli.out << "The layout has drifted: `teamspace-cli layout apply` creates what is missing; move "
                       "or remove the rest yourself.\n";
        else
            cli.out << "Layout OK: " << status->folders.size() << " folders present, nothing unexpected.\n";
        cli.out.flush();
    }
    return status->hasDrift() ? ExitFindings : ExitOk;
}

int layoutApply(Cli& cli, Workspace& ws, bool acceptEmptyRoot)
{
    auto report = services::applyLayout(ws, acceptEmptyRoot);
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        cli.printJson({{"created", foldersToJson(report->created)},
                       {"blocked", foldersToJson(report->blocked)},
                       {"alreadyPresent", report->alreadyPresent}});
    } else {
        for (const ExpectedFolder& f : report->created)
            cli.out << "created " << where(f) << "\n";
        for (const ExpectedFolder& f : report->blocked)
            cli.out << "left alone: " << where(f) << " (" << f.blocker
                    << " is a file where a folder should be; move it away)\n";
        cli.out << report->created.size() << " created, " << report->alreadyPresent << " already present";
        if (!report->blocked.isEmpty())
            cli.out << ", " << report->blocked.size() << " blocked";
        cli.out << ". Nothing was deleted or moved.\n";
        cli.out.flush();
    }
    return report->blocked.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace

int runLayout(Cli& cli, const QStringList& args)
{
    const QString sub = args.value(1);
    const QString overview =
        QStringLiteral("Usage: teamspace-cli layout check|apply [--help]\n"
                       "  check  compare the folders on disk with the manifest's layout (exit 1 on drift)\n"
                       "  apply  create what is missing (never deletes or moves)\n");
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        cli.out << overview;
        cli.out.flush();
        return ExitOk;
    }
    if (sub != QStringLiteral("check") && sub != QStringLiteral("apply"))
        return cli.usageError(
            sub.isEmpty()
                ? QStringLiteral("layout: say check or apply (see `teamspace-cli layout --help`)")
                : QStringLiteral("layout: unknown sub-command \"%1\" (use check or apply)").arg(sub));
    QCommandLineParser parser;
    const QCommandLineOption acceptEmpty(
        QStringLiteral("accept-empty-root"),
        QStringLiteral("apply: build the layout even when the shared folder looks unmounted (empty where "
                       "the last scan or raw-baseline.json saw files)."));
    if (sub == QStringLiteral("apply"))
        parser.addOption(acceptEmpty);
    const QString help = sub == QStringLiteral("check")
                             ? QStringLiteral("Reports drift: missing folders, a file where a folder should "
                                              "be, unexpected entries at the top\n"
                                              "of the shared folder. Exit 1 when there is drift.")
                             : QStringLiteral("Creates the layout's missing folders (per-member ones for "
                                              "every member). Never deletes or moves;\n"
                                              "a file in the way is reported (exit 1).");
    if (auto stop = cli.parseCommand(parser, help, subcommandArgs(args)))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(QStringLiteral("layout %1: unexpected argument \"%2\"")
                                  .arg(sub, parser.positionalArguments().first()));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    return sub == QStringLiteral("check") ? layoutCheck(cli, *ws)
                                          : layoutApply(cli, *ws, parser.isSet(acceptEmpty));
}

void registerWorkspaceCommands(CommandTable& table)
{
    table << Command{QStringLiteral("init"),
                     QStringLiteral("create a workspace (manifest, .gitignore, git repository, layout)"),
                     runInit}
          << Command{QStringLiteral("member"),
                     QStringLiteral("add, remove or list members"),
                     runMember,
                     {QStringLiteral("add"), QStringLiteral("update"), QStringLiteral("remove"),
                      QStringLiteral("list")}}
          << Command{QStringLiteral("layout"),
                     QStringLiteral("check the folder layout for drift, or apply it"),
                     runLayout,
                     {QStringLiteral("check"), QStringLiteral("apply")}}
          << Command{QStringLiteral("activity"),
                     QStringLiteral("show the activity log (who changed what, when)"), runActivity}
          << Command{QStringLiteral("demo"),
                     QStringLiteral("create a demo workspace to try things on"),
                     runDemo,
                     {QStringLiteral("create")}};
}

} // namespace ts::cli
