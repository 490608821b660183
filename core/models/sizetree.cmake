# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# sizetree: sources of teamspace_core in core/models (issue 14, Storage panel).
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SizeTreeNode.h ${CMAKE_CURRENT_LIST_DIR}/SizeTreeNode.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SizeTreeModel.h ${CMAKE_CURRENT_LIST_DIR}/SizeTreeModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SizeTreeModelData.cpp ${CMAKE_CURRENT_LIST_DIR}/SizeTreeModelRefresh.cpp
)
