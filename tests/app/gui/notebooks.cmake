# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# notebooks: tests of the Notebooks panel (issue 15).
teamspace_add_test(tst_notebookspanel SOURCES tst_notebookspanel.cpp GUI LIBS teamspace_guitestsupport TIMEOUT 300)
