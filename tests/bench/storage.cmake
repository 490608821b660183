# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# storage: benchmarks of the Storage panel (issue 14). Programs, not tests: see tests/bench/README.md.
add_executable(bench_scan_progress bench_scan_progress.cpp)
target_link_libraries(bench_scan_progress PRIVATE teamspace_gui teamspace_build_flags)
add_executable(bench_storage_panel bench_storage_panel.cpp bench_storage_widgets.cpp BenchFigures.h)
target_link_libraries(bench_storage_panel PRIVATE teamspace_gui Qt6::Test teamspace_build_flags)
