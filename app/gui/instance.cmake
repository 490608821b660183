# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# One process per workspace (issue 17, small things): a lock file and a local socket per workspace. Its own
# library so that Qt Network reaches only this file, not every GUI source's compile flags.
find_package(Qt6 6.4 REQUIRED COMPONENTS Network)
add_library(teamspace_instance STATIC InstanceGuard.h InstanceGuard.cpp)
target_link_libraries(teamspace_instance PRIVATE Qt6::Core Qt6::Network teamspace_build_flags)
target_link_libraries(teamspace_gui PRIVATE teamspace_instance)
