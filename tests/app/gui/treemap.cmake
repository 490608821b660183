# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# treemap: tests of the Storage panel's treemap (issue 14).
teamspace_add_test(tst_treemapview SOURCES tst_treemapview.cpp GUI)
