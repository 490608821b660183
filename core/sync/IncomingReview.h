// The review of commits that arrive from a remote (a fetch, or a range pushed to a server): what a teammate
// pushed with plain git is untrusted. Each commit's changes are judged, oldest first, by the rules Teamspace
// applies to local changes: no symlinks where Teamspace writes, only leads change the manifest and the
// baseline, only the owner changes a notebook, and nothing invalid replaces a valid version. The review
// keeps, per path, the last version that passed ("accepted"); the sync restores those (IncomingCorrection),
// check-push lists them. Git authorship can be forged: this catches mistakes and plain-git shortcuts, not a
// determined attacker.
#pragma once

#include "sync/GitHandles.h"
#include "sync/SyncTypes.h"

#include <QMap>

#include <optional>

namespace ts::sync {

// One tree entry's state: its object and mode (a regular file, an executable, a symlink, a folder).
struct TreeEntryState
{
    git_oid id{};
    unsigned mode = 0;

    bool isSymlink() const { return mode == GIT_FILEMODE_LINK; }
    bool isRegular() const { return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE; }
    friend bool operator==(const TreeEntryState& a, const TreeEntryState& b)
    {
        return a.mode == b.mode && git_oid_equal(&a.id, &b.id);
    }
};
using PathState = std::optional<TreeEntryState>; // nullopt: the path is absent

enum class IncomingRule {
    Symlink, // a symbolic link under the notebooks folder or as the manifest/baseline
    Invalid, // an invalid teamspace.json (or its deletion), a notebook that is not one (conflict markers, …)
    Role,    // a change to teamspace.json/raw-baseline.json by an author who is not a lead
    Ownership, // an edit, truncation or deletion of another member's file
};
QString toString(IncomingRule rule); // "symlink", "invalid", "role", "ownership"

struct IncomingViolation
{
    QString commit;     // full SHA
    QString authorName; // as the commit says
    QString authorEmail;
    QString member; // the member whose e-mail the author's matches; empty when nobody's
    QString path;
    IncomingRule rule = IncomingRule::Ownership;
    QString what;      // one line: what the commit did and why it is not taken
    PathState refused; // the version not taken (nullopt: a deletion)

    QString author() const; // "cy (Cy Hopper <cy@example.org>)" or "Eve <eve@x>" (no member)
};

struct IncomingReviewResult
{
    QList<IncomingViolation> violations; // every refused change, oldest commit first
    QMap<QString, PathState> accepted;   // every path the range touched → its last accepted version
    std::optional<Manifest> manifest;    // the manifest in force after the range
    int commits = 0;                     // commits reviewed
};

class IncomingReview
{
public:
    // `validateNotebook` is the stripper (BadInput for bytes that are not a notebook); the result is not
    // used.
    IncomingReview(git_repository* repo, NotebookStripFunction validateNotebook);

    // Reviews the commits reachable from `incoming` and not from `trusted` (all of them when trusted is
    // nullopt), parents before children. Paths start from their version in `trusted`. The manifest in force
    // is trusted's (or the one before trusted's last change of it, when that change broke the rules);
    // `manifest` only when trusted has none (nullopt: the first valid teamspace.json is then taken from
    // anybody). A change that puts a path back to its version before trusted's own rule-breaking last change
    // of it is a restore, not a violation.
    Result<IncomingReviewResult> review(const std::optional<git_oid>& trusted, const git_oid& incoming,
                                        std::optional<Manifest> manifest) const;

    // The manifest a commit holds, nullopt when it has none or it does not parse.
    static std::optional<Manifest> manifestAt(git_repository* repo, const git_oid& commit);
    // The state of `path` in `tree` (nullptr tree, or a folder there: absent).
    static PathState stateIn(git_tree* tree, const QString& path);

private:
    git_repository* m_repo;
    NotebookStripFunction m_validateNotebook;
};

// One line per difference between two manifests ("bob's role member → lead", "member dan added", …), joined
// by "; ".
QString describeManifestChange(const Manifest& before, const Manifest& after);

} // namespace ts::sync
