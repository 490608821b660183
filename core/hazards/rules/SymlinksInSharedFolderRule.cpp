// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Drive mounts cannot store symlinks: they vanish or turn into copies for the other members.
#include "hazards/Rules.h"

#include "index/PathText.h"

#include <QCoreApplication>

namespace ts::hazards {

Result<QList<Finding>> checkSymlinksInSharedFolder(const HazardContext& context)
{
    auto links = context.index.files("e.top=0 AND e.type=2 ORDER BY f.path, e.name");
    if (!links)
        return links.error();
    QList<Finding> findings;
    for (const index::FileRow& f : *links)
        findings << Finding{
            QStringLiteral("symlink-in-shared-folder"), Severity::Warning, f.path,
            QCoreApplication::translate(
                "Hazards", "a symlink (to %1) in the shared folder: Drive mounts cannot hold links, so "
                           "other members get nothing or a copy")
                .arg(index::displayPath(f.linkTarget)),
            QCoreApplication::translate(
                "Hazards", "replace it by the file itself, or by a path in a config file that each "
                           "notebook resolves from ROOT_PATH")};
    return findings;
}

} // namespace ts::hazards
