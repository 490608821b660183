// scan, usage, largest, growth, duplicates, hazards (report is in ReportCommand.cpp).
#include "Commands.h"
#include "StorageOutput.h"

#include "index/Duplicates.h"
#include "index/IndexQueries.h"
#include "index/PathText.h"
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
    auto report = runScan(cli, *ws, parser.isSet(full), parser.isSet(acceptEmpty));
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        cli.printJson(scanJson(*report));
        return ExitOk;
    }
    cli.out << (report->full ? "full scan: " : "incremental scan: ") << report->files << " files, "
            << report->dirs << " folders, " << formatByteSize(report->bytes) << " ("
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
    auto session = openStorage(cli, true);
    if (!session)
        return cli.fail(session.error());

    if (what == QLatin1String("member")) {
        auto doc = memberUsageJson(session->store, session->workspace.manifest);
        if (!doc)
            return cli.fail(doc.error());
        if (cli.options.json) {
            cli.printJson(*doc);
            return ExitOk;
        }
        cli.out << column(QStringLiteral("MEMBER"), 16) << "      BYTES   FILES       QUOTA    HEADROOM\n";
        for (const QJsonValue& v : doc->value(QStringLiteral("members")).toArray()) {
            const QJsonObject m = v.toObject();
            const auto optional = [](const QJsonValue& x) {
                return x.isNull() ? QStringLiteral("-").rightJustified(11) : sizeColumn(qint64(x.toDouble()));
            };
            cli.out << column(m.value(QStringLiteral("id")).toString(), 16)
                    << sizeColumn(qint64(m.value(QStringLiteral("bytes")).toDouble()))
                    << QString::number(qint64(m.value(QStringLiteral("files")).toDouble())).rightJustified(8)
                    << " " << optional(m.value(QStringLiteral("quota"))) << " "
                    << optional(m.value(QStringLiteral("headroom"))) << "\n";
        }
        cli.out << "not attributed to a member: "
                << formatByteSize(qint64(doc->value(QStringLiteral("unattributedBytes")).toDouble())) << "\n";
        cli.out.flush();
        return ExitOk;
    }
    if (what == QLatin1String("kind")) {
        auto doc = kindUsageJson(session->store);
        if (!doc)
            return cli.fail(doc.error());
        if (cli.options.json) {
            cli.printJson(*doc);
            return ExitOk;
        }
        for (const QJsonValue& v : doc->value(QStringLiteral("kinds")).toArray()) {
            const QJsonObject k = v.toObject();
            cli.out << column(k.value(QStringLiteral("kind")).toString(), 14)
                    << sizeColumn(qint64(k.value(QStringLiteral("bytes")).toDouble()))
                    << QString::number(qint64(k.value(QStringLiteral("files")).toDouble())).rightJustified(9)
                    << " files\n";
        }
        cli.out.flush();
        return ExitOk;
    }
    const auto [top, relative] = index::entryPathFromDisplay(parser.value(path));
    auto folders = index::IndexQueries(session->store.database()).usageByFolder(top, relative, levels);
    if (!folders)
        return cli.fail(folders.error());
    QJsonArray list;
    for (const index::FolderRow& f : *folders)
        list << QJsonObject{{QStringLiteral("path"), f.path},
                            {QStringLiteral("bytes"), double(f.bytes)},
                            {QStringLiteral("files"), double(f.files)}};
    if (cli.options.json) {
        cli.printJson(QJsonObject{{QStringLiteral("folders"), list}});
        return ExitOk;
    }
    const int baseDepth = folders->isEmpty() ? 0 : folders->first().depth;
    for (const index::FolderRow& f : *folders)
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
    auto session = openStorage(cli, true);
    if (!session)
        return cli.fail(session.error());
    auto doc = largestJson(session->store, *count);
    if (!doc)
        return cli.fail(doc.error());
    if (cli.options.json) {
        cli.printJson(*doc);
        return ExitOk;
    }
    for (const QJsonValue& v : doc->value(QStringLiteral("files")).toArray())
        cli.out << sizeColumn(qint64(v.toObject().value(QStringLiteral("bytes")).toDouble())) << "  "
                << v.toObject().value(QStringLiteral("path")).toString() << "\n";
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
    auto session = openStorage(cli, true);
    if (!session)
        return cli.fail(session.error());
    auto growth = index::IndexQueries(session->store.database()).growth();
    if (!growth)
        return cli.fail(growth.error());
    QJsonObject doc;
    QMap<QString, QJsonArray> lists;
    const QMap<QString, QString> names{{QStringLiteral("member"), QStringLiteral("members")},
                                       {QStringLiteral("kind"), QStringLiteral("kinds")},
                                       {QStringLiteral("folder"), QStringLiteral("folders")}};
    for (const index::GrowthRow& g : *growth) {
        QJsonObject row{{QStringLiteral("bytesBefore"), double(g.bytesBefore)},
                        {QStringLiteral("bytesAfter"), double(g.bytesAfter)},
                        {QStringLiteral("delta"), double(g.delta())},
                        {QStringLiteral("filesBefore"), double(g.filesBefore)},
                        {QStringLiteral("filesAfter"), double(g.filesAfter)}};
        if (g.scope == QLatin1String("all")) {
            doc.insert(QStringLiteral("total"), row);
            continue;
        }
        row.insert(g.scope == QLatin1String("folder")   ? QStringLiteral("path")
                   : g.scope == QLatin1String("member") ? QStringLiteral("id")
                                                        : QStringLiteral("kind"),
                   g.key);
        lists[names.value(g.scope)] << row;
    }
    for (const QString& name : names)
        doc.insert(name, lists.value(name));
    if (cli.options.json) {
        cli.printJson(doc);
        return ExitOk;
    }
    const auto signedSize = [](qint64 d) {
        return (d > 0   ? QStringLiteral("+")
                : d < 0 ? QStringLiteral("-")
                        : QString()) +
               formatByteSize(std::abs(d));
    };
    cli.out << "total: "
            << signedSize(qint64(
                   doc.value(QStringLiteral("total")).toObject().value(QStringLiteral("delta")).toDouble()))
            << "\n";
    for (const QString& scope :
         {QStringLiteral("members"), QStringLiteral("kinds"), QStringLiteral("folders")}) {
        for (const QJsonValue& v : lists.value(scope)) {
            const QJsonObject r = v.toObject();
            const qint64 d = qint64(r.value(QStringLiteral("delta")).toDouble());
            if (d == 0)
                continue;
            const QString key = r.value(QStringLiteral("id")).toString() +
                                r.value(QStringLiteral("kind")).toString() +
                                r.value(QStringLiteral("path")).toString();
            cli.out << column(scope.chopped(1) + u' ' + key, 40) << signedSize(d).rightJustified(12) << "\n";
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
    auto session = openStorage(cli, true);
    if (!session)
        return cli.fail(session.error());
    index::DuplicateOptions options;
    options.sharedFolder = session->workspace.rootDir;
    options.repository = session->workspace.repoDir;
    options.minimumSize = std::max<qint64>(1, *minSize);
    auto report = index::findDuplicates(session->store.database(), options);
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
        cli.out << g.paths.size() << " copies of " << formatByteSize(g.size) << " ("
                << formatByteSize(g.reclaimable()) << " reclaimable):\n";
        for (const QString& p : g.paths)
            cli.out << "  " << p << "\n";
    }
    cli.out << "reclaimable: " << formatByteSize(report->reclaimableBytes) << " in " << report->groups.size()
            << " groups (" << report->hashedFiles << " files hashed; nothing was deleted)\n";
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
    auto session = openStorage(cli, true);
    if (!session)
        return cli.fail(session.error());
    auto findings = runHazards(*session);
    if (!findings)
        return cli.fail(findings.error());
    const bool anyError = std::any_of(findings->begin(), findings->end(), [](const hazards::Finding& f) {
        return f.severity == hazards::Severity::Error;
    });
    if (cli.options.json) {
        cli.printJson(findingsJson(*findings));
    } else {
        for (const hazards::Finding& f : *findings)
            cli.out << hazards::toString(f.severity) << ": " << f.rule << ": " << f.path << ": " << f.message
                    << "\n  fix: " << f.fix << "\n";
        if (findings->isEmpty())
            cli.out << "no hazards found\n";
        cli.out.flush();
    }
    return anyError ? ExitFindings : ExitOk;
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
