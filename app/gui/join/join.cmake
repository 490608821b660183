# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Join Workspace (issue 17): the dialog; the work is services/JoinWorkspace.
target_sources(teamspace_gui PRIVATE
  join/JoinDialog.h join/JoinDialog.cpp
)
