#include "sync/IncomingReview.h"

#include "sync/SyncOwnership.h"

#include <QHash>
#include <QSet>

namespace ts::sync {

using namespace ts::git;

namespace {

using RevwalkHandle = GitHandle<git_revwalk, git_revwalk_free>;
using TreeEntryHandle = GitHandle<git_tree_entry, git_tree_entry_free>;

// An incoming notebook larger than this is not even read: it cannot be a stripped notebook worth taking.
constexpr qint64 kIncomingBlobLimit = 1024LL * 1024 * 1024;

Result<TreeHandle> treeOf(git_repository* repo, const git_oid& commitId)
{
    git_commit* rawCommit = nullptr;
    if (const int code = git_commit_lookup(&rawCommit, repo, &commitId); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(commitId)));
    CommitHandle commit(rawCommit);
    git_tree* rawTree = nullptr;
    if (const int code = git_commit_tree(&rawTree, commit.get()); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(commitId)));
    return TreeHandle(rawTree);
}

Result<QByteArray> readBlob(git_repository* repo, const git_oid& id, const QString& path, qint64 limit)
{
    git_blob* rawBlob = nullptr;
    if (const int code = git_blob_lookup(&rawBlob, repo, &id); code < 0)
        return gitError(code, QStringLiteral("%1: ").arg(path));
    BlobHandle blob(rawBlob);
    const auto size = static_cast<qint64>(git_blob_rawsize(blob.get()));
    if (size > limit)
        return Error::badInput(
            QStringLiteral("%1 is %2 bytes, over the limit of %3 bytes").arg(path).arg(size).arg(limit));
    return QByteArray(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                      static_cast<qsizetype>(size));
}

qint64 blobSize(git_repository* repo, const PathState& state)
{
    if (!state)
        return 0;
    git_blob* rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, repo, &state->id) < 0)
        return -1;
    BlobHandle blob(rawBlob);
    return static_cast<qint64>(git_blob_rawsize(blob.get()));
}

// The paths a commit changes relative to `parent` (nullptr: every path of the tree).
Result<QStringList> changedPaths(git_repository* repo, git_tree* parent, git_tree* tree)
{
    git_diff* rawDiff = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    if (const int code = git_diff_tree_to_tree(&rawDiff, repo, parent, tree, &options); code < 0)
        return gitError(code, QStringLiteral("diff: "));
    DiffHandle diff(rawDiff);
    QStringList paths;
    const size_t count = git_diff_num_deltas(diff.get());
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
        for (const char* path : {delta->old_file.path, delta->new_file.path}) {
            const QString text = QString::fromUtf8(path);
            if (path && !paths.contains(text))
                paths.append(text);
        }
    }
    return paths;
}

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

QString memberByEmail(const std::optional<Manifest>& manifest, const QString& email)
{
    if (!manifest)
        return {};
    for (const Member& member : manifest->members) {
        if (member.email.compare(email, Qt::CaseInsensitive) == 0)
            return member.id;
    }
    return {};
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

// Judges one commit's change of one path; everything the rules need is in here.
class ChangeJudge
{
public:
    ChangeJudge(git_repository* repo, const NotebookStripFunction& validate,
                QHash<QString, QString>& validity)
        : m_repo(repo), m_validate(validate), m_validity(validity)
    {
    }

    // Returns the violation, or nothing when the change is taken; `parsedManifest` receives a taken manifest.
    std::optional<IncomingViolation> judge(const IncomingViolation& who,
                                           const std::optional<Manifest>& manifest, const QString& path,
                                           const PathState& before, const PathState& now,
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
        if (now && (now->isSymlink() || now->mode == GIT_FILEMODE_COMMIT) &&
            teamspaceWritesAt(manifest, folder, path)) {
            auto target = readBlob(m_repo, now->id, path, 4096);
            return refuse(
                IncomingRule::Symlink,
                QStringLiteral(
                    "adds %1 as a symbolic link%2: Teamspace never checks out links under %3/, its "
                    "other repository folders, or as a file it writes (manifest, baseline, CODEOWNERS)")
                    .arg(path,
                         target && now->isSymlink() ? QStringLiteral(" to ") + QString::fromUtf8(*target)
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
            auto bytes = readBlob(m_repo, now->id, path, kManifestMaxBytes);
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
        else if (const qint64 size = blobSize(m_repo, now); size == 0)
            action = QStringLiteral("empties");
        else if (before && isPrefixOf(now, before, size))
            action = QStringLiteral("truncates (%1 → %2 bytes)").arg(blobSize(m_repo, before)).arg(size);
        else
            action = before ? QStringLiteral("edits") : QStringLiteral("adds");
        return refuse(IncomingRule::Ownership,
                      QStringLiteral("%1 %2, which belongs to %3 (the owner's version stays)")
                          .arg(action, path, owner));
    }

private:
    // Whether the new version is the old one cut short (a truncated write), not an edit.
    bool isPrefixOf(const PathState& now, const PathState& before, qint64 size) const
    {
        if (size >= blobSize(m_repo, before))
            return false;
        auto shorter = readBlob(m_repo, now->id, QString(), kIncomingBlobLimit);
        auto longer = readBlob(m_repo, before->id, QString(), kIncomingBlobLimit);
        return shorter && longer && longer->startsWith(*shorter);
    }

    QString notebookError(const TreeEntryState& state, const QString& path,
                          const std::optional<Manifest>& manifest)
    {
        const QString key = oidToString(state.id);
        if (auto known = m_validity.constFind(key); known != m_validity.constEnd())
            return *known;
        QString error;
        auto bytes = readBlob(m_repo, state.id, path, kIncomingBlobLimit);
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

    git_repository* m_repo;
    const NotebookStripFunction& m_validate;
    QHash<QString, QString>& m_validity; // blob id → why it is not a notebook (empty: it is one)
};

std::optional<Manifest> manifestOf(git_repository* repo, const git_oid& blob)
{
    auto bytes = readBlob(repo, blob, QString::fromLatin1(kManifestFileName), kManifestMaxBytes);
    if (!bytes)
        return std::nullopt;
    auto parsed = parseManifest(*bytes);
    return parsed ? std::optional<Manifest>(std::move(parsed).value()) : std::nullopt;
}

// The most recent change of `path` on the first-parent history of `from` (at most `depth` commits back).
struct PathChange
{
    git_oid commit{};
    git_oid parent{};
    PathState before;
    PathState after;
};
constexpr int kHistoryDepth = 1000;

std::optional<PathChange> lastChange(git_repository* repo, const git_oid& from, const QString& path)
{
    git_oid current = from;
    auto tree = treeOf(repo, current);
    if (!tree)
        return std::nullopt;
    PathState after = IncomingReview::stateIn(tree->get(), path);
    for (int i = 0; i < kHistoryDepth; ++i) {
        git_commit* rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &current) < 0)
            return std::nullopt;
        const CommitHandle commit(rawCommit);
        if (git_commit_parentcount(commit.get()) == 0)
            return std::nullopt;
        const git_oid parent = *git_commit_parent_id(commit.get(), 0);
        auto parentTree = treeOf(repo, parent);
        if (!parentTree)
            return std::nullopt;
        PathState before = IncomingReview::stateIn(parentTree->get(), path);
        if (!(before == after))
            return PathChange{current, parent, before, after};
        current = parent;
        after = before;
    }
    return std::nullopt;
}

IncomingViolation authorOf(git_commit* commit, const std::optional<Manifest>& manifest)
{
    const git_signature* author = git_commit_author(commit);
    IncomingViolation who;
    who.commit = oidToString(*git_commit_id(commit));
    who.authorName = QString::fromUtf8(author->name);
    who.authorEmail = QString::fromUtf8(author->email);
    who.member = memberByEmail(manifest, who.authorEmail);
    return who;
}

// Whether the last change of `change.path`'s history (before the review starts) broke the rules, judged
// against the manifest of its parent: a local clone may hold a plain-git commit that another member's sync
// has since undone.
bool wasViolation(git_repository* repo, ChangeJudge& judge, const QString& path, const PathChange& change)
{
    git_commit* rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, repo, &change.commit) < 0)
        return false;
    const CommitHandle commit(rawCommit);
    const std::optional<Manifest> manifest = IncomingReview::manifestAt(repo, change.parent);
    std::optional<Manifest> ignored;
    return judge.judge(authorOf(commit.get(), manifest), manifest, path, change.before, change.after, ignored)
        .has_value();
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

IncomingReview::IncomingReview(git_repository* repo, NotebookStripFunction validateNotebook)
    : m_repo(repo), m_validateNotebook(std::move(validateNotebook))
{
}

PathState IncomingReview::stateIn(git_tree* tree, const QString& path)
{
    if (!tree)
        return std::nullopt;
    git_tree_entry* rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, tree, path.toUtf8().constData()) != 0)
        return std::nullopt;
    const TreeEntryHandle entry(rawEntry);
    if (git_tree_entry_filemode(entry.get()) == GIT_FILEMODE_TREE)
        return std::nullopt; // a folder is no file: its files are judged one by one
    return TreeEntryState{*git_tree_entry_id(entry.get()),
                          static_cast<unsigned>(git_tree_entry_filemode(entry.get()))};
}

std::optional<Manifest> IncomingReview::manifestAt(git_repository* repo, const git_oid& commit)
{
    auto tree = treeOf(repo, commit);
    if (!tree)
        return std::nullopt;
    const PathState state = stateIn(tree->get(), QString::fromLatin1(kManifestFileName));
    if (!state || !state->isRegular())
        return std::nullopt;
    return manifestOf(repo, state->id);
}

Result<IncomingReviewResult> IncomingReview::review(const std::optional<git_oid>& trusted,
                                                    const git_oid& incoming,
                                                    std::optional<Manifest> manifest) const
{
    git_revwalk* rawWalk = nullptr;
    if (const int code = git_revwalk_new(&rawWalk, m_repo); code < 0)
        return gitError(code, QStringLiteral("review of incoming commits: "));
    RevwalkHandle walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
    if (const int code = git_revwalk_push(walk.get(), &incoming); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(incoming)));
    if (trusted) {
        if (const int code = git_revwalk_hide(walk.get(), &*trusted); code < 0)
            return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(*trusted)));
    }
    QList<git_oid> commits;
    git_oid next;
    while (git_revwalk_next(&next, walk.get()) == 0)
        commits.append(next);

    TreeHandle trustedTree;
    if (trusted) {
        auto tree = treeOf(m_repo, *trusted);
        if (!tree)
            return tree.error();
        trustedTree = std::move(tree).value();
    }
    IncomingReviewResult result;
    result.commits = static_cast<int>(commits.size());
    QHash<QString, QString> validity;
    ChangeJudge judge(m_repo, m_validateNotebook, validity);
    // The manifest in force: the trusted commit's, unless its last change broke the rules (a member's
    // plain-git commit in this clone that a lead's sync has since corrected): then the one before that
    // change.
    const QString manifestPath = QString::fromLatin1(kManifestFileName);
    if (trusted) {
        const std::optional<PathChange> last = lastChange(m_repo, *trusted, manifestPath);
        if (last && wasViolation(m_repo, judge, manifestPath, *last)) {
            if (auto before = manifestAt(m_repo, last->parent))
                manifest = std::move(before);
        } else if (auto at = manifestAt(m_repo, *trusted)) {
            manifest = std::move(at);
        }
    }
    // A change refused by the rules may still be a restore: back to the version before this clone's own last
    // change of the path, when that change broke the rules (someone's correction of it).
    const auto restoresViolation = [&](const QString& path, const PathState& now) {
        if (!trusted)
            return false;
        const std::optional<PathChange> last = lastChange(m_repo, *trusted, path);
        return last && last->before == now && wasViolation(m_repo, judge, path, *last);
    };
    for (const git_oid& id : std::as_const(commits)) {
        git_commit* rawCommit = nullptr;
        if (const int code = git_commit_lookup(&rawCommit, m_repo, &id); code < 0)
            return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(id)));
        CommitHandle commit(rawCommit);
        auto tree = treeOf(m_repo, id);
        if (!tree)
            return tree.error();
        std::vector<TreeHandle> parentTrees;
        for (unsigned i = 0; i < git_commit_parentcount(commit.get()); ++i) {
            auto parentTree = treeOf(m_repo, *git_commit_parent_id(commit.get(), i));
            if (!parentTree)
                return parentTree.error();
            parentTrees.push_back(std::move(parentTree).value());
        }
        auto paths =
            changedPaths(m_repo, parentTrees.empty() ? nullptr : parentTrees.front().get(), tree->get());
        if (!paths)
            return paths.error();
        const IncomingViolation who = authorOf(commit.get(), manifest);
        for (const QString& path : std::as_const(*paths)) {
            const PathState now = stateIn(tree->get(), path);
            // A merge that takes another parent's version brings a change reviewed in that parent's own
            // commits.
            bool fromOtherParent = false;
            for (size_t i = 1; i < parentTrees.size(); ++i)
                fromOtherParent = fromOtherParent || stateIn(parentTrees[i].get(), path) == now;
            if (fromOtherParent)
                continue;
            if (!result.accepted.contains(path))
                result.accepted.insert(path, stateIn(trustedTree.get(), path));
            const PathState before = result.accepted.value(path);
            if (before == now)
                continue; // unchanged from the accepted version, or a correction restoring it
            std::optional<Manifest> taken;
            if (auto violation = judge.judge(who, manifest, path, before, now, taken)) {
                if (!restoresViolation(path, now)) {
                    result.violations.append(*violation);
                    continue;
                }
                if (path == manifestPath && now) // a restored manifest is back in force
                    taken = manifestOf(m_repo, now->id);
            }
            result.accepted.insert(path, now);
            if (taken)
                manifest = std::move(taken);
        }
    }
    result.manifest = std::move(manifest);
    return result;
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
