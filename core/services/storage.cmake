# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services: storage (scan, usage, largest, growth, duplicates, hazards, report) and raw data (protect,
# unprotect, report, baseline, verify)
target_sources(teamspace_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ScanService.h ${CMAKE_CURRENT_LIST_DIR}/ScanService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StorageQueries.h ${CMAKE_CURRENT_LIST_DIR}/StorageQueries.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StorageReport.h ${CMAKE_CURRENT_LIST_DIR}/StorageReport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RawProtection.h ${CMAKE_CURRENT_LIST_DIR}/RawProtection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RawIntegrity.h ${CMAKE_CURRENT_LIST_DIR}/RawIntegrity.cpp
)
