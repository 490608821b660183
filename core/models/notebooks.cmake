# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# panel: the Notebooks panel's models (issue 15).
target_sources(teamspace_core PRIVATE
  NotebooksModel.h NotebooksModel.cpp NotebooksModelText.cpp
  NotebooksFilterModel.h NotebooksFilterModel.cpp
  RunnerCandidatesModel.h RunnerCandidatesModel.cpp
  LintFindingsModel.h LintFindingsModel.cpp
)
