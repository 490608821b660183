// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/Members.h"

namespace ts::services {

MemberListReport listMembers(const Workspace& ws)
{
    return {ws.manifest.members, ws.me};
}

Result<MemberChangeReport> addMember(Workspace& ws, const Member& member)
{
    return WorkspaceEditor(ws).addMember(member);
}

Result<MemberChangeReport> updateMember(Workspace& ws, const QString& memberId, const MemberChanges& changes)
{
    const Member* existing = ws.manifest.member(memberId);
    if (!existing)
        return Error::usage(
            QStringLiteral("member %1 does not exist (see `teamspace-cli member list`)").arg(memberId));
    Member changed = *existing;
    if (changes.name)
        changed.name = *changes.name;
    if (changes.email)
        changed.email = *changes.email;
    if (changes.role)
        changed.role = *changes.role;
    if (changes.quotaBytes)
        changed.quotaBytes = *changes.quotaBytes;
    return WorkspaceEditor(ws).updateMember(changed);
}

Result<MemberChangeReport> removeMember(Workspace& ws, const QString& memberId)
{
    return WorkspaceEditor(ws).removeMember(memberId);
}

} // namespace ts::services
