// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// scan, usage, largest, growth, duplicates, hazards (report is in ReportCommand.cpp).
#include "Commands.h"
#include "StorageOutput.h"

#include "services/ScanService.h"
#include "services/StorageQueries.h"
#include "util/ByteSize.h"

#include <QJsonArray>

#include <limits>

namespace ts::cli {

namespace {

QString column(const QString& text, int width)
{
    return text.leftJustified(width);
}
QString sizeColumn(qint64 bytes)
{
    return formatByteSize(bytes).rightJustified(11);
}

int scanCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption full(QStringLiteral("full"),
                                  QStringLiteral("Rebuild the index instead of updating it."));
    const QCommandLineOption acceptEmpty(
        QStringLiteral("accept-empty-root"),
        QStringLiteral("Scan the shared folder even when it looks unmounted (empty, or on another device "
                       "without the folders the last scan saw): record its files as deleted."));
    parser.addOptions({full, acceptEmpty});
    if (auto stop = cli.parseCommand(parser,
                                     QStringLiteral("Index the shared folder and the notebook repository "
                                                    "(incremental unless --full)."),
                                     args))
        return *stop;
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    services::ScanSettings settings;
    settings.full = parser.isSet(full);
    settings.acceptEmptyRoot = parser.isSet(acceptEmpty);
    services::Call call;
    call.progress = scanProgress(cli);
    auto report = services::scan(*ws, settings, call);
    cli.endProgress();
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        cli.printJson(scanJson(*report));
        return ExitOk;
    }
    cli.out << (report->full ? "full scan: " : "incremental scan: ") << counted(report->files, "file", "files")
            << ", " << counted(report->dirs, "folder", "folders") << ", " << formatByteSize(report->bytes) << " ("
            << formatByteSize(report->allocated) << " allocated) in "
            << QString::number(report->seconds, 'f', 2) << " s\n";
    if (!report->full)
        cli.out << "index: " << report->store.inserted << " added, " << report->store.updated << " changed, "
                << report->store.deleted << " removed\n";
    for (const index::ScanProblem& p : report->errors)
        cli.out << "not indexed: " << p.path << ": " << p.error << "\n";
    cli.out.flush();
    return ExitOk;
}

int usageCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("folder, member or kind (default folder)."),
                                QStringLiteral("WHAT"), QStringLiteral("folder"));
    const QCommandLineOption path(
        QStringLiteral("path"),
        QStringLiteral("Folder to start from (by folder; repo:… for the repository)."), QStringLiteral("P"),
        QStringLiteral("."));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   QStringLiteral("Levels of sub-folders to show (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({by, path, depth});
    if (auto stop = cli.parseCommand(parser, QStringLiteral("Storage usage from the index."), args))
        return *stop;
    const QString what = parser.value(by);
    if (what != QLatin1String("folder") && what != QLatin1String("member") && what != QLatin1String("kind"))
        return cli.usageError(QStringLiteral("--by %1: use folder, member or kind").arg(what));
    bool depthOk = false;
    const int levels = parser.value(depth).toInt(&depthOk);
    if (!depthOk || levels < 0)
        return cli.usageError(
            QStringLiteral("--depth %1: use a whole number, 0 or more").arg(parser.value(depth)));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());

    if (what == QLatin1String("member")) {
        auto report = services::usageByMember(*ws);
        if (!report)
            return cli.fail(report.error());
        if (cli.options.json) {
            cli.printJson(memberUsageJson(*report));
            return ExitOk;
        }
        cli.out << column(QStringLiteral("MEMBER"), 16) << "      BYTES   FILES       QUOTA    HEADROOM\n";
        const auto optional = [](const std::optional<qint64>& x) {
            return x ? sizeColumn(*x) : QStringLiteral("-").rightJustified(11);
        };
        for (const index::MemberUsage& m : report->members)
            cli.out << column(m.id, 16) << sizeColumn(m.bytes) << QString::number(m.files).rightJustified(8)
                    << " " << optional(m.quota) << " " << optional(m.headroom) << "\n";
        cli.out << "not attributed to a member: " << formatByteSize(report->unattributedBytes) << "\n";
        cli.out.flush();
        return ExitOk;
    }
    if (what == QLatin1String("kind")) {
        auto report = services::usageByKind(*ws);
        if (!report)
            return cli.fail(report.error());
        if (cli.options.json) {
            cli.printJson(kindUsageJson(*report));
            return ExitOk;
        }
        for (const index::KindUsage& k : report->kinds)
            cli.out << column(k.kind, 14) << sizeColumn(k.bytes) << QString::number(k.files).rightJustified(9)
                    << (k.files == 1 ? " file\n" : " files\n");
        cli.out.flush();
        return ExitOk;
    }
    auto report = services::usageByFolder(*ws, services::FolderUsageOptions{parser.value(path), levels});
    if (!report)
        return cli.fail(report.error());
    const QList<index::FolderRow>& folders = report->folders;
    if (cli.options.json) {
        QJsonArray list;
        for (const index::FolderRow& f : folders)
            list << QJsonObject{{QStringLiteral("path"), f.path},
                                {QStringLiteral("bytes"), double(f.bytes)},
                                {QStringLiteral("files"), double(f.files)}};
        cli.printJson(QJsonObject{{QStringLiteral("folders"), list}});
        return ExitOk;
    }
    const int baseDepth = folders.isEmpty() ? 0 : folders.first().depth;
    for (const index::FolderRow& f : folders)
        cli.out << sizeColumn(f.bytes) << QString::number(f.files).rightJustified(9) << "  "
                << QString((f.depth - baseDepth) * 2, u' ') << f.path << "\n";
    cli.out.flush();
    return ExitOk;
}

int largestCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption top(QStringLiteral("top"), QStringLiteral("How many files (default 20)."),
                                 QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(top);
    if (auto stop = cli.parseCommand(parser, QStringLiteral("The largest files in the index."), args))
        return *stop;
    const auto count = intOption(parser, top, 1, std::numeric_limits<int>::max());
    if (!count)
        return cli.fail(count.error());
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto report = services::largest(*ws, *count);
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        cli.printJson(largestJson(*report));
        return ExitOk;
    }
    for (const index::FileRow& f : report->files)
        cli.out << sizeColumn(f.size) << "  " << f.path << "\n";
    cli.out.flush();
    return ExitOk;
}

int growthCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = cli.parseCommand(parser,
                                     QStringLiteral("Growth per member, kind and folder between the last two "
                                                    "scans that found changes."),
                                     args))
        return *stop;
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto growth = services::growth(*ws);
    if (!growth)
        return cli.fail(growth.error());
    const auto row = [](const index::GrowthRow& g) {
        return QJsonObject{{QStringLiteral("bytesBefore"), double(g.bytesBefore)},
                           {QStringLiteral("bytesAfter"), double(g.bytesAfter)},
                           {QStringLiteral("delta"), double(g.delta())},
                           {QStringLiteral("filesBefore"), double(g.filesBefore)},
                           {QStringLiteral("filesAfter"), double(g.filesAfter)}};
    };
    // Scope name, JSON key of its list, JSON key of a row's name, its rows.
    const struct
    {
        const char* scope;
        QString list, key;
        const QList<index::GrowthRow>& rows;
    } scopes[] = {{"member", QStringLiteral("members"), QStringLiteral("id"), growth->members},
                  {"kind", QStringLiteral("kinds"), QStringLiteral("kind"), growth->kinds},
                  {"folder", QStringLiteral("folders"), QStringLiteral("path"), growth->folders}};
    if (cli.options.json) {
        QJsonObject doc;
        if (growth->total)
            doc.insert(QStringLiteral("total"), row(*growth->total));
        for (const auto& scope : scopes) {
            QJsonArray list;
            for (const index::GrowthRow& g : scope.rows) {
                QJsonObject r = row(g);
                r.insert(scope.key, g.key);
                list << r;
            }
            doc.insert(scope.list, list);
        }
        cli.printJson(doc);
        return ExitOk;
    }
    const auto signedSize = [](qint64 d) {
        return (d > 0   ? QStringLiteral("+")
                : d < 0 ? QStringLiteral("-")
                        : QString()) +
               formatByteSize(std::abs(d));
    };
    cli.out << "total: " << signedSize(growth->total ? growth->total->delta() : 0) << "\n";
    for (const auto& scope : scopes) {
        for (const index::GrowthRow& g : scope.rows) {
            if (g.delta() == 0)
                continue;
            cli.out << column(QLatin1String(scope.scope) + u' ' + g.key, 40)
                    << signedSize(g.delta()).rightJustified(12) << "\n";
        }
    }
    cli.out.flush();
    return ExitOk;
}

int duplicatesCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption minimum(QStringLiteral("min-size"),
                                     QStringLiteral("Ignore files smaller than this (default 1)."),
                                     QStringLiteral("SIZE"), QStringLiteral("1"));
    parser.addOption(minimum);
    if (auto stop =
            cli.parseCommand(parser,
                             QStringLiteral("Files with identical content (same size, then same hash). "
                                            "Reports reclaimable space; never deletes."),
                             args))
        return *stop;
    auto minSize = parseByteSize(parser.value(minimum), QStringLiteral("--min-size"));
    if (!minSize)
        return cli.usageError(minSize.error().message);
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    services::Call call;
    call.progress = cli.progress([](const Progress& p) {
        return QStringLiteral("hashing: %1, %2").arg(counted(p.done, "file", "files"), formatByteSize(p.bytes));
    });
    auto report = services::duplicates(*ws, services::DuplicateSettings{*minSize}, call);
    cli.endProgress();
    if (!report)
        return cli.fail(report.error());
    QJsonArray groups;
    for (const index::DuplicateGroup& g : report->groups)
        groups << QJsonObject{{QStringLiteral("bytes"), double(g.size)},
                              {QStringLiteral("hash"), g.hash},
                              {QStringLiteral("paths"), QJsonArray::fromStringList(g.paths)},
                              {QStringLiteral("reclaimableBytes"), double(g.reclaimable())}};
    QJsonArray unreadable;
    for (const index::ScanProblem& p : report->unreadable)
        unreadable << QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("error"), p.error}};
    if (cli.options.json) {
        cli.printJson(QJsonObject{{QStringLiteral("groups"), groups},
                                  {QStringLiteral("reclaimableBytes"), double(report->reclaimableBytes)},
                                  {QStringLiteral("hashedFiles"), double(report->hashedFiles)},
                                  {QStringLiteral("errors"), unreadable}});
        return ExitOk;
    }
    for (const index::DuplicateGroup& g : report->groups) {
        cli.out << counted(g.paths.size(), "copy", "copies") << " of " << formatByteSize(g.size) << " ("
                << formatByteSize(g.reclaimable()) << " reclaimable):\n";
        for (const QString& p : g.paths)
            cli.out << "  " << p << "\n";
    }
    cli.out << "reclaimable: " << formatByteSize(report->reclaimableBytes) << " in "
            << counted(report->groups.size(), "group", "groups") << " ("
            << counted(report->hashedFiles, "file", "files") << " hashed; nothing was deleted)\n";
    for (const index::ScanProblem& p : report->unreadable)
        cli.out << "not compared: " << p.path << ": " << p.error << "\n";
    cli.out.flush();
    return ExitOk;
}

int hazardsCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = cli.parseCommand(parser,
                                     QStringLiteral("Every hazard rule's findings over the index; exit 1 if "
                                                    "any is an error."),
                                     args))
        return *stop;
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto report = services::hazards(*ws);
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        cli.printJson(findingsJson(report->findings));
    } else {
        for (const hazards::Finding& f : report->findings)
            cli.out << hazards::toString(f.severity) << ": " << f.rule << ": " << f.path << ": " << f.message
                    << "\n  fix: " << f.fix << "\n";
        if (report->findings.isEmpty())
            cli.out << "no hazards found\n";
        cli.out.flush();
    }
    return report->anyError() ? ExitFindings : ExitOk;
}

} // namespace

int reportCommand(Cli& cli, const QStringList& args); // ReportCommand.cpp

void registerStorageCommands(CommandTable& table)
{
    table << Command{QStringLiteral("scan"),
                     QStringLiteral("index the shared folder and the repository [--full]"), scanCommand}
          << Command{QStringLiteral("usage"), QStringLiteral("storage by folder, member or kind"),
                     usageCommand}
          << Command{QStringLiteral("largest"), QStringLiteral("the largest files [--top N]"), largestCommand}
          << Command{QStringLiteral("growth"), QStringLiteral("growth since the previous scan"),
                     growthCommand}
          << Command{QStringLiteral("duplicates"), QStringLiteral("identical files and reclaimable space"),
                     duplicatesCommand}
          << Command{QStringLiteral("hazards"), QStringLiteral("shared-drive hazards (exit 1 on errors)"),
                     hazardsCommand}
          << Command{QStringLiteral("report"), QStringLiteral("scan, then usage, largest files and hazards"),
                     reportCommand};
}

} // namespace ts::cli
