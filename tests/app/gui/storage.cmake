# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# storage: tests of the Storage panel's storage (issue 14).
teamspace_add_test(tst_storagepanel SOURCES tst_storagepanel.cpp GUI LIBS teamspace_guitestsupport TIMEOUT 300)
