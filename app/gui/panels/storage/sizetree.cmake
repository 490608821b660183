# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# sizetree: sources of teamspace_gui under panels/storage (paths relative to app/gui).
target_sources(teamspace_gui PRIVATE
  panels/storage/SizeTreeView.h panels/storage/SizeTreeView.cpp
  panels/storage/SizeBarDelegate.h panels/storage/SizeBarDelegate.cpp
  panels/storage/SizeNameDelegate.h panels/storage/SizeNameDelegate.cpp
)
