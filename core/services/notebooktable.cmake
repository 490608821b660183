# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: the Notebooks panel's data (issue 15): rows, last commits, runner outputs, health.
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NotebookTable.h ${CMAKE_CURRENT_LIST_DIR}/NotebookTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NotebookHealth.h ${CMAKE_CURRENT_LIST_DIR}/NotebookHealth.cpp
)
