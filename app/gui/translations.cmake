# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Translations (issue 18): lupdate reads the GUI's and core's sources (core's user-facing messages go through
# QCoreApplication::translate); lrelease compiles every .ts into a .qm inside teamspace_core under :/i18n
# (core/util/CMakeLists.txt), and util/Translations.h installs them at the start of the GUI and of the CLI.
# Update the .ts files after changing texts:
#   ninja -C BUILD update_translations
# then give every new "%n" message its English forms in teamspace_en.ts (tst_translations checks them).
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
set(teamspace_i18n_sources)
foreach(lib teamspace_gui teamspace_core)
  get_target_property(dir ${lib} SOURCE_DIR)
  get_target_property(sources ${lib} SOURCES)
  foreach(source IN LISTS sources)
    if(source MATCHES "\\.(cpp|h)$")
      cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${dir})
      cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${source}" generated)
      if(NOT generated)
        list(APPEND teamspace_i18n_sources ${source})
      endif()
    endif()
  endforeach()
endforeach()
qt_add_lupdate(teamspace_gui
  TS_FILES ${TEAMSPACE_TS_FILES}
  SOURCES ${teamspace_i18n_sources}
  INCLUDE_DIRECTORIES ${CMAKE_CURRENT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/core
  OPTIONS -locations none -no-obsolete)
