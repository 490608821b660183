# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# GUI: the Activity panel (issue 17).
teamspace_add_test(tst_activitypanel SOURCES tst_activitypanel.cpp GUI LIBS teamspace_guitestsupport TIMEOUT 300)
# GUI: messages from core/ in the app's words (issue 17, small things).
teamspace_add_test(tst_usermessages SOURCES tst_usermessages.cpp GUI)
# GUI: one process per workspace, with a real second `teamspace` process (issue 17, small things).
teamspace_add_test(tst_singleinstance SOURCES tst_singleinstance.cpp GUI LIBS teamspace_guitestsupport TIMEOUT 120)
target_compile_definitions(tst_singleinstance PRIVATE TEAMSPACE_GUI_PATH="$<TARGET_FILE:teamspace>")
add_dependencies(tst_singleinstance teamspace)
