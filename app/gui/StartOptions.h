// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The command line of `teamspace`: `teamspace [WORKSPACE] [--root DIR] [--as MEMBER] [--index FILE]
// [--panel NAME]`, the same options as teamspace-cli, so the README's `teamspace DIR/repo` opens the demo at
// start; --panel names the area shown once the workspace is (for docs, screenshots and scripts).
#pragma once

#include "util/Result.h"
#include "workspace/Workspace.h"

#include <QStringList>

#include <optional>

namespace ts::gui {

struct StartOptions
{
    std::optional<WorkspaceOpenOptions> open; // set when a workspace is to be opened at start
    QString panel; // an area's catalog id ("storage") to show once a workspace is shown, or empty
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
};

// `arguments` includes the program name first, as QCoreApplication::arguments() has it. Usage errors name the
// option and what to do.
Result<StartOptions> parseStartOptions(const QStringList& arguments);

} // namespace ts::gui
