// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A small, plain API over one libgit2 repository: create (working or bare), stage + commit, remotes,
// fetch and push with credentials, progress and cancel. One GitRepository belongs to one thread at a time
// (libgit2 objects are not shared between threads); each sync job opens its own on its worker.
#pragma once

#include "git/GitCommit.h"
#include "git/GitError.h"
#include "git/GitLibrary.h"
#include "git/GitOid.h"
#include "git/GitPtr.h"
#include "util/Cancellation.h"

#include <QStringList>

#include <optional>

namespace ts::git {

// A credential for one remote, read from the CredentialStore before the job starts. It lives only in memory.
struct RemoteCredential
{
    QString username;
    QString secret;     // password or token for HTTP(S); passphrase of the key file for SSH (may be empty)
    QString sshKeyFile; // private key for SSH; empty = ask the SSH agent
};

struct TransferOptions
{
    std::optional<RemoteCredential> credential;
    // libgit2 asks again after every rejection; after this many we stop with "authentication failed for URL".
    int maxAuthAttempts = 3;
    const CancelToken* cancel = nullptr;
    ProgressCallback progress; // done/total = objects, bytes = bytes sent or received; called on this thread
};

class GitRepository
{
public:
    // A new working repository whose unborn HEAD is refs/heads/<initialBranch>.
    static Result<GitRepository> init(const QString& path,
                                      const QString& initialBranch = QStringLiteral("main"));
    // A new bare repository (a remote on a share or a local path) with HEAD on <initialBranch>.
    static Result<GitRepository> initBare(const QString& path,
                                          const QString& initialBranch = QStringLiteral("main"));
    static Result<GitRepository> open(const QString& path);
    // The repository `path` is in (the folder or any folder above it); nullopt when there is none.
    static Result<std::optional<GitRepository>> discover(const QString& path);
    // The repository git's environment names (GIT_DIR, with GIT_OBJECT_DIRECTORY and
    // GIT_ALTERNATE_OBJECT_DIRECTORIES, as in a pre-receive hook whose new objects are still in quarantine).
    static Result<GitRepository> openFromEnvironment();
    // Clones `url` (a path, file://, http(s)://, ssh://) into `path`; the remote is named "origin". A clone
    // of an empty remote starts on an unborn "main".
    static Result<GitRepository> clone(const QString& url, const QString& path,
                                       const TransferOptions& options = {});

    GitRepository(GitRepository&&) noexcept = default;
    GitRepository& operator=(GitRepository&&) noexcept = default;

    QString workdir() const; // absolute, with a trailing slash; empty for a bare repository
    QString gitDir() const;  // the .git folder (or the bare repository), trailing slash

    // Stages every change in the working tree (additions, modifications, deletions; .gitignore honoured)
    // and commits it on HEAD. Works on an unborn branch (the initial commit). Returns the commit SHA;
    // a commit is made even when nothing changed only if `allowEmpty`.
    Result<QString> commitAll(const QString& message, const GitIdentity& author, bool allowEmpty = false);
    // Commits the index as it is, with HEAD (if born) and `extraParents` as parents; moves HEAD's branch.
    Result<Oid> commitIndex(const QString& message, const GitIdentity& author,
                            const QList<Oid>& extraParents = {});

    Status addRemote(const QString& name, const QString& url);
    // The URL of a remote by name; an error naming the remote when there is none.
    Result<QString> remoteUrl(const QString& name) const;
    QStringList remoteNames() const;

    // Fetches <remote>'s branches into refs/remotes/<remote>/*.
    Status fetch(const QString& remoteName, const TransferOptions& options = {});
    // Pushes refs/heads/<branch> to the same name on <remote>. Fails (naming the ref and the server's
    // reason) when the remote rejected the update; isRejectedPush() tells a rejection from other failures.
    Status push(const QString& remoteName, const QString& branch, const TransferOptions& options = {});
    // What the remote says refs/heads/<branch> is now (a fresh connection, not the remote-tracking ref).
    Result<std::optional<Oid>> remoteBranchHead(const QString& remoteName, const QString& branch,
                                                const TransferOptions& options = {});

    // HEAD's commit, or nullopt on an unborn branch.
    Result<std::optional<Oid>> headOid() const;
    Result<std::optional<Oid>> referenceOid(const QString& refName) const;
    QString currentBranch() const; // "main"; empty when detached
    // Points `refName` at `to`: only if it still points at `from` when given (else it must not exist yet).
    Status moveReference(const QString& refName, const Oid& to, const std::optional<Oid>& from,
                         const QString& logMessage);
    // What a revision (a SHA, a branch name, HEAD~2 …) names, peeled to a commit.
    struct Revision
    {
        bool found = false;        // the revision names an object
        std::optional<Oid> commit; // that object as a commit; nullopt when it is no commit
    };
    Revision resolveRevision(const QString& revision) const;

    // The file `path` (relative to the top) as committed at HEAD; nullopt when HEAD is unborn or has no
    // such file. BadInput when it is larger than `maxBytes`.
    Result<std::optional<QByteArray>> readFileAtHead(const QString& path, qint64 maxBytes) const;
    // A gitattribute of `path` (the file, then the index) when it is set to a string ("lfs" for filter=lfs);
    // empty when it is set, unset or unspecified.
    QString attributeString(const QString& path, const QString& name) const;
    // A configuration value (a snapshot of every level: repository, global, system); empty when unset.
    Result<QString> configString(const QString& name) const;

private:
    friend struct GitAccess;
    explicit GitRepository(GitPtr<git_repository> repo) : m_repo(std::move(repo)) {}

    GitLibrary m_library;
    GitPtr<git_repository> m_repo;
};

} // namespace ts::git
