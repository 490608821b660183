# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# sizetree: the Storage panel's size tree view (issue 14).
teamspace_add_test(tst_sizetreeview SOURCES tst_sizetreeview.cpp ../../core/index/StorageTestTeam.h GUI TIMEOUT 120)
