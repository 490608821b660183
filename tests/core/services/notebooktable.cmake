# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services tests: the Notebooks panel's table, health, owner's fixes and bulk reassignment (issue 15)
teamspace_add_test(tst_notebooktable SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_notebooktable.cpp TIMEOUT 180)
