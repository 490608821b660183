# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# notebook diff (issue 16; diff engineer): the engine on a corpus of pairs, the CLI in tests/app/cli/notebookdiff.cmake.
teamspace_add_test(tst_notebookdiff SOURCES tst_notebookdiff.cpp NotebookDiffCorpus.h NotebookDiffCorpus.cpp)
teamspace_add_test(tst_notebookdiffparts SOURCES tst_notebookdiffparts.cpp NotebookDiffCorpus.h NotebookDiffCorpus.cpp)
# Beside the real nbdime (NBDIME_SRC, default /tmp/nbdime; skipped without it): random pairs, small and big.
teamspace_add_test(tst_notebookdiffnbdime SOURCES tst_notebookdiffnbdime.cpp NotebookDiffCorpus.h NotebookDiffCorpus.cpp
  TIMEOUT 600)
