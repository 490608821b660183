# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Sync panel (issue 16): the panel and its Changes page, credentials (sync-panel engineer).
target_sources(teamspace_gui PRIVATE
  panels/sync/SyncPanel.h panels/sync/SyncPanel.cpp
  panels/sync/SyncChangesView.h panels/sync/SyncChangesView.cpp panels/sync/SyncChangesResult.cpp
  panels/sync/CredentialsDialog.h panels/sync/CredentialsDialog.cpp
)
