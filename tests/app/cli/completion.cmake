# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# `teamspace-cli completion` (issue 18): the scripts run in real shells.
teamspace_add_test(tst_cli_completion SOURCES tst_cli_completion.cpp TIMEOUT 120)
