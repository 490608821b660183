# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# panel: the Storage panel's side lists (usage by member and kind, largest, growth, duplicates, hazards).
target_sources(teamspace_core PRIVATE
  StorageListModel.h StorageListModel.cpp
  MemberUsageModel.h MemberUsageModel.cpp
  KindUsageModel.h KindUsageModel.cpp
  LargestFilesModel.h LargestFilesModel.cpp
  GrowthModel.h GrowthModel.cpp
  HazardsModel.h HazardsModel.cpp
  DuplicateGroupsModel.h DuplicateGroupsModel.cpp
)
