# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# GUI: set-aside review, the notebook diff view, history; the two-member round (issue 16; set-aside engineer).
teamspace_add_test(tst_setasidereview SOURCES tst_setasidereview.cpp GUI LIBS teamspace_guitestsupport TIMEOUT 180)
