// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// report: the CLI's main job (what `dev.sh demo` prints without a display): an incremental scan, then usage
// by member with quota and headroom, usage by kind, the largest files and the hazards, as text or one JSON
// document.
#include "Cli.h"
#include "StorageOutput.h"

#include "services/StorageReport.h"
#include "util/ByteSize.h"

#include <algorithm>
#include <limits>

namespace ts::cli {

namespace {

void printText(Cli& cli, const services::StorageReport& report)
{
    QTextStream& out = cli.out;
    const index::ScanReport& scan = report.scan;
    out << "Teamspace storage report: " << report.workspaceName << "\n"
        << "shared folder: " << report.sharedFolder << "\nrepository:    " << report.repository << "\n\n";
    out << "Scan (" << (scan.full ? "full" : "incremental") << "): " << counted(scan.files, "file", "files")
        << " in " << counted(scan.dirs, "folder", "folders") << ", " << formatByteSize(scan.bytes) << ", "
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
    for (const index::MemberUsage& m : report.members.members) {
        QString room = m.headroom ? formatByteSize(*m.headroom) : QStringLiteral("-");
        if (m.headroom && *m.headroom < 0)
            room = u'-' + formatByteSize(-*m.headroom) + QStringLiteral(" (over)");
        rows << QStringList{m.id, formatByteSize(m.bytes),
                            m.quota ? formatByteSize(*m.quota) : QStringLiteral("-"), room};
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
    out << "  not attributed to a member: " << formatByteSize(report.members.unattributedBytes) << "\n";

    out << "\nUsage by kind\n";
    for (const index::KindUsage& k : report.kinds.kinds)
        out << "  " << k.kind.leftJustified(14) << formatByteSize(k.bytes).rightJustified(11) << "  "
            << counted(k.files, "file", "files") << "\n";

    out << "\nLargest files\n";
    for (const index::FileRow& f : report.largest.files)
        out << "  " << formatByteSize(f.size).rightJustified(11) << "  " << f.path << "\n";

    const QList<hazards::Finding>& findings = report.hazards.findings;
    int errors = 0, warnings = 0;
    for (const hazards::Finding& f : findings) {
        errors += f.severity == hazards::Severity::Error ? 1 : 0;
        warnings += f.severity == hazards::Severity::Warning ? 1 : 0;
    }
    out << "\nHazards: " << counted(errors, "error", "errors") << ", " << counted(warnings, "warning", "warnings")
        << "\n";
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
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    services::StorageReportOptions options;
    options.full = parser.isSet(full);
    options.largest = *count;
    services::Call call;
    call.progress = scanProgress(cli);
    auto report = services::storageReport(*ws, options, call);
    cli.endProgress();
    if (!report)
        return cli.fail(report.error());
    if (cli.options.json) {
        cli.printJson(QJsonObject{{QStringLiteral("workspace"), report->workspaceName},
                                  {QStringLiteral("scan"), scanJson(report->scan)},
                                  {QStringLiteral("usageByMember"), memberUsageJson(report->members)},
                                  {QStringLiteral("usageByKind"), kindUsageJson(report->kinds)},
                                  {QStringLiteral("largest"), largestJson(report->largest)},
                                  {QStringLiteral("hazards"), findingsJson(report->hazards.findings)}});
        return ExitOk;
    }
    printText(cli, *report);
    return ExitOk;
}

} // namespace ts::cli
