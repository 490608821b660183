# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services tests: notebooks
teamspace_add_test(tst_notebookservices SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_notebookservices.cpp)
