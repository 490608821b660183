# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
teamspace_add_test(tst_localsetup SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_localsetup.cpp)
