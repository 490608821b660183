// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/WorkspaceEditor.h"

#include "util/ByteSize.h"
#include "workspace/ManifestFields.h"

#include <QRegularExpression>

namespace ts {

using manifest_fields::quoted;

namespace {

bool hasControlCharacter(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

QString describe(const Member& m)
{
    return QStringLiteral("%1 <%2>, %3, quota %4")
        .arg(m.name, m.email, toString(m.role),
             m.quotaBytes ? formatByteSize(*m.quotaBytes) : QStringLiteral("none"));
}

// The manifest without `memberId`, or the reason a removal is refused: they own or run notebooks, or they are
// the last lead. Judged on the manifest the removal is applied to (the file as it is when saving).
Result<Manifest> withoutMember(const Manifest& current, const QString& memberId)
{
    const Member* existing = current.member(memberId);
    if (!existing)
        return Error::usage(
            QStringLiteral("member %1 does not exist (see `teamspace-cli member list`)").arg(memberId));
    QStringList assigned;
    for (const NotebookAssignment& a : current.notebooks)
        if (a.owner == memberId || a.runner == memberId)
            assigned << a.path;
    if (!assigned.isEmpty())
        return Error::usage(
            QStringLiteral("member %1 owns or runs %2 notebook(s) (%3): reassign them first with "
                           "`teamspace-cli notebook assign PATH --owner ID --runner ID`")
                .arg(memberId)
                .arg(assigned.size())
                .arg(assigned.join(QStringLiteral(", "))));
    int leads = 0;
    for (const Member& m : current.members)
        leads += m.role == MemberRole::Lead ? 1 : 0;
    if (existing->role == MemberRole::Lead && leads == 1)
        return Error::usage(
            QStringLiteral("member %1 is the only lead: make another member lead first").arg(memberId));
    Manifest updated = current;
    updated.members.removeIf([&](const Member& m) { return m.id == memberId; });
    return updated;
}

// The manifest with the name, e-mail, role and quota of `changed.id` replaced, or the reason it is refused
// (no such member; demoting the last lead).
Result<Manifest> withMemberChanged(const Manifest& current, const Member& changed)
{
    Manifest updated = current;
    Member* target = nullptr;
    int leads = 0;
    for (Member& m : updated.members) {
        leads += m.role == MemberRole::Lead ? 1 : 0;
        if (m.id == changed.id)
            target = &m;
    }
    if (!target)
        return Error::usage(
            QStringLiteral("member %1 does not exist (see `teamspace-cli member list`)").arg(changed.id));
    if (target->role == MemberRole::Lead && changed.role != MemberRole::Lead && leads == 1)
        return Error::usage(
            QStringLiteral("member %1 is the only lead: make another member lead first").arg(changed.id));
    target->name = changed.name;
    target->email = changed.email;
    target->role = changed.role;
    target->quotaBytes = changed.quotaBytes;
    return updated;
}

} // namespace

Status WorkspaceEditor::validateMember(const Member& m)
{
    if (!isValidMemberId(m.id))
        return Error::badInput(
            QStringLiteral("member id %1 is not a valid member id (use a-z, 0-9, . _ -)").arg(quoted(m.id)));
    if (m.name.trimmed().isEmpty())
        return Error::badInput(
            QStringLiteral("member %1: the name is empty (give a display name)").arg(m.id));
    if (hasControlCharacter(m.name) || m.name.size() > 200)
        return Error::badInput(
            QStringLiteral("member %1: the name %2 has control characters or is over 200 characters")
                .arg(m.id, quoted(m.name)));
    static const QRegularExpression email(
        QRegularExpression::anchoredPattern(QStringLiteral("[^@\\s<>]+@[^@\\s<>]+")));
    if (!email.match(m.email).hasMatch() || m.email.size() > 254)
        return Error::badInput(QStringLiteral("member %1: the e-mail %2 is not an address (name@host)")
                                   .arg(m.id, quoted(m.email)));
    if (m.quotaBytes && *m.quotaBytes < 0)
        return Error::badInput(QStringLiteral("member %1: the quota is negative").arg(m.id));
    return {};
}

Status WorkspaceEditor::requireLead(const Manifest& manifest) const
{
    if (m_workspace.me.isEmpty())
        return Error::usage(
            QStringLiteral(
                "%1: who are you in this workspace? pass --as MEMBER (only the lead changes the team)")
                .arg(m_workspace.repoDir));
    if (!manifest.isLead(m_workspace.me))
        return Error::usage(
            QStringLiteral("%1 is not a lead of this workspace: only a lead changes the team and the layout "
                           "(ask the lead, or act --as the lead)")
                .arg(m_workspace.me));
    return {};
}

Status WorkspaceEditor::save(const ManifestEdit& edit)
{
    auto edited = editManifest(m_workspace, edit);
    if (!edited)
        return edited.error();
    return {};
}

void WorkspaceEditor::log(const QList<ActivityEntry>& entries) const
{
    // The change itself is done and saved: a log that cannot be written is warned about, not a reason to
    // undo a correct change.
    if (auto ok = ActivityLog::recordAll(m_workspace, entries); !ok)
        qWarning("activity log: %s", qPrintable(ok.error().message));
}

QList<ActivityEntry> WorkspaceEditor::folderEntries(const QList<ExpectedFolder>& created,
                                                    const QString& forMember)
{
    QList<ActivityEntry> entries;
    for (const ExpectedFolder& folder : created)
        entries.append(
            {QString(),
             QStringLiteral("layout.create"),
             folder.path,
             forMember.isEmpty()
                 ? QStringLiteral("created in the %1").arg(locationName(folder.location))
                 : QStringLiteral("created for %1 in the %2").arg(forMember, locationName(folder.location)),
             {},
             0});
    return entries;
}

Result<MemberChangeReport> WorkspaceEditor::addMember(const Member& member)
{
    if (auto ok = requireLead(m_workspace.manifest); !ok)
        return ok.error();
    if (auto ok = validateMember(member); !ok)
        return ok.error();
    if (m_workspace.manifest.member(member.id))
        return Error::usage(
            QStringLiteral("member %1 already exists (see `teamspace-cli member list`)").arg(member.id));
    ManifestEdit edit;
    edit.conflict = [&](const Manifest& base, const Manifest& current) {
        return memberConflict(base, current, member.id);
    };
    edit.apply = [&](const Manifest& current) -> Result<Manifest> {
        if (auto ok = requireLead(current); !ok)
            return ok.error();
        if (current.member(member.id))
            return Error::usage(
                QStringLiteral("member %1 already exists (see `teamspace-cli member list`)").arg(member.id));
        Manifest updated = current;
        updated.members << member;
        return updated;
    };
    if (auto ok = save(edit); !ok)
        return ok.error();
    QList<ActivityEntry> entries = {{QString(),
                                     QStringLiteral("member.add"),
                                     QString(),
                                     QStringLiteral("added %1: %2").arg(member.id, describe(member)),
                                     {},
                                     0}};
    auto created = LayoutPlanner(m_workspace).apply(member.id);
    if (!created) {
        log(entries);
        return created.error().prefixed(
            QStringLiteral("member %1 was added to teamspace.json, but ").arg(member.id));
    }
    log(entries + folderEntries(created->created, member.id));
    return MemberChangeReport{member, created->created, {}};
}

Result<MemberChangeReport> WorkspaceEditor::removeMember(const QString& memberId)
{
    if (auto ok = requireLead(m_workspace.manifest); !ok)
        return ok.error();
    const Member* existing = m_workspace.manifest.member(memberId);
    if (!existing)
        return Error::usage(
            QStringLiteral("member %1 does not exist (see `teamspace-cli member list`)").arg(memberId));

    // Checked on the copy read before taking the lock too, so that a refusal touches nothing at all.
    if (auto ok = withoutMember(m_workspace.manifest, memberId); !ok)
        return ok.error();
    MemberChangeReport report{*existing, {}, {}};
    for (ExpectedFolder folder : LayoutPlanner(m_workspace).expectedFolders(memberId))
        if (folder.member == memberId)
            report.keptFolders << folder;
    ManifestEdit edit;
    edit.conflict = [&](const Manifest& base, const Manifest& current) {
        return memberConflict(base, current, memberId);
    };
    edit.apply = [&](const Manifest& current) -> Result<Manifest> {
        if (auto ok = requireLead(current); !ok)
            return ok.error();
        return withoutMember(current, memberId);
    };
    if (auto ok = save(edit); !ok)
        return ok.error();
    QStringList kept;
    for (const ExpectedFolder& f : report.keptFolders)
        kept << f.path;
    log({{QString(),
          QStringLiteral("member.remove"),
          QString(),
          QStringLiteral("removed %1; their folders stay: %2")
              .arg(memberId, kept.isEmpty() ? QStringLiteral("none") : kept.join(QStringLiteral(", "))),
          {},
          0}});
    return report;
}

Result<MemberChangeReport> WorkspaceEditor::updateMember(const Member& changed)
{
    if (auto ok = requireLead(m_workspace.manifest); !ok)
        return ok.error();
    if (auto ok = validateMember(changed); !ok)
        return ok.error();
    // Checked on the copy read before taking the lock too, so that a refusal touches nothing at all.
    if (auto ok = withMemberChanged(m_workspace.manifest, changed); !ok)
        return ok.error();
    QString before;
    ManifestEdit edit;
    edit.conflict = [&](const Manifest& base, const Manifest& current) {
        return memberConflict(base, current, changed.id);
    };
    edit.apply = [&](const Manifest& current) -> Result<Manifest> {
        if (auto ok = requireLead(current); !ok)
            return ok.error();
        auto updated = withMemberChanged(current, changed);
        if (updated)
            before = describe(*current.member(changed.id));
        return updated;
    };
    if (auto ok = save(edit); !ok)
        return ok.error();
    const Member after = *m_workspace.manifest.member(changed.id);
    log({{QString(),
          QStringLiteral("member.update"),
          QString(),
          QStringLiteral("%1: %2 → %3").arg(changed.id, before, describe(after)),
          {},
          0}});
    return MemberChangeReport{after, {}, {}};
}

Result<LayoutApplyReport> WorkspaceEditor::applyLayout()
{
    // Creating missing folders changes no shared decision, so any member may do it (unlike the manifest).
    auto applied = LayoutPlanner(m_workspace).apply();
    if (!applied)
        return applied.error();
    log(folderEntries(applied->created, QString()));
    return applied;
}

} // namespace ts
