// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What `teamspace-cli completion` knows about the command line, read from the command table: each command and
// subcommand ("context") with its options, as their own `--help` lists them. CompletionScripts.cpp writes it
// out as a bash, zsh or fish script.
#pragma once

#include "Cli.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ts::cli::completion {

struct OptionSpec
{
    QStringList names;   // "-h", "--help"
    QString valueName;   // "DIR", "FILE", "N"; empty for a flag
    QString description; // the first line of its help
    // What a shell should offer for the value: "dir", "file" or "other" (nothing); empty for a flag.
    QString valueKind() const;
};

struct Context
{
    QString path;            // "" for the global level, "scan", "notebook strip"
    QString summary;         // the command's summary line; empty for subcommands
    QStringList subcommands; // the words that may follow (the commands, for the global level)
    QList<OptionSpec> options;
};

struct Model
{
    QList<Context> contexts; // the global level first
    QString program;         // "teamspace-cli"
    QString version;
};

// The options listed under "Options:" (QCommandLineParser's layout) or "Global options:" in a help text.
QList<OptionSpec> parseHelpOptions(const QString& helpText);

// Asks every command and subcommand of the table for --help (output captured, nothing run) and the program's
// overview (`globalHelp`) for the global options. Fails when a listed subcommand does not answer --help.
Result<Model> buildModel(const CommandTable& table, const QString& globalHelp);

QString bashScript(const Model& model);
QString zshScript(const Model& model);
QString fishScript(const Model& model);

} // namespace ts::cli::completion
