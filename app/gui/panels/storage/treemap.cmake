# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# treemap: sources of teamspace_gui under panels/storage (paths relative to app/gui).
target_sources(teamspace_gui PRIVATE
  panels/storage/TreemapView.h panels/storage/TreemapView.cpp
  panels/storage/TreemapCanvas.h panels/storage/TreemapCanvas.cpp
  panels/storage/TreemapBreadcrumb.h panels/storage/TreemapBreadcrumb.cpp
  panels/storage/TreemapLegend.h panels/storage/TreemapLegend.cpp
  panels/storage/TreemapColours.h panels/storage/TreemapColours.cpp
  panels/storage/TreemapRenderer.h panels/storage/TreemapRenderer.cpp
  panels/storage/TreemapJob.h panels/storage/TreemapJob.cpp
  panels/storage/TreemapText.h panels/storage/TreemapText.cpp
)
