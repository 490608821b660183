# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# XDG places and the one-time move of 0.1.3's local data (issue 18, item 6); mounts a tmpfs when root.
teamspace_add_test(tst_localpaths SOURCES tst_localpaths.cpp TIMEOUT 120)
