# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# models: the Activity panel's model and the log read by pages (issue 17).
teamspace_add_test(tst_activitymodel SOURCES tst_activitymodel.cpp)
