// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Many entries at the top of the shared folder slow every mount and hide the layout.
#include "hazards/Rules.h"

#include <QCoreApplication>

namespace ts::hazards {

Result<QList<Finding>> checkRootClutter(const HazardContext& context)
{
    const int limit = context.manifest.policies.rootEntryLimit;
    auto folders = context.index.folders("f.top=0 AND f.depth=0 AND f.entries>" + QByteArray::number(limit));
    if (!folders)
        return folders.error();
    QList<Finding> findings;
    for (const index::FolderRow& f : *folders)
        findings << Finding{
            QStringLiteral("root-clutter"), Severity::Warning, f.path,
            QCoreApplication::translate("Hazards", "%1 entries at the top of the shared folder (limit %2)")
                .arg(f.entries)
                .arg(limit),
            QCoreApplication::translate(
                "Hazards", "move loose files into the layout's folders (data/, results/<member>/, models/); "
                           "see `teamspace-cli layout check`")};
    return findings;
}

} // namespace ts::hazards
