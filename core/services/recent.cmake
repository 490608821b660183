# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The recent workspaces with their team names (issue 17, small things).
target_sources(teamspace_core PRIVATE
  RecentWorkspaces.h RecentWorkspaces.cpp
)
