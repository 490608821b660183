# notebook diff (issue 16; diff engineer): the engine on a corpus of pairs, the CLI in tests/app/cli/notebookdiff.cmake.
