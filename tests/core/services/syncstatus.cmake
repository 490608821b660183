# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: the Sync panel status (issue 16; sync-panel engineer).
teamspace_add_test(tst_syncstatus SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_syncstatus.cpp TIMEOUT 120)
