// report: the CLI's main job (what `dev.sh demo` prints without a display): an incremental scan, then usage
// by member with quota and headroom, usage by kind, the largest files and the hazards, as text or one JSON
// document.
#include "Cli.h"
#include "StorageOutput.h"

#include "util/ByteSize.h"

#include <algorithm>
#include <limits>

namespace ts::cli {

namespace {

QString size(const QJsonValue& v)
{
    return formatByteSize(qint64(v.toDouble()));
}

void printText(Cli& cli, const Workspace& ws, const index::ScanReport& scan, const QJsonObject& members,
               const QJsonObject& kinds, const QJsonObject& largest, const QList<hazards::Finding>& findings)
{
    QTextStream& out = cli.out;
    out << "Teamspace storage report: " << ws.manifest.name << "\n"
        << "shared folder: " << ws.rootDir << "\nrepository:    " << ws.repoDir << "\n\n";
    out << "Scan (" << (scan.full ? "full" : "incremental") << "): " << scan.files << " files in "
        << scan.dirs << " folders, " << formatByteSize(scan.bytes) << ", "
        << QString::number(scan.seconds, 'f', 2) << " s";
    if (!scan.full)
        out << "; " << scan.store.inserted << " added, " << scan.store.updated << " changed, "
            << scan.store.deleted << " removed since the last scan";
    out << "\n";
    for (const index::ScanProblem& p : scan.errors)
        out << "  not indexed: " << p.path << ": " << p.error << "\n";

    out << "\nUsage by member (results + checkpoints)\n";
    // Columns sized to their widest cell and separated by two spaces, so that long sizes never run together;
    // a member over quota shows a negative headroom marked "(over)".
    QList<QStringList> rows{{QStringLiteral("MEMBER"), QStringLiteral("USED"), QStringLiteral("QUOTA"),
                             QStringLiteral("HEADROOM")}};
    for (const QJsonValue& v : members.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        const QJsonValue quota = m.value(QStringLiteral("quota")),
                         headroom = m.value(QStringLiteral("headroom"));
        QString room = headroom.isNull() ? QStringLiteral("-") : size(headroom);
        if (!headroom.isNull() && headroom.toDouble() < 0)
            room = u'-' + formatByteSize(qint64(-headroom.toDouble())) + QStringLiteral(" (over)");
        rows << QStringList{m.value(QStringLiteral("id")).toString(), size(m.value(QStringLiteral("bytes"))),
                            quota.isNull() ? QStringLiteral("-") : size(quota), room};
    }
    QList<qsizetype> widths(4, 0);
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList& row : rows) {
        out << "  " << row[0].leftJustified(widths[0]);
        for (qsizetype c = 1; c < row.size(); ++c)
            out << "  " << row[c].rightJustified(widths[c]);
        out << "\n";
    }
    out << "  not attributed to a member: " << size(members.value(QStringLiteral("unattributedBytes")))
        << "\n";

    out << "\nUsage by kind\n";
    for (const QJsonValue& v : kinds.value(QStringLiteral("kinds")).toArray()) {
        const QJsonObject k = v.toObject();
        out << "  " << k.value(QStringLiteral("kind")).toString().leftJustified(14)
            << size(k.value(QStringLiteral("bytes"))).rightJustified(11) << "  "
            << qint64(k.value(QStringLiteral("files")).toDouble()) << " files\n";
    }

    out << "\nLargest files\n";
    for (const QJsonValue& v : largest.value(QStringLiteral("files")).toArray())
        out << "  " << size(v.toObject().value(QStringLiteral("bytes"))).rightJustified(11) << "  "
            << v.toObject().value(QStringLiteral("path")).toString() << "\n";

    int errors = 0, warnings = 0;
    for (const hazards::Finding& f : findings) {
        errors += f.severity == hazards::Severity::Error ? 1 : 0;
        warnings += f.severity == hazards::Severity::Warning ? 1 : 0;
    }
    out << "\nHazards: " << errors << " errors, " << warnings << " warnings\n";
    for (const hazards::Finding& f : findings)
        out << "  " << hazards::toString(f.severity) << ": " << f.path << ": " << f.message
            << "\n    fix: " << f.fix << "\n";
    out.flush();
}

} // namespace

int reportCommand(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption full(QStringLiteral("full"),
                                  QStringLiteral("Rebuild the index instead of updating it."));
    const QCommandLineOption top(QStringLiteral("top"), QStringLiteral("Largest files to list (default 10)."),
                                 QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({full, top});
    if (auto stop = cli.parseCommand(parser,
                                     QStringLiteral("Scan, then report usage by member and kind, the largest "
                                                    "files and the hazards."),
                                     args))
        return *stop;
    const auto count = intOption(parser, top, 1, std::numeric_limits<int>::max());
    if (!count)
        return cli.fail(count.error());
    auto session = openStorage(cli, false);
    if (!session)
        return cli.fail(session.error());
    auto scan = runScan(cli, session->workspace, parser.isSet(full));
    if (!scan)
        return cli.fail(scan.error());
    auto members = memberUsageJson(session->store, session->workspace.manifest);
    if (!members)
        return cli.fail(members.error());
    auto kinds = kindUsageJson(session->store);
    if (!kinds)
        return cli.fail(kinds.error());
    auto largest = largestJson(session->store, *count);
    if (!largest)
        return cli.fail(largest.error());
    auto findings = runHazards(*session);
    if (!findings)
        return cli.fail(findings.error());
    if (cli.options.json) {
        QJsonObject hazardsDoc = findingsJson(*findings);
        cli.printJson(QJsonObject{{QStringLiteral("workspace"), session->workspace.manifest.name},
                                  {QStringLiteral("scan"), scanJson(*scan)},
                                  {QStringLiteral("usageByMember"), *members},
                                  {QStringLiteral("usageByKind"), *kinds},
                                  {QStringLiteral("largest"), *largest},
                                  {QStringLiteral("hazards"), hazardsDoc}});
        return ExitOk;
    }
    printText(cli, session->workspace, *scan, *members, *kinds, *largest, *findings);
    return ExitOk;
}

} // namespace ts::cli
