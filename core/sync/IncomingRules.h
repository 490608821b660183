// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The rules one incoming change is judged by, the same rules Teamspace applies to local changes
// (docs/sync.md, "Incoming review"): no symlink where Teamspace writes, only leads change the manifest and
// the baseline, only the owner changes an owned file, nothing invalid replaces a valid version.
// IncomingReview applies them commit by commit.
#pragma once

#include "git/GitTree.h"
#include "sync/SyncTypes.h"

#include <QHash>

#include <optional>

namespace ts::sync {

// One tree entry's state: its object and mode (a regular file, an executable, a symlink, a folder).
using TreeEntryState = git::TreeEntry;
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

class IncomingRules
{
public:
    // `validateNotebook` is the stripper (BadInput for bytes that are not a notebook); its result is not
    // used.
    IncomingRules(const git::GitRepository& repo, NotebookStripFunction validateNotebook);

    // Judges `who`'s change of `path` from `before` (its accepted version) to `now`, under `manifest` (the
    // one in force; nullopt: none yet). Returns the violation, or nothing when the change is taken; a taken
    // manifest is handed back in `parsedManifest`.
    std::optional<IncomingViolation> judge(const IncomingViolation& who,
                                           const std::optional<Manifest>& manifest, const QString& path,
                                           const PathState& before, const PathState& now,
                                           std::optional<Manifest>& parsedManifest);

    // A blob's bytes, refusing one larger than `limit` (BadInput naming `path`).
    static Result<QByteArray> readBlob(const git::GitRepository& repo, const git::Oid& id,
                                       const QString& path, qint64 limit);

private:
    qint64 blobSize(const PathState& state) const;
    bool isPrefixOf(const PathState& now, const PathState& before, qint64 size) const;
    QString notebookError(const TreeEntryState& state, const QString& path,
                          const std::optional<Manifest>& manifest);

    const git::GitRepository* m_repo;
    NotebookStripFunction m_validate;
    QHash<QString, QString> m_validity; // blob id → why it is not a notebook (empty: it is one)
};

// One line per difference between two manifests ("bob's role member → lead", "member dan added", …), joined
// by "; ".
QString describeManifestChange(const Manifest& before, const Manifest& after);

} // namespace ts::sync
