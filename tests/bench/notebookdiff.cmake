# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# bench: notebook diff beside nbdime (issue 16; bench engineer).
