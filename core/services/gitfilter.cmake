# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: the notebook git clean filter (issue 18: `notebook strip -`, `notebook install-filter`)
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NotebookGitFilter.h ${CMAKE_CURRENT_LIST_DIR}/NotebookGitFilter.cpp
)
