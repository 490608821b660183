// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One registration function per area; each lives in its own file.
#pragma once

#include "Cli.h"

namespace ts::cli {

void registerWorkspaceCommands(CommandTable& table); // init, member, layout, activity, demo
void registerStorageCommands(CommandTable& table);   // scan, usage, largest, growth, duplicates, hazards
void registerRawCommands(CommandTable& table);       // raw protect|unprotect|baseline|verify|report
void registerNotebookCommands(
    CommandTable& table);                         // notebook list|assign|suggest-runner|strip|lint|root-cell
void registerSyncCommands(CommandTable& table);   // sync; it registers credentials after itself
void registerCredentialsCommands(CommandTable& table); // credentials: CredentialsCommands.cpp
void registerReviewCommands(CommandTable& table); // codeowners, check-push
void registerSetAsideCommands(CommandTable& table);  // set-aside list|diff|apply|discard (issue 16)
void registerJoinCommands(CommandTable& table);      // join (issue 17): JoinCommand.cpp
void registerConfigCommands(CommandTable& table);    // config show|root|me (issue 17): ConfigCommands.cpp
void registerCompletionCommand(CommandTable& table); // completion bash|zsh|fish: CompletionCommand.cpp (last)
// sync status (issue 16): SyncStatusCommand.cpp; `sync` dispatches to it.
int runSyncStatus(Cli& cli, const QStringList& args);

} // namespace ts::cli
