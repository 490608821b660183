// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The workspace area's commands, split over a few files; registered together in WorkspaceCommands.cpp.
#pragma once

#include "Cli.h"

#include "workspace/LayoutPlanner.h"

#include <QJsonObject>

namespace ts::cli {

int runInit(Cli& cli, const QStringList& args);
QList<Subcommand> memberSubcommands(); // add, update, remove, list
QList<Subcommand> layoutSubcommands(); // check, apply
int runActivity(Cli& cli, const QStringList& args);
QList<Subcommand> demoSubcommands(); // create

// Shared JSON pieces, so the same thing has the same shape in every command.
QJsonObject memberToJson(const Member& member);
QJsonObject folderToJson(const ExpectedFolder& folder);

} // namespace ts::cli
