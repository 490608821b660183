// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `set-aside list|diff|apply|discard` (issue 16): the copies syncs kept under notebooks/<member>/set-aside/,
// each diffed against the notebook it shadows; the owner applies chosen rows; anyone discards their own.
#include "Commands.h"

#include "services/SetAside.h"

#include <QJsonArray>

namespace ts::cli {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject copyJson(const services::SetAsideCopy& copy)
{
    return QJsonObject{
        {QStringLiteral("copy"), copy.copy},
        {QStringLiteral("member"), copy.member},
        {QStringLiteral("shadows"), orNull(copy.shadows)},
        {QStringLiteral("owner"), orNull(copy.owner)},
        {QStringLiteral("when"),
         copy.when.isValid() ? QJsonValue(copy.when.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("bytes"), double(copy.bytes)},
        {QStringLiteral("mine"), copy.mine},
        {QStringLiteral("canApply"), copy.canApply},
        {QStringLiteral("why"), orNull(copy.why)},
    };
}

int runList(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Lists every copy under notebooks/<member>/set-aside/, newest first, with the "
                           "notebook it shadows, its owner and whether you may apply it."),
            args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(QStringLiteral("set-aside list takes no arguments"));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto copies = services::listSetAside(*ws);
    if (!copies)
        return cli.fail(copies.error());
    if (cli.options.json) {
        QJsonArray list;
        for (const services::SetAsideCopy& copy : *copies)
            list.append(copyJson(copy));
        cli.printJson(QJsonObject{{QStringLiteral("copies"), list}});
        return ExitOk;
    }
    if (copies->isEmpty())
        cli.out << "no set-aside copies\n";
    for (const services::SetAsideCopy& copy : *copies) {
        cli.out << copy.copy << "\n    by " << copy.member;
        if (copy.when.isValid())
            cli.out << ", " << copy.when.toString(Qt::ISODate);
        cli.out << "; shadows " << (copy.shadows.isEmpty() ? QStringLiteral("(unknown)") : copy.shadows);
        if (!copy.owner.isEmpty())
            cli.out << " (owner " << copy.owner << ")";
        cli.out << "\n    " << (copy.canApply ? QStringLiteral("you can apply its cells") : copy.why)
                << (copy.mine ? QStringLiteral("; yours to discard") : QString()) << "\n";
    }
    cli.out.flush();
    return ExitOk;
}

void printDiff(Cli& cli, const nb::NotebookDiff& diff)
{
    for (int row = 0; row < diff.cells.size(); ++row) {
        const nb::CellDiff& cell = diff.cells.at(row);
        cli.out << QStringLiteral("%1  %2").arg(row, 4).arg(nb::cellStatusName(cell.status), -9) << "  A "
                << (cell.a >= 0 ? QString::number(cell.a) : QStringLiteral("-")) << "  B "
                << (cell.b >= 0 ? QString::number(cell.b) : QStringLiteral("-"));
        if (cell.changed != 0)
            cli.out << "  " << nb::cellPartNames(cell.changed).join(QStringLiteral(", "));
        cli.out << "\n";
    }
    if (!diff.metadataKeys.isEmpty())
        cli.out << "notebook metadata: " << diff.metadataKeys.join(QStringLiteral(", ")) << "\n";
    cli.out << diff.changedCells() << " of " << diff.cells.size() << " rows changed\n";
    cli.out.flush();
}

int runDiff(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("COPY"),
                                 QStringLiteral("the set-aside copy (repository-relative)"));
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral(
                "The notebook-aware diff of a set-aside copy (B) against the current version of the "
                "notebook it shadows (A); rows are numbered for `set-aside apply --cells`."),
            args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(QStringLiteral("set-aside diff takes one copy"));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto diff = services::diffSetAside(*ws, parser.positionalArguments().first());
    if (!diff)
        return cli.fail(diff.error());
    if (cli.options.json)
        cli.printJson(nb::diffToJson(*diff));
    else
        printDiff(cli, *diff);
    return ExitOk;
}

Result<QList<int>> parseRows(const QString& text)
{
    QList<int> rows;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int row = part.trimmed().toInt(&ok);
        if (!ok || row < 0)
            return Error::usage(
                QStringLiteral("--cells \"%1\": use row numbers of the diff separated by commas (0,3,4)")
                    .arg(text));
        rows.append(row);
    }
    if (rows.isEmpty())
        return Error::usage(QStringLiteral("--cells: name at least one row of the diff"));
    return rows;
}

int runApply(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("COPY"),
                                 QStringLiteral("the set-aside copy (repository-relative)"));
    const QCommandLineOption cells(QStringLiteral("cells"),
                                   QStringLiteral("rows of `set-aside diff COPY` to apply, e.g. 2,5"),
                                   QStringLiteral("N,M"));
    parser.addOption(cells);
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral(
                "Applies chosen rows of a set-aside copy's diff to the notebook it shadows (its owner "
                "only): modified rows take the copy's cell, added rows insert it, removed rows delete "
                "the cell. The next sync commits it."),
            args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(QStringLiteral("set-aside apply takes one copy"));
    if (!parser.isSet(cells))
        return cli.usageError(QStringLiteral("set-aside apply: say which rows with --cells N,M"));
    auto rows = parseRows(parser.value(cells));
    if (!rows)
        return cli.fail(rows.error());
    auto ws = cli.openWorkspaceAsMember();
    if (!ws)
        return cli.fail(ws.error());
    auto report = services::applySetAsideCells(*ws, parser.positionalArguments().first(), *rows);
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        cli.printJson(QJsonObject{{QStringLiteral("notebook"), report->notebook},
                                  {QStringLiteral("applied"), report->applied},
                                  {QStringLiteral("notes"), QJsonArray::fromStringList(report->notes)}});
        return ExitOk;
    }
    cli.out << "applied " << report->applied << " row(s) to " << report->notebook
            << " (the next sync commits it)\n";
    for (const QString& note : report->notes)
        cli.out << "  note: " << note << "\n";
    cli.out.flush();
    return ExitOk;
}

int runDiscard(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("COPY"),
                                 QStringLiteral("your set-aside copy (repository-relative)"));
    if (auto stop =
            cli.parseCommand(parser,
                             QStringLiteral("Deletes one of your own set-aside copies; the next sync commits "
                                            "the removal and git history keeps it."),
                             args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(QStringLiteral("set-aside discard takes one copy"));
    auto ws = cli.openWorkspaceAsMember();
    if (!ws)
        return cli.fail(ws.error());
    const QString copy = parser.positionalArguments().first();
    if (auto discarded = services::discardSetAside(*ws, copy); !discarded)
        return cli.fail(discarded.error());
    if (cli.options.json) {
        cli.printJson(QJsonObject{{QStringLiteral("discarded"), copy}});
        return ExitOk;
    }
    cli.out << "discarded " << copy << " (it stays in git history; the next sync commits the removal)\n";
    cli.out.flush();
    return ExitOk;
}

} // namespace

void registerSetAsideCommands(CommandTable& table)
{
    table << Command{
        QStringLiteral("set-aside"),
        QStringLiteral("copies kept by syncs: list, diff, apply cells, discard"),
        [](Cli& cli, const QStringList& args) -> int {
            const QString sub = args.value(1);
            const QStringList rest = args.mid(1);
            if (sub == QLatin1String("list"))
                return runList(cli, rest);
            if (sub == QLatin1String("diff"))
                return runDiff(cli, rest);
            if (sub == QLatin1String("apply"))
                return runApply(cli, rest);
            if (sub == QLatin1String("discard"))
                return runDiscard(cli, rest);
            if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
                cli.out
                    << "Usage: teamspace-cli set-aside list|diff COPY|apply COPY --cells N,M|discard COPY "
                       "[--help]\n";
                cli.out.flush();
                return ExitOk;
            }
            return cli.usageError(
                QStringLiteral("set-aside: unknown subcommand \"%1\" (use list, diff, apply or discard)")
                    .arg(sub));
        },
        {QStringLiteral("list"), QStringLiteral("diff"), QStringLiteral("apply"), QStringLiteral("discard")}};
}

} // namespace ts::cli
