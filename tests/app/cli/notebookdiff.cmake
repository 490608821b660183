# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# CLI: notebook diff (issue 16; diff engineer).
teamspace_add_test(tst_notebookdiffcli SOURCES tst_notebookdiffcli.cpp
  ../../core/notebooks/NotebookDiffCorpus.h ../../core/notebooks/NotebookDiffCorpus.cpp TIMEOUT 120)
