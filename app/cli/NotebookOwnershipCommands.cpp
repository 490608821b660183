// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `notebook list|assign|suggest-runner`: who edits each notebook, who runs it, and who has room to. Parsing
// and printing only; the work is in services/NotebookOwnership.h.
#include "NotebookCommands.h"

#include "services/NotebookOwnership.h"
#include "util/ByteSize.h"

#include <QJsonArray>
#include <QJsonValue>

namespace ts::cli {

namespace {

QJsonValue idOrNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

// --expected-output as bytes (Usage error naming the option), nullopt when not given.
Result<std::optional<qint64>> expectedOutput(const QCommandLineParser& parser,
                                             const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return std::optional<qint64>();
    auto size = parseByteSize(parser.value(option), QStringLiteral("--expected-output"));
    if (!size)
        return Error::usage(size.error().message);
    return std::optional<qint64>(*size);
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
    const services::NotebookListReport report = services::listNotebooks(*ws);
    for (const QString& warning : report.warnings)
        cli.err << "warning: " << warning << "\n";
    cli.err.flush();
    QJsonArray list;
    for (const services::NotebookListEntry& n : report.notebooks) {
        QJsonObject entry{{QStringLiteral("path"), n.path},
                          {QStringLiteral("owner"), idOrNull(n.owner)},
                          {QStringLiteral("runner"), idOrNull(n.runner)},
                          {QStringLiteral("accelerator"),
                           n.accelerator ? QJsonValue(*n.accelerator) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("bytes"), n.bytes}};
        if (n.plannedAccelerator)
            entry.insert(QStringLiteral("plannedAccelerator"), *n.plannedAccelerator);
        list.append(entry);
        if (!cli.options.json)
            cli.out << n.path << "  owner " << (n.owner.isEmpty() ? QStringLiteral("-") : n.owner)
                    << "  runner " << (n.runner.isEmpty() ? QStringLiteral("-") : n.runner) << "  "
                    << n.accelerator.value_or(QStringLiteral("CPU"))
                    << (n.plannedAccelerator ? QStringLiteral(" (planned %1)").arg(*n.plannedAccelerator)
                                             : QString())
                    << "  " << formatByteSize(n.bytes) << (n.onDisk ? "" : "  (missing)") << "\n";
    }
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
    const QCommandLineOption accelerator(
        QStringLiteral("accelerator"),
        QStringLiteral("The planned runtime: CPU, GPU, TPU, or none to clear."), QStringLiteral("KIND"));
    parser.addOptions({owner, runner, expected, accelerator});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("The notebook (inside the repository)."));
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral(
                "Sets a notebook's owner, runner, expected output size and accelerator in the manifest."),
            args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(
            QStringLiteral("name exactly one notebook (see `teamspace-cli notebook assign --help`)"));
    auto ws = cli.openWorkspace();
    if (!ws)
        return cli.fail(ws.error());
    auto expectedBytes = expectedOutput(parser, expected);
    if (!expectedBytes)
        return cli.fail(expectedBytes.error());
    std::optional<QString> plannedAccelerator;
    if (parser.isSet(accelerator)) {
        const QString kind = parser.value(accelerator);
        if (kind.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            plannedAccelerator = QString();
        else if (kAccelerators.contains(kind.toUpper()))
            plannedAccelerator = kind.toUpper();
        else
            return cli.usageError(QStringLiteral("--accelerator %1: use CPU, GPU, TPU or none").arg(kind));
    }
    auto assigned =
        services::assignNotebook(*ws, {parser.positionalArguments().constFirst(), parser.value(owner),
                                       parser.value(runner), *expectedBytes, plannedAccelerator});
    if (!assigned)
        return cli.fail(assigned.error());
    const NotebookAssignment* a = &*assigned;
    if (cli.options.json) {
        cli.printJson({{QStringLiteral("path"), a->path},
                       {QStringLiteral("owner"), a->owner},
                       {QStringLiteral("runner"), idOrNull(a->runner)},
                       {QStringLiteral("expectedOutput"), a->expectedOutputBytes
                                                              ? QJsonValue(double(*a->expectedOutputBytes))
                                                              : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("accelerator"),
                        a->accelerator ? QJsonValue(*a->accelerator) : QJsonValue(QJsonValue::Null)}});
    } else {
        cli.out << a->path << ": owner " << a->owner << ", runner "
                << (a->runner.isEmpty() ? QStringLiteral("not chosen") : a->runner);
        if (a->expectedOutputBytes)
            cli.out << ", expected output " << formatByteSize(*a->expectedOutputBytes);
        if (a->accelerator)
            cli.out << ", accelerator " << *a->accelerator;
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
    auto expectedBytes = expectedOutput(parser, expected);
    if (!expectedBytes)
        return cli.fail(expectedBytes.error());
    auto suggestion = services::suggestRunner(*ws, parser.positionalArguments().constFirst(), *expectedBytes);
    if (!suggestion)
        return cli.fail(suggestion.error());
    const QString* path = &suggestion->notebook;
    const QList<nb::RunnerCandidate>& ranking = suggestion->candidates;
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
