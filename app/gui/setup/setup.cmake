# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# First run and per-machine setup (issue 17): Preferences, the shared-folder banner, the new-workspace wizard.
target_sources(teamspace_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/GuiSettings.h ${CMAKE_CURRENT_LIST_DIR}/GuiSettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SharedFolderField.h ${CMAKE_CURRENT_LIST_DIR}/SharedFolderField.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SharedFolderBanner.h ${CMAKE_CURRENT_LIST_DIR}/SharedFolderBanner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.h ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NewWorkspaceWizard.h ${CMAKE_CURRENT_LIST_DIR}/NewWorkspaceWizard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NextStepsView.h ${CMAKE_CURRENT_LIST_DIR}/NextStepsView.cpp
)
