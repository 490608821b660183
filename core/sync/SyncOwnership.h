// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Who may commit a repository path: notebook assignments first, then the per-member notebooks folder;
// the manifest and the raw baseline belong to the leads. Everything else is shared.
#pragma once

#include "workspace/Manifest.h"

#include <QDateTime>

#include <functional>

namespace ts::sync {

enum class PathKind {
    Notebook, // *.ipynb: stripped before it is committed or set aside
    LeadOnly, // teamspace.json, raw-baseline.json
    Other,
};

class SyncOwnership
{
public:
    SyncOwnership(const Manifest& manifest, const QString& me);

    static PathKind kindOf(const QString& path);
    // The member who owns `path`; empty when nobody does (shared files, unassigned notebooks outside
    // member folders). LeadOnly paths have no owner: mayCommit() decides by role.
    QString ownerOf(const QString& path) const;
    bool mayCommit(const QString& path) const;
    bool isLead() const { return m_isLead; }
    const QString& me() const { return m_me; }

    // notebooks/<me>/set-aside (repository-relative).
    QString setAsideFolder() const;
    // notebooks/<me>/set-aside/<name>.<stamp>.<ext>; `taken` says whether a candidate is already used,
    // then "-2", "-3" … are appended to the stamp.
    QString setAsideCopyPath(const QString& path, const QString& stamp,
                             const std::function<bool(const QString&)>& taken) const;

private:
    const Manifest& m_manifest;
    QString m_me;
    QString m_notebooksFolder; // "notebooks" unless the layout says otherwise
    bool m_isLead = false;
};

// "20261122T031500Z": sortable, no characters any file system refuses.
QString setAsideStamp(const QDateTime& utc);

} // namespace ts::sync
