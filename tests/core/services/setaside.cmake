# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: set-aside review, apply cells, history (issue 16; set-aside engineer).
teamspace_add_test(tst_setaside SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_setaside.cpp TIMEOUT 120)
