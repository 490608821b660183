# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# panel: sources of teamspace_gui under panels/storage (paths relative to app/gui).
target_sources(teamspace_gui PRIVATE
  panels/storage/StoragePanel.h panels/storage/StoragePanel.cpp
  panels/storage/StorageFigures.h panels/storage/StorageFigures.cpp
  panels/storage/ScanControls.h panels/storage/ScanControls.cpp
  panels/storage/StorageEmptyState.h panels/storage/StorageEmptyState.cpp
  panels/storage/FilterChip.h panels/storage/FilterChip.cpp
  panels/storage/EntryActions.h panels/storage/EntryActions.cpp
  panels/storage/StorageListView.h panels/storage/StorageListView.cpp
  panels/storage/UsageBarDelegate.h panels/storage/UsageBarDelegate.cpp
  panels/storage/SeverityDelegate.h panels/storage/SeverityDelegate.cpp
  panels/storage/StorageMembersView.h panels/storage/StorageMembersView.cpp
  panels/storage/LargestView.h panels/storage/LargestView.cpp
  panels/storage/GrowthView.h panels/storage/GrowthView.cpp
  panels/storage/DuplicatesView.h panels/storage/DuplicatesView.cpp
  panels/storage/HazardsView.h panels/storage/HazardsView.cpp
)
