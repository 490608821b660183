// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `notebook strip -` and `notebook install-filter`: teamspace-cli as git's clean filter for notebooks
// (docs/notebooks.md, "Plain git"). Parsing and printing; the work is in services/NotebookGitFilter.h.
#include "NotebookCommands.h"

#include "notebooks/Notebook.h"
#include "services/NotebookGitFilter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace ts::cli {

namespace {

// All of stdin, at most kNotebookMaxBytes (a larger notebook is refused, as a sync refuses it).
Result<QByteArray> readStdin()
{
    QByteArray bytes;
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n == 0)
            return bytes;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error::failed(QStringLiteral("stdin: cannot read the notebook: %1")
                                     .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (bytes.size() + n > nb::kNotebookMaxBytes)
            return Error::badInput(QStringLiteral("stdin: more than %1 bytes: not a notebook Teamspace commits")
                                       .arg(nb::kNotebookMaxBytes));
        bytes.append(chunk, n);
    }
}

// The launcher teamspace-cli that runs this process: beside it (the build tree) or at
// TEAMSPACE_CLI_LAUNCHER_RELATIVE from it (<prefix>/libexec/teamspace → <prefix>/bin).
QString launcherPath()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString& candidate :
         {here + QStringLiteral("/teamspace-cli"),
          QDir::cleanPath(here + u'/' + QStringLiteral(TEAMSPACE_CLI_LAUNCHER_RELATIVE))})
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    return QStringLiteral("teamspace-cli");
}

QString shellQuoted(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    return u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

// `teamspace-cli notebook strip -` when PATH finds this very launcher (survives upgrades and moves of the
// package), else the launcher's absolute path (a build tree, a copy outside PATH).
QString cleanCommand()
{
    const QString launcher = launcherPath();
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("teamspace-cli"));
    const bool samePath = !onPath.isEmpty() &&
                          QFileInfo(onPath).canonicalFilePath() == QFileInfo(launcher).canonicalFilePath();
    return (samePath ? QStringLiteral("teamspace-cli") : shellQuoted(launcher)) +
           QStringLiteral(" notebook strip -");
}

} // namespace

int runNotebookStripStdin(Cli& cli)
{
    auto input = readStdin();
    if (!input)
        return cli.fail(input.error());
    auto stripped = services::stripNotebookStream(std::move(*input), cli.options.workspace,
                                                  QDir::currentPath(), QStringLiteral("stdin"));
    if (!stripped)
        return cli.fail(stripped.error()); // nothing on stdout: git keeps (or refuses) the original
    if (std::fwrite(stripped->constData(), 1, std::size_t(stripped->size()), stdout) !=
            std::size_t(stripped->size()) ||
        std::fflush(stdout) != 0)
        return cli.fail(Error::failed(QStringLiteral("stdout: cannot write the stripped notebook: %1")
                                          .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    return ExitOk;
}

int runNotebookInstallFilter(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption global(
        QStringLiteral("global"),
        QStringLiteral("Define the filter in your global git configuration (~/.gitconfig) for every "
                       "repository whose .gitattributes applies it; no repository is changed."));
    parser.addOption(global);
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("Makes plain `git add` strip notebooks as a sync does: appends `*.ipynb "
                           "filter=teamspace` to the repository's\n.gitattributes (commit it: it travels with "
                           "the repository) and sets filter.teamspace.clean = `teamspace-cli notebook\nstrip "
                           "-` and filter.teamspace.required = true in .git/config. Running it again changes "
                           "nothing."),
            args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(QStringLiteral("notebook install-filter: unexpected argument \"%1\"")
                                  .arg(parser.positionalArguments().first()));
    const QString start = cli.options.workspace.isEmpty() ? QDir::currentPath() : cli.options.workspace;
    auto setup = services::installNotebookGitFilter(start, cleanCommand(), parser.isSet(global));
    if (!setup)
        return cli.fail(setup.error());
    for (const QString& warning : setup->warnings)
        cli.err << "warning: " << warning << Qt::endl;
    if (cli.options.json) {
        cli.printJson({{QStringLiteral("repository"), setup->repository.isEmpty() ? QJsonValue()
                                                                                  : QJsonValue(setup->repository)},
                       {QStringLiteral("attributes"), setup->attributesPath.isEmpty()
                                                          ? QJsonValue()
                                                          : QJsonValue(setup->attributesPath)},
                       {QStringLiteral("attributesWritten"), setup->attributesWritten},
                       {QStringLiteral("config"), setup->configPath},
                       {QStringLiteral("configWritten"), QJsonArray::fromStringList(setup->configWritten)},
                       {QStringLiteral("clean"), setup->cleanCommand},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(setup->warnings)}});
        return ExitOk;
    }
    if (!setup->attributesPath.isEmpty())
        cli.out << (setup->attributesWritten ? "added " : "already there: ") << services::kNotebookAttributesLine
                << " in " << setup->attributesPath
                << (setup->attributesWritten ? " (commit it, so that it travels with the repository)" : "")
                << "\n";
    cli.out << (setup->configWritten.isEmpty() ? "already set" : "set") << " in " << setup->configPath
            << ": filter.teamspace.clean = " << setup->cleanCommand << ", filter.teamspace.required = true\n";
    cli.out.flush();
    return ExitOk;
}

} // namespace ts::cli
