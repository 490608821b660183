// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// activity [--since ISO-8601] [--limit N]: parsing and printing; the log is read by
// services/ActivityHistory.h.
#include "WorkspaceCommandParts.h"

#include "services/ActivityHistory.h"

#include <QJsonArray>

namespace ts::cli {

int runActivity(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption since(
        "since", "Only entries at or after this time (ISO-8601, e.g. 2026-11-01 or 2026-11-01T09:00:00Z).",
        "ISO");
    const QCommandLineOption limit("limit", "At most N entries, newest first (default 50).", "N", "50");
    parser.addOptions({since, limit});
    if (auto stop = cli.parseCommand(
            parser, "Shows the activity log: every change the app made, who made it and when.", args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(
            QStringLiteral("activity: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    QDateTime from;
    if (parser.isSet(since)) {
        from = QDateTime::fromString(parser.value(since), Qt::ISODateWithMs);
        if (!from.isValid())
            return cli.usageError(
                QStringLiteral("activity: --since \"%1\" is not an ISO-8601 time (e.g. 2026-11-01T09:00:00Z)")
                    .arg(parser.value(since)));
    }
    bool isNumber = false;
    const int count = parser.value(limit).toInt(&isNumber);
    if (!isNumber || count <= 0)
        return cli.usageError(QStringLiteral("activity: --limit \"%1\" is not a positive whole number")
                                  .arg(parser.value(limit)));

    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto report = services::listActivity(*ws, from, count);
    if (!report)
        return cli.fail(report.error());
    const QList<services::ActivityRow>& entries = report->entries;
    if (cli.options.json) {
        QJsonArray array;
        for (const services::ActivityRow& row : entries) {
            const ActivityEntry& e = row.entry;
            array.append(QJsonObject{
                {"id", static_cast<double>(e.id)},
                {"at", row.at},
                {"actor", e.actor},
                {"action", e.action},
                {"path", e.path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.path)},
                {"detail", e.detail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.detail)}});
        }
        cli.printJson({{"entries", array}});
        return ExitOk;
    }
    if (entries.isEmpty())
        cli.out << "No activity recorded" << (from.isValid() ? " since then" : "") << ".\n";
    for (const services::ActivityRow& row : entries)
        cli.out << row.at << "  " << row.entry.actor.leftJustified(12) << " "
                << row.entry.action.leftJustified(16) << " "
                << (row.entry.path.isEmpty() ? QString() : row.entry.path + QStringLiteral("  "))
                << row.entry.detail << "\n";
    cli.out.flush();
    return ExitOk;
}

} // namespace ts::cli
