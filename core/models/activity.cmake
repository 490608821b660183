# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Activity panel's model (issue 17).
target_sources(teamspace_core PRIVATE
  ActivityModel.h ActivityModel.cpp
)
