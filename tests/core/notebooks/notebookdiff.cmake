# notebook diff (issue 16; diff engineer): the engine on a corpus of pairs, the CLI in tests/app/cli/notebookdiff.cmake.
teamspace_add_test(tst_notebookdiff SOURCES tst_notebookdiff.cpp NotebookDiffCorpus.h NotebookDiffCorpus.cpp)
teamspace_add_test(tst_notebookdiffparts SOURCES tst_notebookdiffparts.cpp NotebookDiffCorpus.h NotebookDiffCorpus.cpp)
