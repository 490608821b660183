# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# What the packages carry besides the binaries, all generated at build time (target teamspace_package_data):
#   release notes   changelog.Debian.gz and changelog.gz (README's changelog, ReleaseNotes.cmake) per package,
#                   and the AppStream metainfo's <releases>
#   man pages       teamspace-cli.1.gz and teamspace.1.gz, help2man over each program's --help and --version
#   completions     bash, zsh and fish, from `teamspace-cli completion SHELL` (the command table)
#   copyright       DEP-5 (copyright, here), in usr/share/doc/<package>/ of both packages
# Components: `cli` → package teamspace-cli, `gui` → package teamspace (Packaging.cmake).
set(TEAMSPACE_DEBIAN_REVISION 1)
set(TEAMSPACE_MAINTAINER "Teamspace maintainers <maintainers@teamspace.invalid>")
set(_ts_data ${PROJECT_BINARY_DIR}/package-data)
set(_ts_here ${CMAKE_CURRENT_LIST_DIR})

# The README's newest changelog version is the version of the packages' changelogs: project(VERSION) should say
# the same, or the package (PROJECT_VERSION) and its changelog disagree.
file(STRINGS ${PROJECT_SOURCE_DIR}/README.md _ts_items REGEX "^- [0-9]+\\.[0-9]+\\.[0-9]+ \\(")
set(_ts_newest 0)
foreach(item IN LISTS _ts_items)
  string(REGEX MATCH "^- ([0-9]+\\.[0-9]+\\.[0-9]+)" _ts_match "${item}")
  if(CMAKE_MATCH_1 VERSION_GREATER _ts_newest)
    set(_ts_newest ${CMAKE_MATCH_1})
  endif()
endforeach()
if(NOT _ts_newest VERSION_EQUAL PROJECT_VERSION)
  message(WARNING "README.md's changelog is at ${_ts_newest}, project(VERSION) at ${PROJECT_VERSION}: the packages "
                  "are versioned ${PROJECT_VERSION} with a changelog up to ${_ts_newest}. Set project(VERSION) in "
                  "CMakeLists.txt to ${_ts_newest}.")
endif()

# Release notes: one changelog for the Debian changelog, the upstream changelog and the metainfo.
set(_ts_notes ${_ts_data}/changelog.Debian ${_ts_data}/changelog ${_ts_data}/releases.xml)
add_custom_command(OUTPUT ${_ts_notes}
  COMMAND ${CMAKE_COMMAND} -D README=${PROJECT_SOURCE_DIR}/README.md -D OUT_DIR=${_ts_data}
          -D SOURCE_PACKAGE=teamspace -D DEBIAN_REVISION=${TEAMSPACE_DEBIAN_REVISION}
          -D "MAINTAINER=${TEAMSPACE_MAINTAINER}" -P ${_ts_here}/ReleaseNotes.cmake
  DEPENDS ${PROJECT_SOURCE_DIR}/README.md ${_ts_here}/ReleaseNotes.cmake
  COMMENT "Release notes from README.md's changelog" VERBATIM)
set(TEAMSPACE_METAINFO_FILE ${_ts_data}/${TEAMSPACE_APP_ID}.metainfo.xml)
add_custom_command(OUTPUT ${TEAMSPACE_METAINFO_FILE}
  COMMAND ${CMAKE_COMMAND} -D TEMPLATE=${PROJECT_SOURCE_DIR}/resources/metainfo.xml.in
          -D RELEASES=${_ts_data}/releases.xml -D APP_ID=${TEAMSPACE_APP_ID}
          -D OUTPUT=${TEAMSPACE_METAINFO_FILE} -P ${_ts_here}/Metainfo.cmake
  DEPENDS ${PROJECT_SOURCE_DIR}/resources/metainfo.xml.in ${_ts_here}/Metainfo.cmake ${_ts_data}/releases.xml
  COMMENT "AppStream metainfo ${TEAMSPACE_APP_ID}.metainfo.xml" VERBATIM)
set(_ts_outputs ${TEAMSPACE_METAINFO_FILE})

# gzip -9n (no name, no time stamp: reproducible, as lintian wants) of a generated file, kept beside it.
function(teamspace_gzip input)
  add_custom_command(OUTPUT ${input}.gz COMMAND gzip -9nfk ${input} DEPENDS ${input} VERBATIM)
endfunction()
foreach(file changelog.Debian changelog)
  teamspace_gzip(${_ts_data}/${file})
  list(APPEND _ts_outputs ${_ts_data}/${file}.gz)
endforeach()

# Man pages. help2man is needed for a package build (the `package` preset); elsewhere it is optional.
find_program(TEAMSPACE_HELP2MAN help2man)
if(NOT TEAMSPACE_HELP2MAN AND TEAMSPACE_DPKG_BUILDFLAGS)
  message(FATAL_ERROR "help2man not found: the packages' man pages are made with it (apt-get install help2man, "
                      "or installers/linux/install-deps.sh)")
endif()
set(_ts_man_cli "")
set(_ts_man_gui "")
if(TEAMSPACE_HELP2MAN)
  foreach(program teamspace-cli teamspace)
    set(page ${_ts_data}/man/${program}.1)
    add_custom_command(OUTPUT ${page}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${_ts_data}/man
      COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
              ${TEAMSPACE_HELP2MAN} --no-info --section=1 --include=${_ts_here}/${program}.h2m
              --output=${page} $<TARGET_FILE:${program}>
      DEPENDS ${program} ${_ts_here}/${program}.h2m
      COMMENT "Man page ${program}(1) from its --help" VERBATIM)
    teamspace_gzip(${page})
    list(APPEND _ts_outputs ${page}.gz)
  endforeach()
  set(_ts_man_cli ${_ts_data}/man/teamspace-cli.1.gz)
  set(_ts_man_gui ${_ts_data}/man/teamspace.1.gz)
else()
  message(STATUS "help2man not found: no man pages in this build (install help2man for the packages)")
endif()

# Shell completions, from the command table of the teamspace-cli just built.
set(_ts_completion_bash ${_ts_data}/completions/teamspace-cli)
set(_ts_completion_zsh ${_ts_data}/completions/_teamspace-cli)
set(_ts_completion_fish ${_ts_data}/completions/teamspace-cli.fish)
foreach(shell bash zsh fish)
  add_custom_command(OUTPUT ${_ts_completion_${shell}}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_ts_data}/completions
    COMMAND sh -c "\"$0\" completion ${shell} > \"$1\"" $<TARGET_FILE:teamspace-cli> ${_ts_completion_${shell}}
    DEPENDS teamspace-cli teamspace-cli-commands
    COMMENT "${shell} completion from `teamspace-cli completion ${shell}`" VERBATIM)
  list(APPEND _ts_outputs ${_ts_completion_${shell}})
endforeach()
set(TEAMSPACE_BASH_COMPLETION ${_ts_completion_bash})

add_custom_target(teamspace_package_data ALL DEPENDS ${_ts_outputs})

# Install rules: each package's documentation folder, man page and its own files.
foreach(component cli gui)
  if(component STREQUAL "cli")
    set(package teamspace-cli)
  else()
    set(package teamspace)
  endif()
  set(doc ${CMAKE_INSTALL_DATADIR}/doc/${package})
  install(FILES ${_ts_here}/copyright ${_ts_data}/changelog.Debian.gz ${_ts_data}/changelog.gz
          DESTINATION ${doc} COMPONENT ${component})
  if(_ts_man_${component})
    install(FILES ${_ts_man_${component}} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
  endif()
endforeach()
install(FILES ${_ts_completion_bash} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        COMPONENT cli)
install(FILES ${_ts_completion_zsh} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT cli)
install(FILES ${_ts_completion_fish} DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d
        COMPONENT cli)
install(FILES ${TEAMSPACE_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT gui)
