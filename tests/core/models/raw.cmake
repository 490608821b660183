# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Raw data panel's models (issue 17, part 4).
teamspace_add_test(tst_rawmodels SOURCES tst_rawmodels.cpp)
