// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The manifest's JSON field names, in the order they are written, shared by the parser, the writer and the
// validator so that the three cannot disagree. Internal to core/workspace.
#pragma once

#include <QString>
#include <QStringList>

namespace ts::manifest_fields {

inline const QStringList kTop = {"version", "id",     "name",      "template",
                                 "members", "layout", "notebooks", "policies"};
inline const QStringList kMember = {"id", "name", "email", "role", "quotaBytes", "account"};
inline const QStringList kLayoutFolder = {"path", "role", "location", "perMember"};
inline const QStringList kNotebook = {"path", "owner", "runner", "expectedOutputBytes", "accelerator"};
inline const QStringList kPolicies = {"splitThresholdBytes",     "folderEntryLimit",   "rootEntryLimit",
                                      "checkpointMaxAgeSeconds", "largeFileGateBytes", "strip"};
inline const QStringList kStrip = {"cellMetadataRemoved", "notebookMetadataRemoved", "keepOutputs"};

// A value as shown inside an error message: control characters as '?', at most 60 characters, in quotes.
inline QString quoted(const QString& value)
{
    QString shown = value.size() > 60 ? value.left(60) + QStringLiteral("…") : value;
    for (QChar& c : shown)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(u'?');
    return u'"' + shown + u'"';
}

} // namespace ts::manifest_fields
