# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# GUI: Join Workspace (issue 17): local and HTTP remotes with the real keychain, restart, screenshots.
teamspace_add_test(tst_joindialog SOURCES tst_joindialog.cpp GUI KEYCHAIN LIBS teamspace_guitestsupport PkgConfig::LIBGIT2 TIMEOUT 240)
