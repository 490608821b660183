// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What every CLI command shares: global options, output (text or one JSON document), errors and exit codes.
#pragma once

#include "util/Result.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace ts::cli {

// Exit codes of CLI.md.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2, ExitBadInput = 3, ExitFailed = 4 };

struct GlobalOptions
{
    QString workspace;
    QString root;
    QString index;
    QString as;
    bool json = false;
};

class Cli
{
public:
    Cli();

    GlobalOptions options;
    QTextStream out; // stdout: the report, or exactly one JSON document with --json
    QTextStream err; // stderr: `error: …` lines and human progress

    // Prints `error: <message>` on stderr and returns the exit code for the error's kind.
    int fail(const Error& error);
    int usageError(const QString& message) { return fail(Error::usage(message)); }
    void printJson(const QJsonObject& document);

    // Opens the workspace named by the global options (or found from the current directory).
    Result<Workspace> openWorkspace() const;
    // As openWorkspace, and requires an identity (--as or remembered); Usage error naming the fix otherwise.
    Result<Workspace> openWorkspaceAsMember() const;

    // Parses a command's own arguments. Adds --help; returns an exit code when the command should stop
    // (help printed → 0, bad arguments → 2), nullopt to go on.
    std::optional<int> parseCommand(QCommandLineParser& parser, const QString& usage,
                                    const QStringList& args);
};

// The value of a whole-number option within [min, max] (its default when not given); a Usage error naming the
// option otherwise: `--top "x": use a whole number from 1 to 2147483647`.
Result<int> intOption(const QCommandLineParser& parser, const QCommandLineOption& option, int min, int max);

// TEST SEAM — only for tests/app/cli (kill -9 at an exact point of a long command). When the
// environment variable `variable` names a point ("after-commit", "after-clone", …), the hook says
// "teamspace-test: paused at POINT" on stderr when it gets there and waits for ever, so the test can
// kill the process there. Empty (no hook) when the variable is unset, as in normal use.
std::function<void(const char* point)> pauseHookFromEnvironment(const char* variable);

struct Command
{
    QString name;                                          // first word: "scan", "member", "notebook"
    QString summary;                                       // one line for `teamspace-cli --help`
    std::function<int(Cli&, const QStringList& args)> run; // args: the command word first, then its arguments
    // The words `run` dispatches on after the command word ("add", "list", …); empty when it has none. Read
    // by `teamspace-cli completion`, which also asks each of them for `--help` to learn their options.
    QStringList subcommands = {};
};

using CommandTable = QList<Command>;

// Splits the global options (anywhere before "--") from the command's arguments.
// Returns the remaining words, or an error for a global option without its value.
Result<QStringList> extractGlobalOptions(const QStringList& arguments, GlobalOptions& options);

} // namespace ts::cli
