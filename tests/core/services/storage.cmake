# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services tests: storage
teamspace_add_test(tst_storageservices SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storageservices.cpp TIMEOUT 180)
teamspace_add_test(tst_rawservices SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rawservices.cpp TIMEOUT 180)
