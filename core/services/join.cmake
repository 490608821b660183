# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: joining a team (issue 17; sources listed relative to core/services)
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/JoinWorkspace.h ${CMAKE_CURRENT_LIST_DIR}/JoinWorkspace.cpp
)
