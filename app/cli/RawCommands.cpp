// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `raw protect|unprotect|report`: read-only raw data on disk, and who can still write to it.
// `raw baseline|verify` live in RawIntegrityCommands.cpp; both share RawCliSupport.h.
#include "Commands.h"
#include "RawCliSupport.h"

#include "permissions/FileSystemInfo.h"
#include "services/RawIntegrity.h"
#include "services/RawProtection.h"
#include "util/ByteSize.h"

#include <QJsonArray>

#include <unistd.h>

namespace ts::cli {

using namespace ts::permissions;

namespace {

QString octal(quint32 mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QChar(u'0'));
}

QJsonArray notesJson(const QList<PathNote>& notes, const char* noteKey)
{
    QJsonArray array;
    for (const PathNote& n : notes)
        array.append(QJsonObject{{QStringLiteral("path"), n.path}, {QLatin1String(noteKey), n.note}});
    return array;
}

QJsonObject guardReportJson(const GuardReport& report)
{
    QJsonArray changed;
    for (const PermissionChange& c : report.changed)
        changed.append(QJsonObject{{QStringLiteral("path"), c.path},
                                   {QStringLiteral("before"), octal(c.modeBefore)},
                                   {QStringLiteral("after"), octal(c.modeAfter)},
                                   {QStringLiteral("acl"), c.aclChanged}});
    QJsonArray fileSystems;
    for (const FolderFileSystem& fs : report.fileSystems)
        fileSystems.append(QJsonObject{{QStringLiteral("folder"), fs.folder},
                                       {QStringLiteral("type"), fs.type},
                                       {QStringLiteral("modeBitsAuthoritative"), fs.modeBitsAuthoritative},
                                       {QStringLiteral("modeBitsIgnored"), fs.modeBitsIgnored}});
    return QJsonObject{
        {QStringLiteral("changed"), changed},
        {QStringLiteral("unchanged"), report.unchanged},
        {QStringLiteral("symlinks"), notesJson(report.symlinks, "target")},
        {QStringLiteral("warnings"), notesJson(report.warnings, "message")},
        {QStringLiteral("errors"), notesJson(report.errors, "error")},
        {QStringLiteral("missingFolders"), QJsonArray::fromStringList(report.missingFolders)},
        {QStringLiteral("fileSystems"), fileSystems},
        {QStringLiteral("sharingStep"), QJsonArray::fromStringList(report.sharingAdvice())},
    };
}

void printGuardReport(Cli& cli, const GuardReport& report, bool protect)
{
    const char* verb = protect ? "made read-only" : "given owner write";
    cli.out << "raw " << (protect ? "protect" : "unprotect") << ": " << report.changed.size() << " entries "
            << verb << ", " << report.unchanged << " already so\n";
    for (const PermissionChange& c : report.changed)
        cli.out << "  changed  " << c.path << "  " << octal(c.modeBefore) << " -> " << octal(c.modeAfter)
                << (c.aclChanged ? "  (ACL write entries removed)" : "") << "\n";
    for (const PathNote& s : report.symlinks)
        cli.out << "  symlink  " << s.path << " -> " << s.note
                << "  (not followed; its target is left alone)\n";
    for (const PathNote& w : report.warnings)
        cli.out << "  warning  " << w.path << ": " << w.note << "\n";
    for (const QString& missing : report.missingFolders)
        cli.out << "  missing  " << missing
                << "  (no such folder here yet; run `teamspace-cli layout apply`)\n";
    cli.out.flush();
}

// Errors and file systems that do not enforce the bits decide the exit code; both are said plainly.
int finishGuard(Cli& cli, const GuardReport& report, const char* command)
{
    for (const PathNote& e : report.errors)
        cli.err << "error: " << e.note << "\n";
    bool ignored = false;
    for (const FolderFileSystem& fs : report.fileSystems)
        ignored = ignored || fs.modeBitsIgnored;
    for (const QString& advice : report.sharingAdvice())
        cli.err << (ignored ? "error: " : "warning: ") << advice << "\n";
    cli.err.flush();
    if (ignored)
        return ExitFailed;
    if (!report.errors.isEmpty())
        return cli.fail(Error::failed(
            qstrcmp(command, "protect") == 0
                ? QStringLiteral(
                      "raw protect: %1 entries or folders are not read-only (listed above: they, or "
                      "what is inside them, may still be writable); the others are. Fix their "
                      "owner or permissions (or run it as their owner) and run it again")
                      .arg(report.errors.size())
                : QStringLiteral("raw %1: %2 entries could not be changed (listed above); the others were")
                      .arg(QLatin1String(command))
                      .arg(report.errors.size())));
    return ExitOk;
}

int runGuard(Cli& cli, const QStringList& args, bool protect)
{
    QCommandLineParser parser;
    const QString usage =
        protect
            ? QStringLiteral("Makes every raw folder read-only: write bits and write-granting ACL entries "
                             "removed, symlinks reported and not followed.")
            : QStringLiteral("Gives the owner write permission back under the raw folders (leads only).");
    if (auto stop = cli.parseCommand(parser, usage, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(QStringLiteral("raw %1 takes no arguments")
                                  .arg(protect ? QStringLiteral("protect") : QStringLiteral("unprotect")));
    auto ws = protect ? cli.openWorkspace() : cli.openWorkspaceAsMember();
    if (!ws)
        return cli.fail(ws.error());
    services::Call call;
    CancelOnInterrupt interrupt(call.cancel);
    auto result = protect ? services::protectRaw(*ws, call) : services::unprotectRaw(*ws, call);
    if (!result)
        return cli.fail(result.error());
    const char* command = protect ? "protect" : "unprotect";
    if (!result->logWarning.isEmpty())
        cli.err << "warning: " << result->logWarning << "\n";
    const GuardReport& report = result->guard;
    if (cli.options.json)
        cli.printJson(guardReportJson(report));
    else
        printGuardReport(cli, report, protect);
    return finishGuard(cli, report, command);
}

QString protectionName(services::RawState state)
{
    switch (state) {
    case services::RawState::Missing:
        return QStringLiteral("missing");
    case services::RawState::ReadOnly:
        return QStringLiteral("read-only");
    case services::RawState::Writable:
        return QStringLiteral("writable");
    case services::RawState::UnknownOnThisMount:
        break;
    }
    return QStringLiteral("unknown-on-this-mount");
}

int runReport(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Who can write to each raw folder, as far as this file system can tell. "
                           "Exit 1 when something under a raw folder is writable."),
            args))
        return *stop;
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    services::Call call;
    CancelOnInterrupt interrupt(call.cancel);
    auto report = services::rawWriteAccess(*ws, call);
    if (!report)
        return cli.fail(report.error());
    const QList<FolderWriteAccess>& folders = report->folders;
    QJsonArray array;
    for (const FolderWriteAccess& f : folders) {
        array.append(
            QJsonObject{{QStringLiteral("path"), f.path},
                        {QStringLiteral("location"), f.location},
                        {QStringLiteral("exists"), f.exists},
                        {QStringLiteral("fileSystem"), f.fileSystem},
                        {QStringLiteral("modeBitsAuthoritative"), f.modeBitsAuthoritative},
                        {QStringLiteral("mode"), octal(f.mode)},
                        {QStringLiteral("owner"), f.owner},
                        {QStringLiteral("group"), f.group},
                        {QStringLiteral("youCanWrite"), f.currentUserCanWrite},
                        {QStringLiteral("groupCanWrite"), f.groupCanWrite},
                        {QStringLiteral("othersCanWrite"), f.othersCanWrite},
                        {QStringLiteral("acl"), QJsonArray::fromStringList(f.acl)},
                        {QStringLiteral("entries"), f.entries},
                        {QStringLiteral("writableEntries"), f.writableEntries},
                        {QStringLiteral("writableExamples"), QJsonArray::fromStringList(f.writableExamples)},
                        {QStringLiteral("readOnly"), f.isReadOnly()},
                        {QStringLiteral("protection"), protectionName(services::rawStateOf(f))}});
    }
    // The baseline's figures, as the GUI's Raw data panel shows them (nothing is hashed here).
    const auto baseline = services::rawBaselineSummary(*ws);
    if (cli.options.json) {
        QJsonValue baselineJson; // null: none yet
        if (!baseline)
            baselineJson = QJsonObject{{QStringLiteral("error"), baseline.error().message}};
        else if (baseline->has_value())
            baselineJson = QJsonObject{
                {QStringLiteral("files"), (*baseline)->files},
                {QStringLiteral("bytes"), (*baseline)->bytes},
                {QStringLiteral("algorithm"), toString((*baseline)->algorithm)},
                {QStringLiteral("recordedAt"), (*baseline)->recordedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("recordedHere"), (*baseline)->recordedHere}};
        cli.printJson(
            QJsonObject{{QStringLiteral("folders"), array}, {QStringLiteral("baseline"), baselineJson}});
    } else {
        for (const FolderWriteAccess& f : folders) {
            cli.out << f.path << " (" << f.location << ")";
            if (!f.exists) {
                cli.out << ": does not exist here\n";
                continue;
            }
            cli.out << ": " << (f.isReadOnly() ? "read-only" : "WRITABLE") << ", mode " << octal(f.mode)
                    << " " << f.owner << ":" << f.group << ", file system " << f.fileSystem << "\n"
                    << "  you (" << osUserName() << ") can write: " << (f.currentUserCanWrite ? "yes" : "no")
                    << (f.currentUserCanWrite && ::geteuid() == 0 ? " (as root, whatever the bits say)" : "")
                    << "\n"
                    << "  group can write: " << (f.groupCanWrite ? "yes" : "no")
                    << ", others can write: " << (f.othersCanWrite ? "yes" : "no") << "\n";
            if (!f.acl.isEmpty())
                cli.out << "  ACL: " << f.acl.join(QStringLiteral(", ")) << "\n";
            cli.out << "  " << f.writableEntries << " of " << f.entries << " entries writable by someone";
            if (!f.writableExamples.isEmpty())
                cli.out << ", e.g. " << f.writableExamples.join(QStringLiteral(", "));
            cli.out << "\n";
            if (!f.modeBitsAuthoritative)
                cli.out << "  note: " << sharingStepAdvice(f.path) << "\n";
        }
        if (!baseline)
            cli.out << "baseline: cannot be read: " << baseline.error().message << "\n";
        else if (!baseline->has_value())
            cli.out << "baseline: none yet (a lead records it with `teamspace-cli raw baseline`)\n";
        else
            cli.out << "baseline: " << (*baseline)->files << " files, " << formatByteSize((*baseline)->bytes)
                    << ", " << toString((*baseline)->algorithm) << ", "
                    << ((*baseline)->recordedHere ? "recorded here " : "raw-baseline.json written here ")
                    << (*baseline)->recordedAt.toString(Qt::ISODate) << "\n";
        cli.out.flush();
    }
    return report->anyWritable() ? ExitFindings : ExitOk;
}

} // namespace

void registerRawCommands(CommandTable& table)
{
    table << Command{
        QStringLiteral("raw"),
        QStringLiteral("raw data: protect, unprotect, baseline, verify, report"),
        [](Cli& cli, const QStringList& args) -> int {
            const QString sub = args.value(1);
            const QStringList rest = args.mid(1); // the subcommand takes the program-name slot
            if (sub == QStringLiteral("protect"))
                return runGuard(cli, rest, true);
            if (sub == QStringLiteral("unprotect"))
                return runGuard(cli, rest, false);
            if (sub == QStringLiteral("report"))
                return runReport(cli, rest);
            if (sub == QStringLiteral("baseline"))
                return runRawBaseline(cli, rest);
            if (sub == QStringLiteral("verify"))
                return runRawVerify(cli, rest);
            if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
                cli.out << "Usage: teamspace-cli raw protect|unprotect|baseline|verify|report [--help]\n";
                cli.out.flush();
                return ExitOk;
            }
            return cli.usageError(
                QStringLiteral("raw: unknown subcommand \"%1\" (use protect, unprotect, baseline, "
                               "verify or report)")
                    .arg(sub));
        },
        {QStringLiteral("protect"), QStringLiteral("unprotect"), QStringLiteral("baseline"),
         QStringLiteral("verify"), QStringLiteral("report")}};
}

} // namespace ts::cli
