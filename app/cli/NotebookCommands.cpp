// `notebook strip|lint|root-cell`: the per-file commands. Each file is handled on its own: a bad notebook
// is reported (exit 3) and left untouched, and the others are still processed.
#include "NotebookCommands.h"
#include "Commands.h"

#include "notebooks/NbstripoutCheck.h"
#include "notebooks/NotebookFile.h"
#include "notebooks/NotebookLint.h"
#include "notebooks/Ownership.h"
#include "notebooks/RootPathCell.h"
#include "util/AtomicFile.h"
#include "util/SafePath.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace ts::cli {

namespace {

// The part of `absolute` (a clean absolute path, links not resolved) inside the repository `repoDir`, or
// nothing when it is not in it. The shortest leading part of the path that resolves to the repository is
// where the repository is (a link there is the user's own, e.g. a home folder reached through a link);
// everything after it is inside, where no link is followed (a teammate can push one).
std::optional<QString> insideRepository(const QString& repoDir, const QString& absolute)
{
    const QString canonicalRepo = QFileInfo(repoDir).canonicalFilePath();
    if (canonicalRepo.isEmpty())
        return std::nullopt;
    const QStringList parts = absolute.split(u'/', Qt::SkipEmptyParts);
    QString prefix;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        prefix += u'/' + parts[i];
        if (QFileInfo(prefix).canonicalFilePath() == canonicalRepo)
            return parts.mid(i + 1).join(u'/');
    }
    return std::nullopt;
}

// A strip or lint argument: where the notebook is, and the manifest that governs it (--workspace if given,
// else the workspace holding the file; none outside a workspace, then the built-in defaults apply).
struct NotebookTarget
{
    std::optional<Manifest> manifest;
    nb::NotebookLocation location;
};

Result<NotebookTarget> notebookTarget(const Cli& cli, const QString& argument)
{
    const QString absolute = QDir::cleanPath(QFileInfo(argument).absoluteFilePath());
    const QString start =
        cli.options.workspace.isEmpty() ? QFileInfo(absolute).absolutePath() : cli.options.workspace;
    NotebookTarget target{std::nullopt, nb::NotebookLocation::loose(argument)};
    auto dir = findWorkspaceDir(start);
    if (!dir) {
        if (!cli.options.workspace.isEmpty())
            return dir.error();
        return target;
    }
    auto manifest = loadManifest(*dir);
    if (!manifest)
        return manifest.error();
    target.manifest = std::move(*manifest);
    if (auto inside = insideRepository(*dir, absolute)) {
        // Refused before anything is read: a link below the repository may point at another member's
        // notebook.
        if (Status plain = requirePlainPathBeneath(*dir, *inside); !plain)
            return plain.error();
        target.location = nb::NotebookLocation::inRepository(*dir, *inside);
    }
    return target;
}

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

} // namespace

Result<QString> repositoryRelativeNotebook(const QString& repoDir, const QString& argument)
{
    const QString field = QStringLiteral("notebook path \"%1\"").arg(argument);
    QString relative = argument;
    const QFileInfo info(argument);
    if (info.isAbsolute() || info.exists() || info.isSymLink()) {
        // Not canonicalFilePath: that follows a link inside the repository to whatever it points at.
        auto inside = insideRepository(repoDir, QDir::cleanPath(info.absoluteFilePath()));
        if (!inside)
            return Error::badInput(QStringLiteral("%1: is outside the notebook repository %2")
                                       .arg(field, QFileInfo(repoDir).canonicalFilePath()));
        relative = *inside;
    }
    auto normalised = normaliseRelativePath(relative, field);
    if (!normalised)
        return normalised.error();
    if (Status plain = requirePlainPathBeneath(repoDir, *normalised); !plain)
        return plain.error();
    return normalised;
}

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

    QJsonArray changed, unchanged, errors;
    for (const QString& path : paths) {
        auto target = notebookTarget(cli, path);
        Result<nb::StripFileOutcome> outcome =
            target ? nb::stripNotebookFile(target->location,
                                           target->manifest ? target->manifest->policies.strip
                                                            : defaultStripPolicy(),
                                           mode, parser.isSet(upgrade))
                   : Result<nb::StripFileOutcome>(target.error());
        if (!outcome) {
            worsen(exitCode, cli.fail(outcome.error()));
            errors.append(QJsonObject{{QStringLiteral("path"), path},
                                      {QStringLiteral("error"), outcome.error().message}});
            continue;
        }
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
    QJsonArray findings, errors, warnings;
    QMap<QString, QStringList> notebooksByRepository; // for the nbstripout check, once per repository
    QMap<QString, StripPolicy> policyOf;
    for (const QString& path : paths) {
        auto target = notebookTarget(cli, path);
        if (!target) {
            worsen(exitCode, cli.fail(target.error()));
            errors.append(QJsonObject{{QStringLiteral("path"), path},
                                      {QStringLiteral("error"), target.error().message}});
            continue;
        }
        if (!target->location.root.isEmpty() && target->manifest) {
            notebooksByRepository[target->location.root] << target->location.relative;
            policyOf.insert(target->location.root, target->manifest->policies.strip);
        }
        nb::LintContext context;
        if (target->manifest)
            for (const LayoutFolder& folder : target->manifest->foldersWithRole(FolderRole::Raw))
                context.rawFolders << folder.path;
        auto notebook = nb::loadNotebook(target->location);
        if (!notebook) {
            worsen(exitCode, cli.fail(notebook.error()));
            errors.append(QJsonObject{{QStringLiteral("path"), path},
                                      {QStringLiteral("error"), notebook.error().message}});
            continue;
        }
        for (const nb::LintFinding& f : nb::lintNotebook(*notebook, context)) {
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
    for (auto it = notebooksByRepository.cbegin(); it != notebooksByRepository.cend(); ++it) {
        auto found = nb::nbstripoutWarnings(it.key(), it.value(), policyOf.value(it.key()));
        for (const QString& warning : found ? *found : QStringList{found.error().message}) {
            warnings.append(warning);
            cli.err << "warning: " << warning << "\n";
        }
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
    QJsonArray changed, unchanged, errors;
    for (const QString& path : paths) {
        auto relative = repositoryRelativeNotebook(ws->repoDir, path);
        Result<bool> done = relative ? Result<bool>(false) : Result<bool>(relative.error());
        if (done) {
            const NotebookAssignment* assignment = ws->manifest.assignment(*relative);
            QString runner = assignment && !assignment->runner.isEmpty() ? assignment->runner
                             : assignment                                ? assignment->owner
                                          : nb::defaultOwner(ws->manifest, *relative);
            if (runner.isEmpty())
                done = Error::usage(QStringLiteral("%1: no runner known (assign one: `teamspace-cli notebook "
                                                   "assign %1 --owner ID --runner ID`)")
                                        .arg(*relative));
            else {
                nb::RootCellSettings settings;
                settings.workspaceName = ws->manifest.name;
                settings.resultsPath = nb::memberFolder(ws->manifest, FolderRole::Results, runner);
                settings.checkpointsPath = nb::memberFolder(ws->manifest, FolderRole::Checkpoints, runner);
                if (settings.resultsPath.isEmpty())
                    settings.resultsPath = QStringLiteral("results/") + runner;
                if (settings.checkpointsPath.isEmpty())
                    settings.checkpointsPath = QStringLiteral("checkpoints/") + runner;
                const auto location = nb::NotebookLocation::inRepository(ws->repoDir, *relative);
                const QString file = location.path();
                auto bytes = nb::readNotebookFile(location);
                if (!bytes) {
                    done = bytes.error();
                } else {
                    const QByteArray original = *bytes; // small files; the parse works on its own copy
                    auto notebook = nb::Notebook::parse(std::move(*bytes), file);
                    if (!notebook)
                        done = notebook.error();
                    else if (auto applied = nb::applyRootCell(*notebook, settings); !applied)
                        done = applied.error().prefixed(file + QStringLiteral(": "));
                    else
                        done = nb::saveNotebookIfChanged(location, *notebook, original);
                }
            }
        }
        if (!done) {
            worsen(exitCode, cli.fail(done.error()));
            errors.append(
                QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("error"), done.error().message}});
            continue;
        }
        (*done ? changed : unchanged).append(*relative);
        if (!cli.options.json)
            cli.out << (*done ? "written: " : "unchanged: ") << *relative << "\n";
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
        {QStringLiteral("notebook"), QStringLiteral("list, assign, suggest-runner, strip, lint, root-cell"),
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
             if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
                 cli.out << "Usage: teamspace-cli notebook list|assign|suggest-runner|strip|lint|root-cell "
                            "[ARGS]\n"
                            "Each subcommand has --help.\n";
                 cli.out.flush();
                 return sub.isEmpty() ? ExitUsage : ExitOk;
             }
             return cli.usageError(
                 QStringLiteral("unknown notebook subcommand \"%1\" (see `teamspace-cli notebook --help`)")
                     .arg(sub));
         }});
}

} // namespace ts::cli
