// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `notebook strip|lint|root-cell`: the per-file commands. Each file is handled on its own: a bad notebook
// is reported (exit 3) and left untouched, and the others are still processed. Parsing and printing only; the
// work is in services/NotebookFiles.h.
#include "NotebookCommands.h"
#include "Commands.h"

#include "services/NotebookFiles.h"

#include <QJsonArray>

#include <cstdio>

namespace ts::cli {

namespace {

// Worst exit code wins: bad input and failures over findings.
void worsen(int& exitCode, int candidate)
{
    if (candidate > exitCode)
        exitCode = candidate;
}

QStringList pathsOrUsage(Cli& cli, const QCommandLineParser& parser, int& exitCode)
{
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        exitCode = cli.usageError(QStringLiteral("name at least one notebook (see --help)"));
    return paths;
}

QJsonObject errorToJson(const QString& path, const Error& error)
{
    return {{QStringLiteral("path"), path}, {QStringLiteral("error"), error.message}};
}

} // namespace

int runNotebookStrip(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Change nothing; exit 1 if a notebook would change."));
    const QCommandLineOption toStdout(
        QStringLiteral("stdout"),
        QStringLiteral("Write the stripped notebook to stdout instead of replacing it."));
    const QCommandLineOption upgrade(
        QStringLiteral("upgrade"),
        QStringLiteral("Convert nbformat 3 notebooks to nbformat 4 (they are refused otherwise)."));
    parser.addOptions({check, toStdout, upgrade});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Notebooks to strip."),
                                 QStringLiteral("PATH…"));
    if (auto stop = cli.parseCommand(
            parser, QStringLiteral("Removes outputs and volatile metadata, as the workspace policy says."),
            args))
        return *stop;
    int exitCode = ExitOk;
    const QStringList paths = pathsOrUsage(cli, parser, exitCode);
    if (paths.isEmpty())
        return exitCode;
    if (parser.isSet(check) && parser.isSet(toStdout))
        return cli.usageError(QStringLiteral("--check and --stdout cannot be combined"));
    if (parser.isSet(toStdout) && (paths.size() != 1 || cli.options.json))
        return cli.usageError(QStringLiteral("--stdout takes exactly one notebook and no --json"));
    const nb::StripMode mode = parser.isSet(check)      ? nb::StripMode::Check
                               : parser.isSet(toStdout) ? nb::StripMode::Output
                                                        : nb::StripMode::Rewrite;

    const services::StripReport report =
        services::stripNotebooks(paths, cli.options.workspace, mode, parser.isSet(upgrade));
    QJsonArray changed, unchanged, errors;
    for (const services::StripFileResult& file : report.files) {
        const QString& path = file.path;
        if (file.error) {
            worsen(exitCode, cli.fail(*file.error));
            errors.append(errorToJson(path, *file.error));
            continue;
        }
        const nb::StripFileOutcome* outcome = &file.outcome;
        if (mode == nb::StripMode::Output) {
            cli.out.flush();
            std::fwrite(outcome->stripped.constData(), 1, std::size_t(outcome->stripped.size()), stdout);
            std::fflush(stdout);
            continue;
        }
        (outcome->changed ? changed : unchanged).append(path);
        if (outcome->changed && mode == nb::StripMode::Check)
            worsen(exitCode, ExitFindings);
        if (!cli.options.json) {
            const char* verb = !outcome->changed              ? "unchanged"
                               : mode == nb::StripMode::Check ? "would change"
                                                              : "stripped";
            cli.out << verb << ": " << path;
            if (outcome->changed)
                cli.out << " (" << outcome->bytesBefore << " → " << outcome->bytesAfter << " bytes)";
            cli.out << "\n";
        }
    }
    if (cli.options.json)
        cli.printJson({{QStringLiteral("changed"), changed},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("check"), parser.isSet(check)}});
    cli.out.flush();
    return exitCode;
}

int runNotebookLint(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Notebooks to check."),
                                 QStringLiteral("PATH…"));
    if (auto stop =
            cli.parseCommand(parser,
                             QStringLiteral("Finds machine-specific paths, writes into raw data, secrets, a "
                                            "missing ROOT_PATH cell and duplicate cell ids."),
                             args))
        return *stop;
    int exitCode = ExitOk;
    const QStringList paths = pathsOrUsage(cli, parser, exitCode);
    if (paths.isEmpty())
        return exitCode;
    const services::LintReport report = services::lintNotebooks(paths, cli.options.workspace);
    QJsonArray findings, errors, warnings;
    for (const services::LintFileResult& file : report.files) {
        const QString& path = file.path;
        if (file.error) {
            worsen(exitCode, cli.fail(*file.error));
            errors.append(errorToJson(path, *file.error));
            continue;
        }
        for (const nb::LintFinding& f : file.findings) {
            worsen(exitCode, ExitFindings);
            findings.append(QJsonObject{{QStringLiteral("path"), path},
                                        {QStringLiteral("cell"), f.cell},
                                        {QStringLiteral("line"), f.line},
                                        {QStringLiteral("rule"), f.rule},
                                        {QStringLiteral("message"), f.message},
                                        {QStringLiteral("fix"), f.fix}});
            if (!cli.options.json)
                cli.out << path << ": cell " << f.cell
                        << (f.line > 0 ? QStringLiteral(", line %1").arg(f.line) : QString()) << ": "
                        << f.rule << ": " << f.message << "\n    fix: " << f.fix << "\n";
        }
    }
    // A warning, not a finding: an nbstripout filter that strips differently from us (docs/notebooks.md).
    for (const QString& warning : report.warnings) {
        warnings.append(warning);
        cli.err << "warning: " << warning << "\n";
    }
    if (cli.options.json)
        cli.printJson({{QStringLiteral("findings"), findings},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("warnings"), warnings}});
    else if (findings.isEmpty() && errors.isEmpty())
        cli.out << "no findings\n";
    cli.out.flush();
    return exitCode;
}

int runNotebookRootCell(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Notebooks to give a ROOT_PATH first cell."),
                                 QStringLiteral("PATH…"));
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Inserts or refreshes the generated ROOT_PATH first cell (Colab, Kaggle, local)."),
            args))
        return *stop;
    int exitCode = ExitOk;
    const QStringList paths = pathsOrUsage(cli, parser, exitCode);
    if (paths.isEmpty())
        return exitCode;
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    const services::RootCellReport report = services::writeRootCells(*ws, paths);
    QJsonArray changed, unchanged, errors;
    for (const services::RootCellFileResult& file : report.files) {
        if (file.error) {
            worsen(exitCode, cli.fail(*file.error));
            errors.append(errorToJson(file.path, *file.error));
            continue;
        }
        (file.changed ? changed : unchanged).append(file.relative);
        if (!cli.options.json)
            cli.out << (file.changed ? "written: " : "unchanged: ") << file.relative << "\n";
    }
    if (cli.options.json)
        cli.printJson({{QStringLiteral("changed"), changed},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("errors"), errors}});
    cli.out.flush();
    return exitCode;
}

void registerNotebookCommands(CommandTable& table)
{
    table.append(
        {QStringLiteral("notebook"),
         QStringLiteral("list, assign, suggest-runner, strip, lint, root-cell, diff"),
         [](Cli& cli, const QStringList& args) -> int {
             const QString sub = args.value(1);
             QStringList rest = args.mid(1); // "notebook strip" takes the program-name place
             if (!rest.isEmpty())
                 rest[0] = QStringLiteral("notebook ") + sub;
             if (sub == QLatin1String("strip"))
                 return runNotebookStrip(cli, rest);
             if (sub == QLatin1String("lint"))
                 return runNotebookLint(cli, rest);
             if (sub == QLatin1String("root-cell"))
                 return runNotebookRootCell(cli, rest);
             if (sub == QLatin1String("list"))
                 return runNotebookList(cli, rest);
             if (sub == QLatin1String("assign"))
                 return runNotebookAssign(cli, rest);
             if (sub == QLatin1String("suggest-runner"))
                 return runNotebookSuggestRunner(cli, rest);
             if (sub == QLatin1String("diff"))
                 return runNotebookDiff(cli, rest);
             if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
                 cli.out << "Usage: teamspace-cli notebook list|assign|suggest-runner|strip|lint|root-cell|"
                            "diff [ARGS]\n"
                            "Each subcommand has --help.\n";
                 cli.out.flush();
                 return sub.isEmpty() ? ExitUsage : ExitOk;
             }
             return cli.usageError(
                 QStringLiteral("unknown notebook subcommand \"%1\" (see `teamspace-cli notebook --help`)")
                     .arg(sub));
         },
         {QStringLiteral("list"), QStringLiteral("assign"), QStringLiteral("suggest-runner"),
          QStringLiteral("strip"), QStringLiteral("lint"), QStringLiteral("root-cell"),
          QStringLiteral("diff")}});
}

} // namespace ts::cli
