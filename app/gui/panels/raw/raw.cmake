# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Raw data panel (issue 17, part 4).
target_sources(teamspace_gui PRIVATE
  panels/raw/RawPanel.h panels/raw/RawPanel.cpp panels/raw/RawPanelJobs.cpp
  panels/raw/RawTableProxies.h panels/raw/RawTableProxies.cpp
)
