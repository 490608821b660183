# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# services tests: joining a team (issue 17)
teamspace_add_test(tst_joinservice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_joinservice.cpp LIBS PkgConfig::LIBGIT2 TIMEOUT 120)
