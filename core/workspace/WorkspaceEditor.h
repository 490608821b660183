// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Changes to the team and the layout, made the same way from the CLI and the GUI: checked, saved to
// teamspace.json by compare-and-swap (editManifest: re-read under the lock, re-applied to another writer's
// newer file or refused naming what changed, written atomically), applied on disk, and written to the
// activity log. Only the lead changes the manifest (a
// member's manifest edits would be set aside by sync anyway), so every member change first checks who is
// acting.
#pragma once

#include "activity/ActivityLog.h"
#include "workspace/LayoutPlanner.h"
#include "workspace/ManifestEdit.h"
#include "workspace/Workspace.h"

namespace ts {

struct MemberChangeReport
{
    Member member;
    QList<ExpectedFolder> createdFolders; // addMember: the member's per-member folders made now
    QList<ExpectedFolder> keptFolders; // removeMember: the member's folders, left in place with their content
};

class WorkspaceEditor
{
public:
    // The editor updates `workspace.manifest` (and its snapshot) after each successful save. Every check runs
    // again on the file as it is when saving, so a workspace read long ago cannot undo another writer's edit.
    explicit WorkspaceEditor(Workspace& workspace) : m_workspace(workspace) {}

    // Checks a member's own fields, naming them as a person typing them would ("member id", "e-mail").
    static Status validateMember(const Member& member);

    // Adds a member and creates their per-member folders. Usage error when the id is taken.
    Result<MemberChangeReport> addMember(const Member& member);
    // Removes a member from the manifest. Their folders stay (reported in keptFolders). Refused while they
    // own or run notebooks (reassign first) and for the last lead.
    Result<MemberChangeReport> removeMember(const QString& memberId);
    // Changes name, e-mail, role and quota of an existing member (the id cannot change).
    Result<MemberChangeReport> updateMember(const Member& changed);

    // Creates the layout's missing folders and logs each one (any member may: it changes no shared decision).
    Result<LayoutApplyReport> applyLayout();

private:
    Status requireLead(const Manifest& manifest) const;
    Status save(const ManifestEdit& edit);
    void log(const QList<ActivityEntry>& entries) const;
    static QList<ActivityEntry> folderEntries(const QList<ExpectedFolder>& created, const QString& forMember);

    Workspace& m_workspace;
};

} // namespace ts
