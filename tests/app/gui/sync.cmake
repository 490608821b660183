# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# GUI: the Sync panel, Changes page, credentials, the full round screenshots (issue 16; sync-panel engineer).
teamspace_add_test(tst_syncpanel SOURCES tst_syncpanel.cpp GUI LIBS teamspace_guitestsupport TIMEOUT 300)
teamspace_add_test(tst_syncpanel_http SOURCES tst_syncpanel_http.cpp GUI KEYCHAIN LIBS teamspace_guitestsupport TIMEOUT 180)
