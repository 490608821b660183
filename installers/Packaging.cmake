# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# CPack: `cpack -G DEB` from a build folder makes a Debian package.
set(CPACK_PACKAGE_NAME "teamspace")
set(CPACK_PACKAGE_VENDOR "Teamspace")
set(CPACK_PACKAGE_CONTACT "Teamspace maintainers <maintainers@teamspace.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps cannot see plugins and libraries loaded at run time: the SQLite driver, the platform plugins
# and libsecret (which QtKeychain dlopens; without it every keychain job fails with "Unknown error").
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager")
include(CPack)
