# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Notebooks panel's dialogs (issue 15): assign, reassign a member's notebooks.
target_sources(teamspace_gui PRIVATE
  panels/notebooks/AssignDialog.h panels/notebooks/AssignDialog.cpp
  panels/notebooks/ReassignDialog.h panels/notebooks/ReassignDialog.cpp
  panels/notebooks/RunnerCandidatesProxy.h panels/notebooks/RunnerCandidatesProxy.cpp
)
