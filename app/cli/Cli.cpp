// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "Cli.h"

#include "util/Counted.h"

#include "services/WorkspaceOpen.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>
#include <mutex>
#include <unistd.h>

namespace ts::cli {

struct Cli::ProgressState
{
    std::mutex mutex;
    QElapsedTimer sinceLast;
    QString current;
    bool terminal = false;
    bool lineShown = false; // a line is on the terminal, not yet cleared
};

Cli::Cli() : out(stdout), err(stderr) {}

void Cli::note(const QString& text)
{
    if (!options.quiet)
        err << "note: " << text << Qt::endl;
}

bool Cli::showsProgress() const
{
    if (options.quiet || options.progress == ProgressMode::Never)
        return false;
    return options.progress == ProgressMode::Always || ::isatty(STDERR_FILENO);
}

ProgressCallback Cli::progress(std::function<QString(const Progress&)> line)
{
    if (!showsProgress())
        return {};
    err.flush();
    auto state = std::make_shared<ProgressState>();
    state->terminal = ::isatty(STDERR_FILENO);
    m_progress = state;
    return [state, line = std::move(line)](const Progress& p) {
        std::lock_guard lock(state->mutex);
        // A new phase (nothing done yet under a new name) and the last step show at once; the rest a few
        // times a second.
        const bool newPhase = p.done == 0 && (!state->sinceLast.isValid() || p.current != state->current);
        const bool finished = p.total >= 0 && p.done == p.total;
        const qint64 interval = state->terminal ? 100 : 500;
        if (!newPhase && !finished && state->sinceLast.isValid() && state->sinceLast.elapsed() < interval)
            return;
        state->sinceLast.start();
        state->current = p.current;
        const QByteArray text = line(p).toLocal8Bit();
        // On a terminal the line is rewritten in place (\r, then erase to its end).
        std::fprintf(stderr, state->terminal ? "\r%s\033[K" : "%s\n", text.constData());
        std::fflush(stderr);
        state->lineShown = state->terminal;
    };
}

void Cli::endProgress()
{
    if (!m_progress)
        return;
    std::lock_guard lock(m_progress->mutex);
    if (m_progress->lineShown)
        std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_progress->lineShown = false;
}

int Cli::fail(const Error& error)
{
    err << "error: " << error.message << Qt::endl;
    return exitCodeFor(error.kind);
}

void Cli::printJson(const QJsonObject& document)
{
    out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    out.flush();
}

Result<Workspace> Cli::openWorkspace() const
{
    WorkspaceOpenOptions open;
    open.workspaceDir = options.workspace;
    open.rootDir = options.root;
    open.memberId = options.as;
    open.indexPath = options.index;
    // No shared-folder check here: the commands that must not run on an unmounted share check it themselves
    // (scan, layout apply), the others do not need the index opened for it.
    auto opened = services::openWorkspace(open, false);
    if (!opened)
        return opened.error();
    return std::move(opened->workspace);
}

Result<Workspace> Cli::openWorkspaceAsMember() const
{
    auto ws = openWorkspace();
    if (ws && ws->me.isEmpty())
        return Error::usage(
            QStringLiteral(
                "%1: who are you in this workspace? pass --as MEMBER (see `teamspace-cli member list`)")
                .arg(ws->repoDir));
    return ws;
}

std::optional<int> Cli::parseCommand(QCommandLineParser& parser, const QString& usage,
                                     const QStringList& args)
{
    parser.setApplicationDescription(usage);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    // Qt's parser treats the first word as the program name: the command word takes that place.
    if (!parser.parse(args))
        return usageError(parser.errorText() +
                          QStringLiteral(" (see `teamspace-cli %1 --help`)").arg(args.value(0)));
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0),
                                         QStringLiteral("Usage: teamspace-cli ") + args.value(0));
        // A command that runs itself and has subcommands too (sync, sync status) lists them.
        if (command && !command->subcommands.isEmpty() && args.value(0) == command->name)
            out << "\n" << subcommandList(*command);
        out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

std::function<void(const char* point)> pauseHookFromEnvironment(const char* variable)
{
    const QByteArray point = qgetenv(variable);
    if (point.isEmpty())
        return {};
    return [point](const char* reached) {
        if (point != reached)
            return;
        std::fprintf(stderr, "teamspace-test: paused at %s\n", reached);
        std::fflush(stderr);
        for (;;)
            QThread::sleep(1);
    };
}

QString counted(qint64 n, const char* singular, const char* plural)
{
    return ts::counted(n, singular, plural);
}

Result<int> intOption(const QCommandLineParser& parser, const QCommandLineOption& option, int min, int max)
{
    const QString text = parser.value(option);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return Error::usage(QStringLiteral("--%1 \"%2\": use a whole number from %3 to %4")
                                .arg(option.names().constLast(), text)
                                .arg(min)
                                .arg(max));
    return value;
}

Result<QStringList> extractGlobalOptions(const QStringList& arguments, GlobalOptions& options)
{
    QStringList rest;
    bool passThrough = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (passThrough || arg == QStringLiteral("--")) {
            passThrough = true;
            rest << arg;
            continue;
        }
        if (arg == QStringLiteral("--json")) {
            options.json = true;
            continue;
        }
        if (arg == QStringLiteral("--progress") || arg == QStringLiteral("--no-progress")) {
            options.progress = arg == QStringLiteral("--progress") ? ProgressMode::Always : ProgressMode::Never;
            continue;
        }
        if (arg == QStringLiteral("-q") || arg == QStringLiteral("--quiet")) {
            options.quiet = true;
            continue;
        }
        struct Valued
        {
            const char* shortName;
            const char* longName;
            QString* target;
        };
        const Valued valued[] = {
            {"-w", "--workspace", &options.workspace},
            {"-r", "--root", &options.root},
            {nullptr, "--index", &options.index},
            {nullptr, "--as", &options.as},
        };
        bool matched = false;
        for (const Valued& v : valued) {
            const QString longName = QLatin1String(v.longName);
            if (arg == longName || (v.shortName && arg == QLatin1String(v.shortName))) {
                if (i + 1 >= arguments.size())
                    return Error::usage(QStringLiteral("%1 needs a value").arg(arg));
                *v.target = arguments.at(++i);
                matched = true;
            } else if (arg.startsWith(longName + u'=')) {
                *v.target = arg.mid(longName.size() + 1);
                matched = true;
            }
            if (matched)
                break;
        }
        if (!matched)
            rest << arg;
    }
    return rest;
}

} // namespace ts::cli
