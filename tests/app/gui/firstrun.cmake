# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# First run and per-machine setup (issue 17).
teamspace_add_test(tst_firstrun SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_firstrun.cpp GUI LIBS teamspace_guitestsupport TIMEOUT 180)
