# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# panel: the Storage panel's side-list models (issue 14).
teamspace_add_test(tst_storagelists SOURCES tst_storagelists.cpp)
