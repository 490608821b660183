// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "Cli.h"

#include "services/WorkspaceOpen.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>

namespace ts::cli {

Cli::Cli() : out(stdout), err(stderr) {}

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
