// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The workspace area's commands, split over a few files; registered together in WorkspaceCommands.cpp.
#pragma once

#include "Cli.h"

#include "workspace/LayoutPlanner.h"

#include <QJsonObject>

namespace ts::cli {

int runInit(Cli& cli, const QStringList& args);
int runMember(Cli& cli, const QStringList& args);
int runLayout(Cli& cli, const QStringList& args);
int runActivity(Cli& cli, const QStringList& args);
int runDemo(Cli& cli, const QStringList& args);

// Shared JSON pieces, so the same thing has the same shape in every command.
QJsonObject memberToJson(const Member& member);
QJsonObject folderToJson(const ExpectedFolder& folder);

// "member add" for a sub-command: the parser's help then reads "Usage: teamspace-cli member add".
QStringList subcommandArgs(const QStringList& args);

} // namespace ts::cli
