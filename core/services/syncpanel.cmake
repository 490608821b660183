# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: the Sync panel's data (issue 16): status, set-aside review, history.
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SyncStatus.h ${CMAKE_CURRENT_LIST_DIR}/SyncStatus.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SetAside.h ${CMAKE_CURRENT_LIST_DIR}/SetAside.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncHistory.cpp
)
