// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What every CLI command shares: global options, output (text or one JSON document), errors and exit codes.
#pragma once

#include "util/Cancellation.h"
#include "util/Result.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace ts::cli {

// Exit codes of CLI.md.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2, ExitBadInput = 3, ExitFailed = 4 };

// --progress / --no-progress; by default progress shows only when stderr is a terminal.
enum class ProgressMode { Auto, Always, Never };

struct GlobalOptions
{
    QString workspace;
    QString root;
    QString index;
    QString as;
    bool json = false;
    ProgressMode progress = ProgressMode::Auto;
    bool quiet = false; // -q: no progress and no `note:` lines; errors and warnings stay
};

struct Command;

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
    // `note: <text>` on stderr, an informational line that -q drops.
    void note(const QString& text);

    // Whether progress goes to stderr: --progress, --no-progress, -q, else only when stderr is a terminal.
    bool showsProgress() const;
    // A progress callback printing `line(progress)` on stderr (thread-safe, a few times a second, a new
    // Progress::current at once), or an empty one when progress is off. On a terminal the line is rewritten
    // in place and endProgress() clears it; elsewhere (--progress into a file) each update is a line.
    ProgressCallback progress(std::function<QString(const Progress&)> line);
    void endProgress();

    // The command being run (set by the dispatcher): parseCommand lists its subcommands in the command's own
    // --help.
    const Command* command = nullptr;

    // Opens the workspace named by the global options (or found from the current directory).
    Result<Workspace> openWorkspace() const;
    // As openWorkspace, and requires an identity (--as or remembered); Usage error naming the fix otherwise.
    Result<Workspace> openWorkspaceAsMember() const;

    // Parses a command's own arguments. Adds --help; returns an exit code when the command should stop
    // (help printed → 0, bad arguments → 2), nullopt to go on.
    std::optional<int> parseCommand(QCommandLineParser& parser, const QString& usage,
                                    const QStringList& args);

private:
    struct ProgressState;
    std::shared_ptr<ProgressState> m_progress; // the last progress() callback's, for endProgress()
};

// The value of a whole-number option within [min, max] (its default when not given); a Usage error naming the
// option otherwise: `--top "x": use a whole number from 1 to 2147483647`.
Result<int> intOption(const QCommandLineParser& parser, const QCommandLineOption& option, int min, int max);

// TEST SEAM — only for tests/app/cli (kill -9 at an exact point of a long command). When the
// environment variable `variable` names a point ("after-commit", "after-clone", …), the hook says
// "teamspace-test: paused at POINT" on stderr when it gets there and waits for ever, so the test can
// kill the process there. Empty (no hook) when the variable is unset, as in normal use.
std::function<void(const char* point)> pauseHookFromEnvironment(const char* variable);

// "Subcommands:" and one line per subcommand, for a command's --help (CommandDispatch.cpp).
QString subcommandList(const Command& command);

// "1 file", "2 files": a count with the noun in the right number.
QString counted(qint64 n, const char* singular, const char* plural);

using CommandRun = std::function<int(Cli&, const QStringList& args)>;

struct Subcommand
{
    QString name;    // second word: "add" of `member add`
    QString summary; // one line for `teamspace-cli COMMAND --help`
    // args: "COMMAND SUBCOMMAND" first (the name its usage line shows), then its arguments.
    CommandRun run;
};

struct Command
{
    QString name;    // first word: "scan", "member", "notebook"
    QString summary; // one line for `teamspace-cli --help`
    // args: the command word first, then its arguments. Empty for a command that is only its subcommands;
    // else it runs for anything that is not one of them (`sync`, `sync --dry-run`, `sync --help`).
    CommandRun run = {};
    QList<Subcommand> subcommands = {}; // dispatched, listed in --help and `help COMMAND` (Dispatch.cpp)
};

using CommandTable = QList<Command>;

// Splits the global options (anywhere before "--") from the command's arguments.
// Returns the remaining words, or an error for a global option without its value.
Result<QStringList> extractGlobalOptions(const QStringList& arguments, GlobalOptions& options);

} // namespace ts::cli
