# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The launcher's Qt-free notebook diff against teamspace-cli-commands (the Qt engine), byte for byte (issue 16).
teamspace_add_test(tst_notebookdiffplain SOURCES tst_notebookdiffplain.cpp NotebookDiffPlainCases.h NotebookDiffPlainCases.cpp
  TIMEOUT 900)
target_compile_definitions(tst_notebookdiffplain PRIVATE
  TEAMSPACE_CLI_COMMANDS_PATH="$<TARGET_FILE:teamspace-cli-commands>"
  TST_NOTEBOOKDIFF_PATH="$<TARGET_FILE:tst_notebookdiff>")
add_dependencies(tst_notebookdiffplain teamspace-cli teamspace-cli-commands tst_notebookdiff)
