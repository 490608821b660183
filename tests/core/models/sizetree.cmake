# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# sizetree: tests of the Storage panel's sizetree (issue 14).
teamspace_add_test(tst_sizetreemodel SOURCES tst_sizetreemodel.cpp ../index/StorageTestTeam.h TIMEOUT 120)
teamspace_add_test(tst_sizetreetotals SOURCES tst_sizetreetotals.cpp ../index/StorageTestTeam.h TIMEOUT 120)
