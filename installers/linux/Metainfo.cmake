# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# cmake -P: metainfo.xml.in with the app id and the <release> elements made by installers/linux/ReleaseNotes.cmake.
# -D TEMPLATE=… -D RELEASES=… -D APP_ID=… -D OUTPUT=…
file(READ "${RELEASES}" TEAMSPACE_RELEASES)
set(TEAMSPACE_APP_ID "${APP_ID}")
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
