# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# credentials without a keychain (issue 18, item 4): no D-Bus session (not KEYCHAIN), the HTTP git server,
# TEAMSPACE_GIT_TOKEN, git's credential helpers, the secret prompt on a pseudo-terminal (forkpty: libutil).
teamspace_add_test(tst_cli_credentials SOURCES tst_cli_credentials.cpp LIBS PkgConfig::LIBGIT2 util TIMEOUT 240)
