# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Raw data panel's tables (issue 17, part 4): the raw folders' protection and a verify's changes.
target_sources(teamspace_core PRIVATE
  RawFoldersModel.h RawFoldersModel.cpp
  RawChangesModel.h RawChangesModel.cpp
)
