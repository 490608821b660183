// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// member add | update | remove | list: parsing and printing; the work is in services/Members.h.
#include "WorkspaceCommandParts.h"

#include "services/Members.h"
#include "util/ByteSize.h"

#include <QJsonArray>

namespace ts::cli {

namespace {

int memberAdd(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption name("name", "Display name.", "TEXT");
    const QCommandLineOption email("email", "E-mail (used as git identity).", "EMAIL");
    const QCommandLineOption role("role", "lead or member (default member).", "ROLE", "member");
    const QCommandLineOption quota("quota", "Storage quota: bytes or 15GB, 1.5GiB, 500M.", "SIZE");
    parser.addOptions({name, email, role, quota});
    parser.addPositionalArgument("ID", "Member id: a-z, 0-9, . _ - (at most 32).");
    if (auto stop = cli.parseCommand(
            parser, "Adds a member to teamspace.json and creates their per-member folders (lead only).",
            args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(
            QStringLiteral("member add: give exactly one member ID (see `teamspace-cli member add --help`)"));
    for (const QCommandLineOption* required : {&name, &email})
        if (!parser.isSet(*required))
            return cli.usageError(
                QStringLiteral("member add: --%1 is required").arg(required->names().first()));
    Member member{parser.positionalArguments().first(),
                  parser.value(name),
                  parser.value(email),
                  MemberRole::Member,
                  std::nullopt,
                  {}};
    const auto parsedRole = memberRoleFromString(parser.value(role));
    if (!parsedRole)
        return cli.usageError(QStringLiteral("member add: --role \"%1\" is not a role (use lead or member)")
                                  .arg(parser.value(role)));
    member.role = *parsedRole;
    if (parser.isSet(quota)) {
        auto bytes = parseByteSize(parser.value(quota), QStringLiteral("--quota"));
        if (!bytes)
            return cli.fail(bytes.error());
        member.quotaBytes = *bytes;
    }
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto report = services::addMember(*ws, member);
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        QJsonArray created;
        for (const ExpectedFolder& f : report->createdFolders)
            created.append(folderToJson(f));
        cli.printJson({{"member", memberToJson(report->member)}, {"createdFolders", created}});
        return ExitOk;
    }
    cli.out << "Added " << member.id << " (" << toString(member.role)
            << (member.quotaBytes ? QStringLiteral(", quota %1").arg(formatByteSize(*member.quotaBytes))
                                  : QString())
            << ").\n";
    for (const ExpectedFolder& f : report->createdFolders)
        cli.out << "  created " << f.path << " in the " << locationName(f.location) << "\n";
    cli.out << "Sync to publish the change to the team.\n";
    cli.out.flush();
    return ExitOk;
}

int memberUpdate(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption name("name", "New display name.", "TEXT");
    const QCommandLineOption email("email", "New e-mail (git identity).", "EMAIL");
    const QCommandLineOption role("role", "lead or member.", "ROLE");
    const QCommandLineOption quota("quota", "New storage quota (15GB, 1.5GiB, 500M), or none.", "SIZE");
    parser.addOptions({name, email, role, quota});
    parser.addPositionalArgument("ID", "The member to change.");
    if (auto stop = cli.parseCommand(
            parser, "Changes a member's name, e-mail, role or quota (lead only); the rest stays.",
            args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(QStringLiteral(
            "member update: give exactly one member ID (see `teamspace-cli member update --help`)"));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    services::MemberChanges changes;
    if (parser.isSet(name))
        changes.name = parser.value(name);
    if (parser.isSet(email))
        changes.email = parser.value(email);
    if (parser.isSet(role)) {
        const auto parsedRole = memberRoleFromString(parser.value(role));
        if (!parsedRole)
            return cli.usageError(
                QStringLiteral("member update: --role \"%1\" is not a role (use lead or member)")
                    .arg(parser.value(role)));
        changes.role = *parsedRole;
    }
    if (parser.isSet(quota)) {
        if (parser.value(quota) == QStringLiteral("none")) {
            changes.quotaBytes = std::optional<qint64>();
        } else {
            auto bytes = parseByteSize(parser.value(quota), QStringLiteral("--quota"));
            if (!bytes)
                return cli.fail(bytes.error());
            changes.quotaBytes = std::optional<qint64>(*bytes);
        }
    }
    auto report = services::updateMember(*ws, parser.positionalArguments().first(), changes);
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        cli.printJson({{"member", memberToJson(report->member)}});
        return ExitOk;
    }
    const Member& m = report->member;
    cli.out << "Updated " << m.id << ": " << m.name << " <" << m.email << ">, " << toString(m.role) << ", "
            << (m.quotaBytes ? QStringLiteral("quota %1").arg(formatByteSize(*m.quotaBytes))
                             : QStringLiteral("no quota"))
            << ".\nSync to publish the change to the team.\n";
    cli.out.flush();
    return ExitOk;
}

int memberRemove(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument("ID", "The member to remove.");
    if (auto stop = cli.parseCommand(
            parser, "Removes a member from teamspace.json (lead only). Their folders and files stay.",
            args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(QStringLiteral(
            "member remove: give exactly one member ID (see `teamspace-cli member remove --help`)"));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto report = services::removeMember(*ws, parser.positionalArguments().first());
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        QJsonArray kept;
        for (const ExpectedFolder& f : report->keptFolders)
            kept.append(QJsonObject{{"path", f.path}, {"location", toString(f.location)}});
        cli.printJson({{"removed", memberToJson(report->member)}, {"keptFolders", kept}});
        return ExitOk;
    }
    cli.out << "Removed " << report->member.id << " from the team.\n";
    if (!report->keptFolders.isEmpty()) {
        cli.out << "Their folders stay, with everything in them:\n";
        for (const ExpectedFolder& f : report->keptFolders)
            cli.out << "  " << f.path << " (" << locationName(f.location) << ")\n";
        cli.out << "Move or delete them yourself when their content is no longer needed.\n";
    }
    cli.out.flush();
    return ExitOk;
}

int memberList(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = cli.parseCommand(parser, "Lists the members with role and quota.", args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(QStringLiteral("member list: unexpected argument \"%1\"")
                                  .arg(parser.positionalArguments().first()));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    const services::MemberListReport team = services::listMembers(*ws);
    if (cli.options.json) {
        QJsonArray members;
        for (const Member& m : team.members)
            members.append(memberToJson(m));
        cli.printJson({{"members", members}});
        return ExitOk;
    }
    for (const Member& m : team.members)
        cli.out << m.id.leftJustified(16) << " " << m.name.leftJustified(24) << " "
                << m.email.leftJustified(28) << " " << toString(m.role).leftJustified(7) << " "
                << (m.quotaBytes ? formatByteSize(*m.quotaBytes) : QStringLiteral("no quota"))
                << (m.id == team.me ? QStringLiteral("  (you)") : QString()) << "\n";
    cli.out.flush();
    return ExitOk;
}

} // namespace

QList<Subcommand> memberSubcommands()
{
    return {{QStringLiteral("add"),
             QStringLiteral("ID --name TEXT --email EMAIL [--role lead|member] [--quota SIZE]"), memberAdd},
            {QStringLiteral("update"),
             QStringLiteral("ID [--name TEXT] [--email EMAIL] [--role lead|member] [--quota SIZE|none]"),
             memberUpdate},
            {QStringLiteral("remove"), QStringLiteral("ID (their folders stay)"), memberRemove},
            {QStringLiteral("list"), QStringLiteral("the members with role and quota"), memberList}};
}

} // namespace ts::cli
