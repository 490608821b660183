// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// PRIVATE to core/git: the one header besides core/git's .cpp files that includes <git2.h>. Move-only owners
// for the libgit2 objects the wrappers use internally, the value conversions between Oid and git_oid, and
// GitAccess, through which the wrappers reach each other's libgit2 objects (no public raw() accessor).
#pragma once

#include "git/GitBlob.h"
#include "git/GitCommit.h"
#include "git/GitError.h"
#include "git/GitIndex.h"
#include "git/GitRepository.h"
#include "git/GitTree.h"

#include <git2.h>

#include <cstring>
#include <memory>

namespace ts::git {

template <typename T, void (*Free)(T*)> struct GitFree
{
    void operator()(T* object) const
    {
        if (object)
            Free(object);
    }
};

template <typename T, void (*Free)(T*)> using GitHandle = std::unique_ptr<T, GitFree<T, Free>>;

using RepositoryHandle = GitPtr<git_repository>;
using IndexHandle = GitPtr<git_index>;
using TreeHandle = GitPtr<git_tree>;
using CommitHandle = GitPtr<git_commit>;
using BlobHandle = GitPtr<git_blob>;
using ConfigHandle = GitPtr<git_config>;
using SignatureHandle = GitHandle<git_signature, git_signature_free>;
using RemoteHandle = GitHandle<git_remote, git_remote_free>;
using ReferenceHandle = GitHandle<git_reference, git_reference_free>;
using ObjectHandle = GitHandle<git_object, git_object_free>;
using StatusListHandle = GitHandle<git_status_list, git_status_list_free>;
using DiffHandle = GitHandle<git_diff, git_diff_free>;
using TreeEntryHandle = GitHandle<git_tree_entry, git_tree_entry_free>;
using RevwalkHandle = GitHandle<git_revwalk, git_revwalk_free>;
using FilterListHandle = GitHandle<git_filter_list, git_filter_list_free>;
using ConflictIteratorHandle = GitHandle<git_index_conflict_iterator, git_index_conflict_iterator_free>;

// git_buf is a value type with an owned buffer: freed by its owner.
class GitBuffer
{
public:
    GitBuffer() = default;
    ~GitBuffer() { git_buf_dispose(&m_buf); }
    GitBuffer(const GitBuffer&) = delete;
    GitBuffer& operator=(const GitBuffer&) = delete;
    git_buf* get() { return &m_buf; }
    QByteArray bytes() const { return QByteArray(m_buf.ptr, static_cast<qsizetype>(m_buf.size)); }

private:
    git_buf m_buf = GIT_BUF_INIT;
};

// git_strarray filled by libgit2 (e.g. git_remote_list).
class GitStrArray
{
public:
    GitStrArray() = default;
    ~GitStrArray() { git_strarray_dispose(&m_array); }
    GitStrArray(const GitStrArray&) = delete;
    GitStrArray& operator=(const GitStrArray&) = delete;
    git_strarray* get() { return &m_array; }

private:
    git_strarray m_array{nullptr, 0};
};

// A git_strarray over paths we own (pathspecs for checkout and reset): the UTF-8 bytes live as long as it.
class PathArray
{
public:
    explicit PathArray(const QStringList& paths)
    {
        for (const QString& path : paths)
            m_storage.append(path.toUtf8());
        for (QByteArray& path : m_storage)
            m_pointers.push_back(path.data());
    }
    git_strarray array() { return {m_pointers.data(), m_pointers.size()}; }

private:
    QList<QByteArray> m_storage;
    std::vector<char*> m_pointers;
};

static_assert(sizeof(git_oid) == sizeof(Oid::bytes) && sizeof(Oid) == sizeof(git_oid),
              "Oid must hold exactly a git_oid");

inline const git_oid* toGit(const Oid& oid)
{
    return reinterpret_cast<const git_oid*>(oid.bytes.data());
}

inline Oid fromGit(const git_oid& oid)
{
    Oid result;
    std::memcpy(result.bytes.data(), oid.id, sizeof oid.id);
    return result;
}

// The words isRejectedPush() looks for in push()'s error.
QString rejectedMarker();

// The wrappers' way to each other's libgit2 objects.
struct GitAccess
{
    static git_repository* repo(const GitRepository& repository) { return repository.m_repo.get(); }
    static git_tree* tree(const GitTree& tree) { return tree.m_tree.get(); }
    static git_index* index(const GitIndex& index) { return index.m_index.get(); }
    static git_commit* commit(const GitCommit& commit) { return commit.m_commit.get(); }
    static GitRepository wrap(RepositoryHandle repo) { return GitRepository(std::move(repo)); }
    static GitTree wrap(TreeHandle tree) { return GitTree(std::move(tree)); }
    static GitIndex wrap(IndexHandle index) { return GitIndex(std::move(index)); }
    static GitCommit wrap(CommitHandle commit) { return GitCommit(std::move(commit)); }
    static GitBlob wrap(BlobHandle blob) { return GitBlob(std::move(blob)); }
};

} // namespace ts::git
