# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The built `teamspace` binary answering --help/--version with no display (issue 18).
teamspace_add_test(tst_gui_nodisplay SOURCES tst_gui_nodisplay.cpp TIMEOUT 120)
target_compile_definitions(tst_gui_nodisplay PRIVATE TEAMSPACE_GUI_PATH="$<TARGET_FILE:teamspace>")
add_dependencies(tst_gui_nodisplay teamspace)
