// `notebook list|assign|suggest-runner`: who edits each notebook, who runs it, and who has room to.
#include "NotebookCommands.h"

#include "activity/ActivityLog.h"
#include "index/IndexStore.h"
#include "notebooks/NotebookFacts.h"
#include "notebooks/NotebookFile.h"
#include "notebooks/Ownership.h"
#include "util/ByteSize.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonValue>
#include <QMap>

namespace ts::cli {

namespace {

QJsonValue idOrNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

// Every .ipynb in the repository (hidden folders and Jupyter's checkpoints skipped, links not followed).
QStringList notebooksOnDisk(const QString& repoDir)
{
    QStringList found;
    QDirIterator it(repoDir, {QStringLiteral("*.ipynb")}, QDir::Files | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    const QDir top(repoDir);
    while (it.hasNext()) {
        const QString relative = top.relativeFilePath(it.next());
        bool hidden = false;
        for (const QString& part : relative.split(u'/'))
            hidden = hidden || part.startsWith(u'.') || part == QLatin1String(".ipynb_checkpoints");
        if (!hidden)
            found << relative;
    }
    return found;
}

Result<QHash<QString, qint64>> usageFromIndex(const Workspace& ws)
{
    auto store = index::IndexStore::open(ws.databasePath);
    if (!store)
        return store.error();
    auto usage = store->usageByMember(ws.manifest);
    if (!usage)
        return usage.error();
    QHash<QString, qint64> result;
    for (const index::MemberUsage& u : *usage)
        result.insert(u.id, u.bytes);
    return result;
}

} // namespace

int runNotebookList(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Lists the repository's notebooks with owner, runner, accelerator and size."),
            args))
        return *stop;
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    QMap<QString, bool> paths; // sorted, on disk or only assigned
    for (const QString& p : notebooksOnDisk(ws->repoDir))
        paths.insert(p, true);
    for (const NotebookAssignment& a : ws->manifest.notebooks)
        if (!paths.contains(a.path))
            paths.insert(a.path, false);

    QJsonArray list;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        const QString& path = it.key();
        const NotebookAssignment* assignment = ws->manifest.assignment(path);
        const QString owner = assignment ? assignment->owner : nb::defaultOwner(ws->manifest, path);
        const QString runner = assignment ? assignment->runner : QString();
        const QString file = ws->repoDir + u'/' + path;
        std::optional<QString> accelerator;
        qint64 bytes = 0;
        if (it.value()) {
            bytes = QFileInfo(file).size();
            if (auto notebook = nb::loadNotebook(nb::NotebookLocation::inRepository(ws->repoDir, path)))
                accelerator = nb::notebookFacts(*notebook).accelerator;
            else
                cli.err << "warning: " << notebook.error().message << "\n";
        }
        list.append(QJsonObject{{QStringLiteral("path"), path},
                                {QStringLiteral("owner"), idOrNull(owner)},
                                {QStringLiteral("runner"), idOrNull(runner)},
                                {QStringLiteral("accelerator"),
                                 accelerator ? QJsonValue(*accelerator) : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("bytes"), bytes}});
        if (!cli.options.json)
            cli.out << path << "  owner " << (owner.isEmpty() ? QStringLiteral("-") : owner) << "  runner "
                    << (runner.isEmpty() ? QStringLiteral("-") : runner) << "  "
                    << accelerator.value_or(QStringLiteral("CPU")) << "  " << formatByteSize(bytes)
                    << (it.value() ? "" : "  (missing)") << "\n";
    }
    cli.err.flush();
    if (cli.options.json)
        cli.printJson({{QStringLiteral("notebooks"), list}});
    else if (list.isEmpty())
        cli.out << "no notebooks\n";
    cli.out.flush();
    return ExitOk;
}

int runNotebookAssign(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption owner(
        QStringLiteral("owner"),
        QStringLiteral("The only editor (default: the member whose notebooks folder holds it)."),
        QStringLiteral("ID"));
    const QCommandLineOption runner(QStringLiteral("runner"),
                                    QStringLiteral("Whose storage pays for the outputs."),
                                    QStringLiteral("ID"));
    const QCommandLineOption expected(QStringLiteral("expected-output"),
                                      QStringLiteral("Expected output size (15GB, 500M, bytes)."),
                                      QStringLiteral("SIZE"));
    parser.addOptions({owner, runner, expected});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("The notebook (inside the repository)."));
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Sets a notebook's owner, runner and expected output size in the manifest."),
            args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(
            QStringLiteral("name exactly one notebook (see `teamspace-cli notebook assign --help`)"));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    if (!ws->me.isEmpty() && !ws->manifest.isLead(ws->me))
        return cli.usageError(QStringLiteral("%1 is not the lead: only the lead assigns notebooks (the sync "
                                             "sets aside others' manifest edits)")
                                  .arg(ws->me));
    nb::AssignmentRequest request;
    auto path = repositoryRelativeNotebook(ws->repoDir, parser.positionalArguments().constFirst());
    if (!path)
        return cli.fail(path.error());
    request.path = *path;
    request.owner = parser.value(owner);
    request.runner = parser.value(runner);
    if (parser.isSet(expected)) {
        auto size = parseByteSize(parser.value(expected), QStringLiteral("--expected-output"));
        if (!size)
            return cli.fail(Error::usage(size.error().message));
        request.expectedOutputBytes = *size;
    }
    auto updated = nb::assignNotebook(ws->manifest, request);
    if (!updated)
        return cli.fail(updated.error());
    if (Status saved = saveManifest(*updated, ws->repoDir); !saved)
        return cli.fail(saved.error());
    const NotebookAssignment* a = updated->assignment(request.path);
    QString detail = QStringLiteral("owner %1, runner %2")
                         .arg(a->owner, a->runner.isEmpty() ? QStringLiteral("not chosen") : a->runner);
    if (a->expectedOutputBytes)
        detail += QStringLiteral(", expected output %1").arg(formatByteSize(*a->expectedOutputBytes));
    if (Status logged = ActivityLog::record(*ws, QStringLiteral("notebook.assign"), a->path, detail); !logged)
        return cli.fail(logged.error().prefixed(
            QStringLiteral("the assignment is saved in teamspace.json, but the activity log failed: ")));
    if (cli.options.json) {
        cli.printJson({{QStringLiteral("path"), a->path},
                       {QStringLiteral("owner"), a->owner},
                       {QStringLiteral("runner"), idOrNull(a->runner)},
                       {QStringLiteral("expectedOutput"), a->expectedOutputBytes
                                                              ? QJsonValue(double(*a->expectedOutputBytes))
                                                              : QJsonValue(QJsonValue::Null)}});
    } else {
        cli.out << a->path << ": owner " << a->owner << ", runner "
                << (a->runner.isEmpty() ? QStringLiteral("not chosen") : a->runner);
        if (a->expectedOutputBytes)
            cli.out << ", expected output " << formatByteSize(*a->expectedOutputBytes);
        cli.out << "\n";
        cli.out.flush();
    }
    return ExitOk;
}

int runNotebookSuggestRunner(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption expected(QStringLiteral("expected-output"),
                                      QStringLiteral("Expected output size (default: the assignment's)."),
                                      QStringLiteral("SIZE"));
    parser.addOption(expected);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("The notebook (inside the repository)."));
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral(
                "Ranks members by storage headroom for running this notebook (usage from the last scan)."),
            args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(
            QStringLiteral("name exactly one notebook (see `teamspace-cli notebook suggest-runner --help`)"));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto path = repositoryRelativeNotebook(ws->repoDir, parser.positionalArguments().constFirst());
    if (!path)
        return cli.fail(path.error());
    std::optional<qint64> expectedBytes;
    if (parser.isSet(expected)) {
        auto size = parseByteSize(parser.value(expected), QStringLiteral("--expected-output"));
        if (!size)
            return cli.fail(Error::usage(size.error().message));
        expectedBytes = *size;
    }
    auto usage = usageFromIndex(*ws);
    if (!usage)
        return cli.fail(usage.error());
    const QList<nb::RunnerCandidate> ranking = nb::rankRunners(ws->manifest, *path, *usage, expectedBytes);
    if (cli.options.json) {
        QJsonArray candidates;
        for (const nb::RunnerCandidate& c : ranking)
            candidates.append(QJsonObject{
                {QStringLiteral("member"), c.member},
                {QStringLiteral("headroom"),
                 c.headroomBytes ? QJsonValue(double(*c.headroomBytes)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("fits"), c.fits},
                {QStringLiteral("explanation"), c.explanation}});
        cli.printJson({{QStringLiteral("notebook"), *path}, {QStringLiteral("candidates"), candidates}});
        return ExitOk;
    }
    cli.out << "Runner for " << *path << " (best first; usage from the last scan):\n";
    int rank = 1;
    for (const nb::RunnerCandidate& c : ranking)
        cli.out << "  " << rank++ << ". " << c.member << (c.fits ? "  fits" : "") << "\n     "
                << c.explanation << "\n";
    cli.out.flush();
    return ExitOk;
}

} // namespace ts::cli
