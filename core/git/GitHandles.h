// Move-only owners for every libgit2 object Teamspace uses, the library guard, and the error conversion.
// libgit2 keeps its last error per thread, so gitError() must run on the thread whose call failed,
// directly after it: that is why every wrapper turns a failure into an Error at once.
#pragma once

#include "util/Result.h"

#include <git2.h>

#include <memory>

namespace ts::git {

// Brings libgit2's global state up on first use and keeps it up for the life of the process. Every object
// that calls into libgit2 holds one, so no call can come before the initialisation, on any thread.
// It deliberately never calls git_libgit2_shutdown: in libgit2 1.5 the last shutdown frees only the calling
// thread's error state and then deletes the thread-local key, so a worker thread that had used libgit2 (a sync
// on the GUI's background thread, say) loses its state for good -- LeakSanitizer saw that as an intermittent
// 232-byte leak. The process's exit reclaims the global state instead.
class GitLibrary
{
public:
    GitLibrary()
    {
        static const int initialised = git_libgit2_init();
        (void)initialised;
    }
};

template <typename T, void (*Free)(T*)>
struct GitFree
{
    void operator()(T* object) const
    {
        if (object)
            Free(object);
    }
};

template <typename T, void (*Free)(T*)>
using GitHandle = std::unique_ptr<T, GitFree<T, Free>>;

using RepositoryHandle = GitHandle<git_repository, git_repository_free>;
using IndexHandle = GitHandle<git_index, git_index_free>;
using TreeHandle = GitHandle<git_tree, git_tree_free>;
using CommitHandle = GitHandle<git_commit, git_commit_free>;
using SignatureHandle = GitHandle<git_signature, git_signature_free>;
using RemoteHandle = GitHandle<git_remote, git_remote_free>;
using ReferenceHandle = GitHandle<git_reference, git_reference_free>;
using ObjectHandle = GitHandle<git_object, git_object_free>;
using BlobHandle = GitHandle<git_blob, git_blob_free>;
using StatusListHandle = GitHandle<git_status_list, git_status_list_free>;
using AnnotatedCommitHandle = GitHandle<git_annotated_commit, git_annotated_commit_free>;
using DiffHandle = GitHandle<git_diff, git_diff_free>;
using ConfigHandle = GitHandle<git_config, git_config_free>;

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

// "<context>: <libgit2's message>" for the failure just reported on this thread. GIT_EUSER becomes
// Cancelled (our callbacks return it only for a cancel), GIT_EAUTH keeps the credential message.
Error gitError(int code, const QString& context);

// Wraps a libgit2 return code: ok for >= 0, else gitError().
inline Status gitCheck(int code, const QString& context)
{
    if (code >= 0)
        return {};
    return gitError(code, context);
}

QString oidToString(const git_oid& oid);

} // namespace ts::git
