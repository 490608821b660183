# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Sync panel's Set aside and History pages and the notebook diff view (issue 16; set-aside engineer).
target_sources(teamspace_gui PRIVATE
  panels/sync/NotebookDiffView.h panels/sync/NotebookDiffView.cpp
  panels/sync/NotebookDiffModel.h panels/sync/NotebookDiffModel.cpp
  panels/sync/SetAsideView.h panels/sync/SetAsideView.cpp
  panels/sync/SyncHistoryView.h panels/sync/SyncHistoryView.cpp
)
