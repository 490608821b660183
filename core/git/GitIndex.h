// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// An index: the repository's staging area (read, add, remove, write) or an in-memory one built from a tree
// or a merge, from which a tree is written.
#pragma once

#include "git/GitOid.h"
#include "git/GitPtr.h"

#include <QList>

namespace ts::git {

class GitRepository;
class GitTree;

// One side of a conflict in a merged index.
struct ConflictSide
{
    QByteArray path;
    Oid id;
    unsigned mode = 0;
};

struct IndexConflict
{
    std::optional<ConflictSide> ours;
    std::optional<ConflictSide> theirs;
};

class GitIndex
{
public:
    // The repository's index file (as libgit2 last loaded it; read() reloads it from disk).
    static Result<GitIndex> ofRepository(const GitRepository& repo);
    // A new in-memory index holding `tree`; `context` starts the error.
    static Result<GitIndex> fromTree(const GitTree& tree, const QString& context);

    // Reloads from disk when the file changed (libgit2's "not forced" read).
    Status read(const QString& context);
    Status write(const QString& context);

    // Stages the working-tree file at `path` (filters applied).
    Status addByPath(const QString& path, const QString& context);
    Status removeByPath(const QString& path, const QString& context);
    // Stages `id` at `path` with `mode` (stage 0: resolved), without touching the working tree.
    Status add(const QByteArray& path, const Oid& id, unsigned mode, const QString& context);
    void remove(const QByteArray& path); // stage 0; nothing when absent
    // The staged (stage 0) object at `path`; nullopt when absent.
    std::optional<Oid> entryId(const QByteArray& path) const;
    bool contains(const QString& path) const;

    // Stages every change of the working tree (additions, modifications; .gitignore honoured), then every
    // deletion.
    Status addAll(const QString& context);
    Status updateAll(const QString& context);

    // Writes the tree the index describes into the repository's object database.
    Result<Oid> writeTree(const QString& context);
    Result<Oid> writeTreeTo(const GitRepository& repo, const QString& context);

    bool hasConflicts() const;
    Result<QList<IndexConflict>> conflicts() const;
    void removeConflict(const QByteArray& path);

private:
    friend struct GitAccess;
    explicit GitIndex(GitPtr<git_index> index) : m_index(std::move(index)) {}
    GitPtr<git_index> m_index;
};

} // namespace ts::git
