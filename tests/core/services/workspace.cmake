# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services tests: workspace
teamspace_add_test(tst_demoworkspace SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_demoworkspace.cpp)
teamspace_add_test(tst_workspaceservices SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_workspaceservices.cpp)
teamspace_add_test(tst_sharedfolder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sharedfolder.cpp)
