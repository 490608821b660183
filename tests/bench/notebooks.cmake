# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# notebooks: the Notebooks panel's benchmark (issue 15). A program, not a test: see tests/bench/README.md.
add_executable(bench_notebooks_panel bench_notebooks_panel.cpp BenchFigures.h)
target_link_libraries(bench_notebooks_panel PRIVATE teamspace_gui Qt6::Test teamspace_build_flags)
