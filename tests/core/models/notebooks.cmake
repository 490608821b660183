# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# models: the Notebooks panel's models (issue 15).
teamspace_add_test(tst_notebooksmodel SOURCES tst_notebooksmodel.cpp)
teamspace_add_test(tst_notebooksfilter SOURCES tst_notebooksfilter.cpp)
