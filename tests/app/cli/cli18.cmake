# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Issue 18, the CLI's edges: the command table's help and usage errors, progress and -q, the git clean filter.
teamspace_add_test(tst_cli_commands SOURCES tst_cli_commands.cpp TIMEOUT 180)
teamspace_add_test(tst_cli_progress SOURCES tst_cli_progress.cpp LIBS PkgConfig::LIBGIT2 TIMEOUT 180)
teamspace_add_test(tst_cli_gitfilter SOURCES tst_cli_gitfilter.cpp LIBS PkgConfig::LIBGIT2 TIMEOUT 180)
