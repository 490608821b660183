# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The Notebooks panel's dialogs (issue 15): assign end to end, the suggestion against the CLI, removing a
# member by handing their notebooks over first.
teamspace_add_test(tst_notebookassign SOURCES tst_notebookassign.cpp GUI TIMEOUT 240 LIBS teamspace_guitestsupport)
