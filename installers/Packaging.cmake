# SPDX-FileCopyrightText: 2026 The Teamspace authors
# SPDX-License-Identifier: Apache-2.0
# CPack: `cpack -G DEB` from a build folder makes two Debian packages (installers/linux/test-debs.sh builds them
# with the `package` preset and installs them in a clean Debian 12 root):
#   teamspace-cli  the CLI (component cli): launcher, commands, man page, completions; no Qt GUI libraries
#   teamspace      the desktop application (component gui), depending on teamspace-cli of the same version
# plus a -dbgsym package for each with the split debug info; the binaries in the packages are stripped.
include(${CMAKE_CURRENT_LIST_DIR}/linux/PackageData.cmake)

set(CPACK_PACKAGE_NAME "teamspace")
set(CPACK_PACKAGE_VENDOR "Teamspace")
set(CPACK_PACKAGE_CONTACT "${TEAMSPACE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE ${TEAMSPACE_DEBIAN_REVISION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# No CPACK_STRIP_FILES: CPack's DEB generator splits the debug info of the unstripped binaries into the -dbgsym
# package (by build id) and strips them; stripped beforehand, there would be nothing to split.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/linux/FixDbgsym.cmake)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL cli gui)
set(CPACK_COMPONENTS_GROUPING IGNORE)

# teamspace-cli: section utils (a command-line tool for files, folders and git repositories, like git-lfs or
# ncdu). dpkg-shlibdeps finds the libraries it links (QtCore, QtConcurrent, QtKeychain, libgit2, SQLite, xxHash,
# libacl); QtKeychain loads libsecret at run time, which it cannot see (without it every keychain job fails).
set(CPACK_DEBIAN_CLI_PACKAGE_NAME "teamspace-cli")
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before a component's description unless it is CPack's default
# summary: so the default, and the first line of each description is its package's synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_COMPONENT_CLI_DESCRIPTION "Shared ML team workspace manager (command line)
Teamspace keeps a small machine-learning team's shared workspace in order: the
folder layout of the shared data drive, who owns which Jupyter notebooks, and
where the storage goes. Notebooks are synced through git and stripped of their
outputs; raw data folders can be write-protected and verified.
.
This package holds teamspace-cli: every action of the desktop application as a
command, with JSON output and stable exit codes for scripts, plus its man page
and bash, zsh and fish completions. It needs no graphical libraries.")

# teamspace: section x11 (a graphical desktop application; Debian's sections have no plain \"gui\", and x11 is
# where Qt and GTK desktop programs that fit no subject section go). QtSvg's icon engine and image plugin are
# loaded at run time (libqt6svg6); dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_GUI_PACKAGE_NAME "teamspace")
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION "x11")
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS
    "teamspace-cli (= ${PROJECT_VERSION}-${TEAMSPACE_DEBIAN_REVISION}), libqt6svg6")
set(CPACK_COMPONENT_GUI_DESCRIPTION "Shared ML team workspace manager (desktop application)
Teamspace keeps a small machine-learning team's shared workspace in order: the
folder layout of the shared data drive, who owns which Jupyter notebooks, and
where the storage goes. Notebooks are synced through git and stripped of their
outputs; raw data folders can be write-protected and verified.
.
This package holds the Qt desktop application: an overview of the workspace,
its members, layout, notebooks, storage, raw data, sync and activity.")
include(CPack)
