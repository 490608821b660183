# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# TEAMSPACE_DPKG_BUILDFLAGS (the `package` preset): compile and link with the flags a Debian package build uses,
# as `dpkg-buildflags` reports them (hardening: stack protector, _FORTIFY_SOURCE, format checks, RELRO, BIND_NOW,
# PIE; -g for the -dbgsym package). DEB_BUILD_MAINT_OPTIONS is honoured; without it, hardening=+all.
option(TEAMSPACE_DPKG_BUILDFLAGS "Import CFLAGS/CXXFLAGS/CPPFLAGS/LDFLAGS from dpkg-buildflags" OFF)
if(NOT TEAMSPACE_DPKG_BUILDFLAGS)
  return()
endif()
find_program(TEAMSPACE_DPKG_BUILDFLAGS_EXE dpkg-buildflags REQUIRED)
set(_ts_maint "$ENV{DEB_BUILD_MAINT_OPTIONS}")
if(_ts_maint STREQUAL "")
  set(_ts_maint "hardening=+all")
endif()
foreach(_ts_var CPPFLAGS CXXFLAGS LDFLAGS)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env "DEB_BUILD_MAINT_OPTIONS=${_ts_maint}" ${TEAMSPACE_DPKG_BUILDFLAGS_EXE} --get ${_ts_var}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} # -ffile-prefix-map maps this folder to `.` (reproducible builds)
    OUTPUT_VARIABLE _ts_flags_${_ts_var} OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
endforeach()
string(APPEND CMAKE_CXX_FLAGS " ${_ts_flags_CPPFLAGS} ${_ts_flags_CXXFLAGS}")
string(APPEND CMAKE_EXE_LINKER_FLAGS " ${_ts_flags_LDFLAGS}")
string(APPEND CMAKE_SHARED_LINKER_FLAGS " ${_ts_flags_LDFLAGS}")
message(STATUS "dpkg-buildflags (${_ts_maint}): CXXFLAGS ${_ts_flags_CPPFLAGS} ${_ts_flags_CXXFLAGS}; LDFLAGS ${_ts_flags_LDFLAGS}")
