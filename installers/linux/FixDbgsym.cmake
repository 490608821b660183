# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# CPACK_POST_BUILD_SCRIPTS: CMake 3.25's -dbgsym packages list the debug files in md5sums by their absolute
# staging paths and carry no usr/share/doc; lintian rejects both. Repack each .ddeb as dh_strip would make it:
# md5sums of the installed paths, debug files 0644, usr/share/doc/<package>-dbgsym a symlink to <package>.
foreach(package_file IN LISTS CPACK_PACKAGE_FILES)
  if(NOT package_file MATCHES "/([^/_]+)-dbgsym_[^/]*\\.ddeb$")
    continue()
  endif()
  set(package ${CMAKE_MATCH_1})
  set(root "${package_file}.root")
  file(REMOVE_RECURSE "${root}")
  execute_process(COMMAND dpkg-deb -R "${package_file}" "${root}" COMMAND_ERROR_IS_FATAL ANY)
  file(GLOB_RECURSE debug_files "${root}/usr/*.debug")
  foreach(debug IN LISTS debug_files)
    file(CHMOD "${debug}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
  endforeach()
  file(MAKE_DIRECTORY "${root}/usr/share/doc")
  file(CREATE_LINK "${package}" "${root}/usr/share/doc/${package}-dbgsym" SYMBOLIC)
  execute_process(COMMAND sh -c "find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum > DEBIAN/md5sums"
                  WORKING_DIRECTORY "${root}" COMMAND_ERROR_IS_FATAL ANY)
  execute_process(COMMAND dpkg-deb --root-owner-group -Zxz --build "${root}" "${package_file}"
                  OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
  file(REMOVE_RECURSE "${root}")
  message(STATUS "FixDbgsym: ${package_file}: md5sums, modes and usr/share/doc/${package}-dbgsym fixed")
endforeach()
