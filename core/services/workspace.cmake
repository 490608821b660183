# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: workspace (sources listed relative to core/services)
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/WorkspaceOpen.h ${CMAKE_CURRENT_LIST_DIR}/WorkspaceOpen.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WorkspaceSetup.h ${CMAKE_CURRENT_LIST_DIR}/WorkspaceSetup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SharedFolder.h ${CMAKE_CURRENT_LIST_DIR}/SharedFolder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LocalSetup.h ${CMAKE_CURRENT_LIST_DIR}/LocalSetup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NewWorkspace.h ${CMAKE_CURRENT_LIST_DIR}/NewWorkspace.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NextSteps.h ${CMAKE_CURRENT_LIST_DIR}/NextSteps.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Members.h ${CMAKE_CURRENT_LIST_DIR}/Members.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ActivityHistory.h ${CMAKE_CURRENT_LIST_DIR}/ActivityHistory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoNotebooks.h ${CMAKE_CURRENT_LIST_DIR}/DemoNotebooks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoWorkspace.h ${CMAKE_CURRENT_LIST_DIR}/DemoWorkspace.cpp
)
