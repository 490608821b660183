# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# Translations (issue 18): lupdate reads the GUI's and core's sources (core's user-facing messages go through
# QCoreApplication::translate), lrelease compiles every .ts into a .qm inside the GUI library under :/i18n,
# and Translations.cpp installs them at start. Update the .ts files after changing texts:
#   ninja -C BUILD update_translations
# then give every new "%n" message its English forms in teamspace_en.ts (tst_translations checks them).
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
target_sources(teamspace_gui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/Translations.h ${CMAKE_CURRENT_LIST_DIR}/Translations.cpp)
set(teamspace_i18n_sources)
foreach(lib teamspace_gui teamspace_core)
  get_target_property(dir ${lib} SOURCE_DIR)
  get_target_property(sources ${lib} SOURCES)
  foreach(source IN LISTS sources)
    if(source MATCHES "\\.(cpp|h)$")
      cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${dir})
      list(APPEND teamspace_i18n_sources ${source})
    endif()
  endforeach()
endforeach()
set(TEAMSPACE_TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/teamspace_en.ts)
qt_add_translations(teamspace_gui
  TS_FILES ${TEAMSPACE_TS_FILES}
  SOURCES ${teamspace_i18n_sources}
  INCLUDE_DIRECTORIES ${CMAKE_CURRENT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/core
  RESOURCE_PREFIX /i18n
  LUPDATE_OPTIONS -locations none -no-obsolete)
