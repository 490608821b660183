// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/IncomingRules.h"

#include "sync/SyncOwnership.h"

#include "git/GitBlob.h"

namespace ts::sync {

using namespace ts::git;

namespace {

// An incoming notebook larger than this is not even read: it cannot be a stripped notebook worth taking.
constexpr qint64 kIncomingBlobLimit = 1024LL * 1024 * 1024;

QString notebooksFolderOf(const std::optional<Manifest>& manifest)
{
    if (manifest) {
        for (const LayoutFolder& folder : manifest->foldersWithRole(FolderRole::Notebooks)) {
            if (folder.location == FolderLocation::Repository && folder.perMember)
                return folder.path;
        }
    }
    return QStringLiteral("notebooks");
}

// Whether Teamspace writes at `path` or below it: the manifest, the baseline, CODEOWNERS, .gitignore, the
// notebooks folder and the layout's other folders in the repository. A link there could send a write outside.
bool teamspaceWritesAt(const std::optional<Manifest>& manifest, const QString& notebooks, const QString& path)
{
    static const QStringList files{QString::fromLatin1(kManifestFileName),
                                   QStringLiteral("raw-baseline.json"), QStringLiteral("CODEOWNERS"),
                                   QStringLiteral(".gitignore")};
    if (files.contains(path) || path == notebooks || path.startsWith(notebooks + u'/'))
        return true;
    if (manifest) {
        for (const LayoutFolder& folder : manifest->layout) {
            if (folder.location == FolderLocation::Repository &&
                (path == folder.path || path.startsWith(folder.path + u'/') ||
                 folder.path.startsWith(path + u'/')))
                return true;
        }
    }
    return notebooks.startsWith(path + u'/'); // a link standing in for a folder above the notebooks folder
}

} // namespace

QString toString(IncomingRule rule)
{
    switch (rule) {
    case IncomingRule::Symlink:
        return QStringLiteral("symlink");
    case IncomingRule::Invalid:
        return QStringLiteral("invalid");
    case IncomingRule::Role:
        return QStringLiteral("role");
    case IncomingRule::Ownership:
        break;
    }
    return QStringLiteral("ownership");
}

QString IncomingViolation::author() const
{
    const QString identity = QStringLiteral("%1 <%2>").arg(authorName, authorEmail);
    return member.isEmpty() ? identity + QStringLiteral(", not a member")
                            : member + QStringLiteral(" (") + identity + u')';
}

IncomingRules::IncomingRules(const GitRepository& repo, NotebookStripFunction validateNotebook)
    : m_repo(&repo), m_validate(std::move(validateNotebook))
{
}

Result<QByteArray> IncomingRules::readBlob(const GitRepository& repo, const Oid& id, const QString& path,
                                           qint64 limit)
{
    auto blob = GitBlob::lookup(repo, id, QStringLiteral("%1: ").arg(path));
    if (!blob)
        return blob.error();
    const qint64 size = blob->size();
    if (size > limit)
        return Error::badInput(
            QStringLiteral("%1 is %2 bytes, over the limit of %3 bytes").arg(path).arg(size).arg(limit));
    return blob->bytes();
}

qint64 IncomingRules::blobSize(const PathState& state) const
{
    if (!state)
        return 0;
    auto blob = GitBlob::lookup(*m_repo, state->id, QString());
    return blob ? blob->size() : -1;
}

std::optional<IncomingViolation> IncomingRules::judge(const IncomingViolation& who,
                                                      const std::optional<Manifest>& manifest,
                                                      const QString& path, const PathState& before,
                                                      const PathState& now,
                                                      std::optional<Manifest>& parsedManifest)
{
    IncomingViolation v = who;
    v.path = path;
    v.refused = now;
    const auto refuse = [&v](IncomingRule rule, const QString& what) {
        v.rule = rule;
        v.what = what;
        return std::optional<IncomingViolation>(v);
    };
    const QString folder = notebooksFolderOf(manifest);
    const PathKind kind = SyncOwnership::kindOf(path);
    if (now && (now->isSymlink() || now->mode == kModeCommit) && teamspaceWritesAt(manifest, folder, path)) {
        auto target = readBlob(*m_repo, now->id, path, 4096);
        return refuse(IncomingRule::Symlink,
                      QStringLiteral(
                          "adds %1 as a symbolic link%2: Teamspace never checks out links under %3/, its "
                          "other repository folders, or as a file it writes (manifest, baseline, CODEOWNERS)")
                          .arg(path,
                               target && now->isSymlink()
                                   ? QStringLiteral(" to ") + QString::fromUtf8(*target)
                                   : QString(),
                               folder));
    }
    if (now && !now->isRegular())
        return std::nullopt; // a folder's own entry never shows in a file-level diff; other kinds are
                             // git's
    const bool lead = manifest && manifest->isLead(v.member);
    if (path == QLatin1String(kManifestFileName)) {
        if (!now)
            return refuse(
                IncomingRule::Invalid,
                QStringLiteral("deletes %1 (every command would stop): the last valid manifest stays")
                    .arg(path));
        auto bytes = readBlob(*m_repo, now->id, path, kManifestMaxBytes);
        auto parsed = bytes ? parseManifest(*bytes, path) : Result<Manifest>(bytes.error());
        if (!parsed)
            return refuse(IncomingRule::Invalid,
                          parsed.error().message + QStringLiteral(" (the last valid manifest stays)"));
        if (manifest && !lead)
            return refuse(IncomingRule::Role, QStringLiteral("changes %1 without being a lead: %2")
                                                  .arg(path, describeManifestChange(*manifest, *parsed)));
        parsedManifest = std::move(parsed).value();
        return std::nullopt;
    }
    if (kind == PathKind::LeadOnly && manifest && !lead)
        return refuse(IncomingRule::Role,
                      QStringLiteral("%1 %2 without being a lead (only a lead publishes the baseline)")
                          .arg(now ? QStringLiteral("changes") : QStringLiteral("deletes"), path));
    if (kind == PathKind::Notebook && now) {
        const QString error = notebookError(*now, path, manifest);
        if (!error.isEmpty())
            return refuse(IncomingRule::Invalid, error);
    }
    const Manifest none;
    const SyncOwnership ownership(manifest ? *manifest : none, v.member);
    const QString owner = ownership.ownerOf(path);
    if (owner.isEmpty() || owner == v.member)
        return std::nullopt;
    // Set-aside copies are evidence, never run: anyone's sync may add one to anyone's set-aside folder.
    const QStringList parts = path.mid(folder.size() + 1).split(u'/');
    if (!before && now && parts.size() > 2 && parts.at(1) == QLatin1String("set-aside"))
        return std::nullopt;
    QString action;
    if (!now)
        action = QStringLiteral("deletes");
    else if (const qint64 size = blobSize(now); size == 0)
        action = QStringLiteral("empties");
    else if (before && isPrefixOf(now, before, size))
        action = QStringLiteral("truncates (%1 → %2 bytes)").arg(blobSize(before)).arg(size);
    else
        action = before ? QStringLiteral("edits") : QStringLiteral("adds");
    return refuse(
        IncomingRule::Ownership,
        QStringLiteral("%1 %2, which belongs to %3 (the owner's version stays)").arg(action, path, owner));
}

// Whether the new version is the old one cut short (a truncated write), not an edit.
bool IncomingRules::isPrefixOf(const PathState& now, const PathState& before, qint64 size) const
{
    if (size >= blobSize(before))
        return false;
    auto shorter = readBlob(*m_repo, now->id, QString(), kIncomingBlobLimit);
    auto longer = readBlob(*m_repo, before->id, QString(), kIncomingBlobLimit);
    return shorter && longer && longer->startsWith(*shorter);
}

QString IncomingRules::notebookError(const TreeEntryState& state, const QString& path,
                                     const std::optional<Manifest>& manifest)
{
    const QString key = oidToString(state.id);
    if (auto known = m_validity.constFind(key); known != m_validity.constEnd())
        return *known;
    QString error;
    auto bytes = readBlob(*m_repo, state.id, path, kIncomingBlobLimit);
    if (!bytes) {
        error = bytes.error().message;
    } else if (m_validate) {
        const StripPolicy policy = manifest ? manifest->policies.strip : defaultStripPolicy();
        if (auto stripped = m_validate(std::move(bytes).value(), policy, path); !stripped)
            error = stripped.error().message;
    }
    m_validity.insert(key, error);
    return error;
}

QString describeManifestChange(const Manifest& before, const Manifest& after)
{
    QStringList changes;
    for (const Member& old : before.members) {
        const Member* now = after.member(old.id);
        if (!now) {
            changes << QStringLiteral("removes member %1").arg(old.id);
            continue;
        }
        if (now->role != old.role)
            changes << QStringLiteral("makes %1 %2 (was %3)")
                           .arg(old.id, toString(now->role), toString(old.role));
        if (now->email != old.email || now->name != old.name)
            changes << QStringLiteral("changes %1's name or e-mail").arg(old.id);
        if (now->quotaBytes != old.quotaBytes)
            changes << QStringLiteral("changes %1's quota").arg(old.id);
        if (now->unknown != old.unknown)
            changes << QStringLiteral("changes other fields of %1").arg(old.id);
    }
    for (const Member& added : after.members) {
        if (!before.member(added.id))
            changes << QStringLiteral("adds member %1 as %2").arg(added.id, toString(added.role));
    }
    if (after.layout != before.layout)
        changes << QStringLiteral("changes the layout");
    QSet<QString> assignmentPaths;
    for (const NotebookAssignment& a : before.notebooks + after.notebooks)
        assignmentPaths.insert(a.path);
    QStringList assignments(assignmentPaths.cbegin(), assignmentPaths.cend());
    assignments.sort();
    for (const QString& path : std::as_const(assignments)) {
        const NotebookAssignment* old = before.assignment(path);
        const NotebookAssignment* now = after.assignment(path);
        if (!old || !now || !(*old == *now))
            changes << QStringLiteral("changes the assignment of %1 (owner %2 → %3)")
                           .arg(path, old ? old->owner : QStringLiteral("none"),
                                now ? now->owner : QStringLiteral("none"));
    }
    if (after.policies != before.policies)
        changes << QStringLiteral("changes the policies");
    if (after.id != before.id || after.name != before.name || after.templateName != before.templateName ||
        after.version != before.version || after.unknown != before.unknown)
        changes << QStringLiteral("changes the workspace's id, name, template or other fields");
    return changes.isEmpty() ? QStringLiteral("reformats it") : changes.join(QStringLiteral("; "));
}

} // namespace ts::sync
