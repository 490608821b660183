# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Activity panel (issue 17).
target_sources(teamspace_gui PRIVATE
  panels/activity/ActivityPanel.h panels/activity/ActivityPanel.cpp
)
