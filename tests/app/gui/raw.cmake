# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# GUI: the Raw data panel and the Layout panel's raw row (issue 17, part 4).
teamspace_add_test(tst_rawpanel SOURCES tst_rawpanel.cpp GUI LIBS teamspace_guitestsupport TIMEOUT 180)
