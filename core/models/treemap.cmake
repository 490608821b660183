# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# treemap: sources of teamspace_core in core/models (issue 14, Storage panel).
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/TreemapLayout.h ${CMAKE_CURRENT_LIST_DIR}/TreemapLayout.cpp
)
