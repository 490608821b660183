# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services tests: sync
teamspace_add_test(tst_syncservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_syncservice.cpp TIMEOUT 120)
