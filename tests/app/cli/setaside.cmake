# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# CLI: set-aside list|diff|apply|discard (issue 16; set-aside engineer).
teamspace_add_test(tst_cli_setaside SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_setaside.cpp LIBS PkgConfig::LIBGIT2 TIMEOUT 180)
