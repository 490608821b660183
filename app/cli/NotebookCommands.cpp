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
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Notebooks to strip; `-`: read one on stdin, write it "
                                                "stripped to stdout (git's clean filter)."),
                                 QStringLiteral("PATH…|-"));
    if (auto stop = cli.parseCommand(
            parser, QStringLiteral("Removes outputs and volatile metadata, as the workspace policy says."),
            args))
        return *stop;
    int exitCode = ExitOk;
    const QStringList paths = pathsOrUsage(cli, parser, exitCode);
    if (paths.isEmpty())
        return exitCode;
    if (paths.contains(QStringLiteral("-"))) {
        if (paths.size() != 1 || parser.isSet(check) || parser.isSet(upgrade) || cli.options.json)
            return cli.usageError(QStringLiteral(
                "notebook strip -: stdin takes no other notebook, --check, --upgrade or --json"));
        return runNotebookStripStdin(cli);
    }
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
    table << Command{
        QStringLiteral("notebook"),
        QStringLiteral("list, assign, suggest-runner, strip, lint, root-cell, diff, install-filter"),
        {},
        {{QStringLiteral("list"), QStringLiteral("every notebook with owner, runner and size"), runNotebookList},
         {QStringLiteral("assign"), QStringLiteral("PATH --owner ID [--runner ID]: who owns and runs it"),
          runNotebookAssign},
         {QStringLiteral("suggest-runner"), QStringLiteral("PATH: who has the headroom to run it"),
          runNotebookSuggestRunner},
         {QStringLiteral("strip"),
          QStringLiteral("PATH…|-: remove outputs and volatile metadata (`-`: stdin to stdout)"),
          runNotebookStrip},
         {QStringLiteral("lint"), QStringLiteral("PATH…: machine paths, raw writes, secrets, ROOT_PATH cell"),
          runNotebookLint},
         {QStringLiteral("root-cell"), QStringLiteral("PATH…: insert or refresh the ROOT_PATH first cell"),
          runNotebookRootCell},
         {QStringLiteral("diff"), QStringLiteral("A B | PATH: cell by cell (PATH: against HEAD)"),
          runNotebookDiff},
         {QStringLiteral("install-filter"),
          QStringLiteral("[--global]: strip notebooks that plain `git add` stages (a git clean filter)"),
          runNotebookInstallFilter}}};
}

} // namespace ts::cli
