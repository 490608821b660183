# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# The GUI as a desktop application (issue 18, item 5): translations, contrast, standard keys and About,
# splitters kept between starts, accessible names.
teamspace_add_test(tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp GUI LIBS teamspace_guitestsupport)
target_compile_definitions(tst_translations PRIVATE
  TEAMSPACE_TS_FILE="${PROJECT_SOURCE_DIR}/resources/translations/teamspace_en.ts"
  TEAMSPACE_LRELEASE="$<TARGET_FILE:Qt6::lrelease>")
teamspace_add_test(tst_contrast SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_contrast.cpp GUI)
teamspace_add_test(tst_shellstandards SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shellstandards.cpp GUI LIBS teamspace_guitestsupport)
teamspace_add_test(tst_accessibility SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_accessibility.cpp GUI LIBS teamspace_guitestsupport)
