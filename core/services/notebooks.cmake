# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: notebooks (sources listed relative to core/services)
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NotebookOwnership.h ${CMAKE_CURRENT_LIST_DIR}/NotebookOwnership.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NotebookFiles.h ${CMAKE_CURRENT_LIST_DIR}/NotebookFiles.cpp
)
