# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Notebooks panel (issue 15): table, details, proxy.
target_sources(teamspace_gui PRIVATE
  panels/notebooks/NotebooksPanel.h panels/notebooks/NotebooksPanel.cpp panels/notebooks/NotebooksPanelJobs.cpp
  panels/notebooks/NotebookDetails.h panels/notebooks/NotebookDetails.cpp
  panels/notebooks/NotebooksTableProxy.h panels/notebooks/NotebooksTableProxy.cpp
)
