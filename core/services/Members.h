// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The team: list, add, change and remove members (lead only for changes), through WorkspaceEditor, whose
// writes of teamspace.json are compare-and-swap (workspace/ManifestEdit.h).
#pragma once

#include "workspace/WorkspaceEditor.h"

#include <optional>

namespace ts::services {

// What `updateMember` changes; an unset field keeps the member's current value.
struct MemberChanges
{
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<MemberRole> role;
    std::optional<std::optional<qint64>> quotaBytes; // set to nullopt: no quota
};

struct MemberListReport
{
    QList<Member> members; // in manifest order
    QString me;            // who acts here; empty when unknown
};

MemberListReport listMembers(const Workspace& ws);

// Adds a member and creates their per-member folders (Usage error when the id is taken or I am not lead).
Result<MemberChangeReport> addMember(Workspace& ws, const Member& member);
// Applies `changes` to the member as the workspace read it. Usage error naming the id when there is none.
Result<MemberChangeReport> updateMember(Workspace& ws, const QString& memberId, const MemberChanges& changes);
// Removes a member from the manifest; their folders stay (keptFolders). Refused while they own or run
// notebooks, and for the last lead.
Result<MemberChangeReport> removeMember(Workspace& ws, const QString& memberId);

} // namespace ts::services
