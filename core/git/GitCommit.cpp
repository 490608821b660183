// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitCommit.h"

#include "git/GitHandles.h"

#include <vector>

namespace ts::git {

Result<GitCommit> GitCommit::lookup(const GitRepository& repo, const Oid& id)
{
    git_commit* rawCommit = nullptr;
    if (const int code = git_commit_lookup(&rawCommit, GitAccess::repo(repo), toGit(id)); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(id)));
    return GitCommit(CommitHandle(rawCommit));
}

Result<Oid> GitCommit::create(const GitRepository& repo, const NewCommit& spec)
{
    git_repository* raw = GitAccess::repo(repo);
    git_tree* rawTree = nullptr;
    if (const int code = git_tree_lookup(&rawTree, raw, toGit(spec.tree)); code < 0)
        return gitError(code, spec.context);
    const TreeHandle tree(rawTree);
    git_signature* rawSignature = nullptr;
    if (const int code = git_signature_now(&rawSignature, spec.author.name.toUtf8().constData(),
                                           spec.author.email.toUtf8().constData());
        code < 0)
        return gitError(code, spec.authorContext);
    const SignatureHandle signature(rawSignature);
    std::vector<CommitHandle> parents;
    for (const Oid& oid : spec.parents) {
        git_commit* parent = nullptr;
        if (const int code = git_commit_lookup(&parent, raw, toGit(oid)); code < 0)
            return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(oid)));
        parents.emplace_back(parent);
    }
    std::vector<const git_commit*> parentPointers;
    for (const auto& parent : parents)
        parentPointers.push_back(parent.get());
    git_oid commitOid;
    if (const int code = git_commit_create(
            &commitOid, raw, spec.updateHead ? "HEAD" : nullptr, signature.get(), signature.get(), "UTF-8",
            spec.message.toUtf8().constData(), tree.get(), parentPointers.size(), parentPointers.data());
        code < 0)
        return gitError(code, spec.context);
    return fromGit(commitOid);
}

Oid GitCommit::id() const
{
    return fromGit(*git_commit_id(m_commit.get()));
}

QString GitCommit::authorName() const
{
    return QString::fromUtf8(git_commit_author(m_commit.get())->name);
}

QString GitCommit::authorEmail() const
{
    return QString::fromUtf8(git_commit_author(m_commit.get())->email);
}

qint64 GitCommit::authorTimeSecs() const
{
    return qint64(git_commit_author(m_commit.get())->when.time);
}

QString GitCommit::summary() const
{
    const char* text = git_commit_summary(m_commit.get());
    return text ? QString::fromUtf8(text) : QString();
}

unsigned GitCommit::parentCount() const
{
    return git_commit_parentcount(m_commit.get());
}

Oid GitCommit::parentId(unsigned index) const
{
    return fromGit(*git_commit_parent_id(m_commit.get(), index));
}

Result<GitTree> GitCommit::tree() const
{
    git_tree* tree = nullptr;
    if (const int code = git_commit_tree(&tree, m_commit.get()); code < 0)
        return gitError(code, QStringLiteral("commit %1: ").arg(oidToString(id())));
    return GitAccess::wrap(TreeHandle(tree));
}

} // namespace ts::git
