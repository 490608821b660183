# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# CLI: sync status (issue 16; sync-panel engineer).
teamspace_add_test(tst_cli_syncstatus SOURCES tst_cli_syncstatus.cpp TIMEOUT 120)
