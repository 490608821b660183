# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: sync (sources listed relative to core/services)
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CredentialService.h ${CMAKE_CURRENT_LIST_DIR}/CredentialService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewService.h ${CMAKE_CURRENT_LIST_DIR}/ReviewService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncService.h ${CMAKE_CURRENT_LIST_DIR}/SyncService.cpp
)
