# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# browser: tests of the Storage panel's browser (issue 14).
teamspace_add_test(tst_indexbrowser SOURCES tst_indexbrowser.cpp StorageTestTeam.h TIMEOUT 120)
