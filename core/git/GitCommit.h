// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One commit: its author, parents and tree; and the making of new commits from a tree.
#pragma once

#include "git/GitOid.h"
#include "git/GitPtr.h"
#include "git/GitTree.h"

#include <QList>

namespace ts::git {

class GitRepository;

struct GitIdentity
{
    QString name;
    QString email;
};

struct NewCommit
{
    GitIdentity author; // also the committer, dated now
    QString message;
    Oid tree;
    QList<Oid> parents;
    bool updateHead = false; // move HEAD's branch to the new commit
    QString authorContext;   // starts the error when the identity is refused ("author of the merge: ")
    QString context;         // starts the error when the commit cannot be written
};

class GitCommit
{
public:
    static Result<GitCommit> lookup(const GitRepository& repo, const Oid& id);
    static Result<Oid> create(const GitRepository& repo, const NewCommit& commit);

    Oid id() const;
    QString authorName() const;
    QString authorEmail() const;
    qint64 authorTimeSecs() const; // seconds since the epoch
    QString summary() const;       // the first line of the message
    unsigned parentCount() const;
    Oid parentId(unsigned index) const;
    Result<GitTree> tree() const;

private:
    friend struct GitAccess;
    explicit GitCommit(GitPtr<git_commit> commit) : m_commit(std::move(commit)) {}
    GitPtr<git_commit> m_commit;
};

} // namespace ts::git
