# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# join (issue 17): local and HTTP remotes with the real keychain, refusals, kill -9 during a join.
teamspace_add_test(tst_cli_join SOURCES tst_cli_join.cpp KEYCHAIN LIBS PkgConfig::LIBGIT2 TIMEOUT 240)
