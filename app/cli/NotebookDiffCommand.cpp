// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `notebook diff A B` and `notebook diff PATH` (against HEAD): the notebook-aware diff (nb::NotebookDiff,
// docs/notebook-diff.md). Exit 0 when the notebooks are the same, 1 when they differ, 2 usage, 3 bad input
// (a missing file, not a notebook, a path outside the repository or not in HEAD), 4 when git cannot be read.
// Reads only; writes nothing.
#include "NotebookCommands.h"

#include "git/GitBlob.h"
#include "git/GitCommit.h"
#include "git/GitRepository.h"
#include "git/GitTree.h"
#include "notebooks/NotebookDiff.h"
#include "notebooks/NotebookFile.h"
#include "notebooks/NotebookPaths.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <optional>
#include <thread>

namespace ts::cli {

namespace {

Result<QByteArray> readFile(const nb::NotebookLocation& location, const QString& shown)
{
    const QFileInfo info(location.path());
    if (!info.exists() && !info.isSymLink())
        return Error::badInput(QStringLiteral("%1: no such file").arg(shown));
    return nb::readNotebookFile(location);
}

// The file as committed at HEAD, read into a parser-ready buffer (nullopt when HEAD has no such file).
Result<std::optional<QByteArray>> readAtHead(const QString& repoDir, const QString& relative)
{
    auto repo = git::GitRepository::open(repoDir);
    if (!repo)
        return repo.error();
    auto head = repo->headOid();
    if (!head)
        return head.error();
    if (!*head)
        return std::optional<QByteArray>();
    auto commit = git::GitCommit::lookup(*repo, **head);
    if (!commit)
        return commit.error();
    auto tree = commit->tree();
    if (!tree)
        return tree.error();
    const auto entry = tree->entry(relative);
    if (!entry || !entry->isRegular())
        return std::optional<QByteArray>();
    auto blob = git::GitBlob::lookup(*repo, entry->id,
                                     QStringLiteral("%1: cannot read the version at HEAD: ").arg(relative));
    if (!blob)
        return blob.error();
    if (blob->size() > nb::kNotebookMaxBytes)
        return Error::badInput(
            QStringLiteral("HEAD:%1: larger than 2 GiB, which no notebook tool can open").arg(relative));
    QByteArray bytes = nb::notebookBuffer(blob->size());
    std::memcpy(bytes.data(), blob->data(), std::size_t(blob->size()));
    return std::optional<QByteArray>(std::move(bytes));
}

struct Sides
{
    QByteArray a, b;
    QString nameA, nameB;
};

// PATH in its repository's working tree (B) against the version committed at HEAD (A).
Result<Sides> againstHead(const Cli& cli, const QString& argument)
{
    const QString absolute = QDir::cleanPath(QFileInfo(argument).absoluteFilePath());
    QString start = cli.options.workspace;
    if (start.isEmpty())
        start =
            findWorkspaceDir(QDir::currentPath()) ? QDir::currentPath() : QFileInfo(absolute).absolutePath();
    auto repoDir = findWorkspaceDir(start);
    if (!repoDir)
        return Error::usage(
            QStringLiteral("%1: no workspace here to compare it with HEAD (run it inside the "
                           "workspace or pass -w DIR; compare two files with `notebook diff A B`)")
                .arg(argument));
    auto relative = nb::repositoryRelativeNotebook(*repoDir, argument);
    if (!relative)
        return relative.error();
    Sides sides;
    sides.nameA = QStringLiteral("HEAD:%1").arg(*relative);
    sides.nameB = *relative;
    // The working file is read while git inflates the committed one.
    std::optional<Result<QByteArray>> b;
    std::thread readB(
        [&] { b.emplace(readFile(nb::NotebookLocation::inRepository(*repoDir, *relative), *relative)); });
    auto a = readAtHead(*repoDir, *relative);
    readB.join();
    if (!*b)
        return b->error();
    if (!a)
        return a.error();
    if (!*a)
        return Error::badInput(QStringLiteral("%1: not in HEAD (a notebook never committed, or HEAD has no "
                                              "commit yet): compare two files with `notebook diff A B`")
                                   .arg(*relative));
    sides.a = std::move(**a);
    sides.b = std::move(**b);
    return sides;
}

Result<Sides> twoFiles(const QString& pathA, const QString& pathB)
{
    Sides sides{{}, {}, pathA, pathB};
    // Both read at once: most of a big diff's time is the kernel filling fresh memory.
    std::optional<Result<QByteArray>> b;
    std::thread readB([&] { b.emplace(readFile(nb::NotebookLocation::loose(pathB), pathB)); });
    auto a = readFile(nb::NotebookLocation::loose(pathA), pathA);
    readB.join();
    if (!a)
        return a.error();
    if (!*b)
        return b->error();
    sides.a = std::move(*a);
    sides.b = std::move(**b);
    return sides;
}

QString indices(const nb::CellDiff& cell)
{
    if (cell.a >= 0 && cell.b >= 0)
        return cell.a == cell.b ? QStringLiteral("cell %1").arg(cell.b)
                                : QStringLiteral("cell %1 (was %2)").arg(cell.b).arg(cell.a);
    return cell.b >= 0 ? QStringLiteral("cell %1 (new)").arg(cell.b)
                       : QStringLiteral("cell %1 of A").arg(cell.a);
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

QString outputsText(const QList<nb::OutputSummary>& outputs)
{
    if (outputs.isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    for (const nb::OutputSummary& o : outputs)
        parts << QStringLiteral("%1%2 %3 #%4")
                     .arg(o.outputType, o.detail.isEmpty() ? QString() : u' ' + o.detail, sizeText(o.bytes),
                          o.hash.left(8));
    return parts.join(QStringLiteral(", "));
}

// The source lines with -/+ signs; unchanged lines only within two lines of a change.
void printSource(QTextStream& out, const nb::NotebookDiff& diff, const nb::CellDiff& cell)
{
    const QStringList linesA = cell.a >= 0 ? nb::cellSourceLines(*diff.a, cell.a) : QStringList();
    const QStringList linesB = cell.b >= 0 ? nb::cellSourceLines(*diff.b, cell.b) : QStringList();
    const int n = int(cell.source.size());
    std::vector<bool> shown(std::size_t(n), false);
    for (int k = 0; k < n; ++k)
        if (cell.source[std::size_t(k)].kind != nb::SourceLine::Same)
            for (int c = std::max(0, k - 2); c <= std::min(n - 1, k + 2); ++c)
                shown[std::size_t(c)] = true;
    bool elided = false;
    for (int k = 0; k < n; ++k) {
        if (!shown[std::size_t(k)]) {
            if (!elided)
                out << "      ...\n";
            elided = true;
            continue;
        }
        elided = false;
        const nb::SourceLine& line = cell.source[std::size_t(k)];
        switch (line.kind) {
        case nb::SourceLine::Same:
            out << "      " << linesB.value(line.bLine) << '\n';
            break;
        case nb::SourceLine::Removed:
            out << "    - " << linesA.value(line.aLine) << '\n';
            break;
        case nb::SourceLine::Added:
            out << "    + " << linesB.value(line.bLine) << '\n';
            break;
        }
    }
}

void printHuman(QTextStream& out, const nb::NotebookDiff& diff, const Sides& sides)
{
    out << "--- " << sides.nameA << '\n' << "+++ " << sides.nameB << '\n';
    int unchanged = 0;
    for (const nb::CellDiff& cell : diff.cells) {
        if (cell.status == nb::CellStatus::Unchanged) {
            ++unchanged;
            continue;
        }
        out << nb::cellStatusName(cell.status) << ' ' << indices(cell) << ' ' << cell.cellType;
        if (!cell.id.isEmpty())
            out << " id " << cell.id;
        if (cell.status == nb::CellStatus::Modified)
            out << ": " << nb::cellPartNames(cell.changed).join(QStringLiteral(", "));
        out << '\n';
        const bool sourceShown = cell.status != nb::CellStatus::Modified || (cell.changed & nb::PartSource);
        if (sourceShown)
            printSource(out, diff, cell);
        if (cell.status == nb::CellStatus::Modified && (cell.changed & nb::PartOutputs))
            out << "    outputs: " << outputsText(cell.outputsA) << " -> " << outputsText(cell.outputsB)
                << '\n';
        else if (cell.status == nb::CellStatus::Added && !cell.outputsB.isEmpty())
            out << "    outputs: " << outputsText(cell.outputsB) << '\n';
        else if (cell.status == nb::CellStatus::Removed && !cell.outputsA.isEmpty())
            out << "    outputs: " << outputsText(cell.outputsA) << '\n';
        if (!cell.metadataKeys.isEmpty())
            out << "    metadata: " << cell.metadataKeys.join(QStringLiteral(", ")) << '\n';
    }
    if (unchanged)
        out << unchanged << (unchanged == 1 ? " cell unchanged\n" : " cells unchanged\n");
    if (!diff.metadataKeys.isEmpty())
        out << "notebook metadata: " << diff.metadataKeys.join(QStringLiteral(", ")) << '\n';
    if (diff.nbformatChanged)
        out << "nbformat: " << diff.nbformatA << " -> " << diff.nbformatB << '\n';
    if (diff.changedCells() == 0 && diff.metadataKeys.isEmpty() && !diff.nbformatChanged)
        out << "no differences\n";
}

} // namespace

int runNotebookDiff(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("The older notebook (or PATH alone: the "
                                                                     "working file against HEAD)."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The newer notebook."),
                                 QStringLiteral("[B]"));
    if (auto stop =
            cli.parseCommand(parser,
                             QStringLiteral("Compares two notebooks cell by cell (cells matched by id, "
                                            "else by content). Exit 0: the same, 1: they differ."),
                             args))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty() || paths.size() > 2)
        return cli.usageError(
            QStringLiteral("notebook diff takes two notebooks (A B), or one notebook of the "
                           "workspace to compare with HEAD (see --help)"));
    auto sides = paths.size() == 2 ? twoFiles(paths[0], paths[1]) : againstHead(cli, paths[0]);
    if (!sides)
        return cli.fail(sides.error());
    const QString nameA = sides->nameA, nameB = sides->nameB;
    auto diff = nb::diffNotebookBytes(std::move(sides->a), nameA, std::move(sides->b), nameB);
    if (!diff)
        return cli.fail(diff.error());
    if (cli.options.json) {
        cli.out.flush();
        const QByteArray text = nb::diffToJsonText(*diff);
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
        std::fflush(stdout);
    } else
        printHuman(cli.out, *diff, *sides);
    cli.out.flush();
    const bool same = diff->changedCells() == 0 && diff->metadataKeys.isEmpty() && !diff->nbformatChanged;
    return same ? ExitOk : ExitFindings;
}

} // namespace ts::cli
