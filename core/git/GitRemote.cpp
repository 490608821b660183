// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A GitRepository's remotes: adding and listing them, clone, fetch, push and asking a remote for a branch,
// with credentials, progress and cancel (the callbacks run on the calling thread).
#include "git/GitHandles.h"

#include "util/RedactUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace ts::git {

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// Everything the remote callbacks need, on the stack of the fetch/push call (same thread).
struct CallbackState
{
    const TransferOptions* options = nullptr;
    int authAttempts = 0;
    QString authFailure; // set when we gave up asking for credentials
    QString rejectedRef; // set by push_update_reference
    QString rejectedReason;
    bool cancelled = false;
};

int credentialCallback(git_credential** out, const char* url, const char* usernameFromUrl,
                       unsigned int allowedTypes, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    const QString urlText = redactUrlUserinfo(QString::fromUtf8(url));
    const auto& credential = state->options->credential;
    ++state->authAttempts;
    if (state->authAttempts > state->options->maxAuthAttempts) {
        state->authFailure =
            QStringLiteral("authentication failed for %1 (after %2 attempts; check the username "
                           "and secret with `teamspace-cli credentials set`)")
                .arg(urlText)
                .arg(state->options->maxAuthAttempts);
        git_error_set_str(GIT_ERROR_NET, state->authFailure.toUtf8().constData());
        return GIT_EAUTH;
    }
    const QByteArray username = credential && !credential->username.isEmpty()
                                    ? utf8(credential->username)
                                    : QByteArray(usernameFromUrl ? usernameFromUrl : "");
    if (allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        if (!credential) {
            // Every way there is to give one (sync/CredentialChoice.h: the keychain, TEAMSPACE_GIT_TOKEN, git's
            // credential helpers once opted in), the remote named without its user part.
            const QString remote = QUrl(QString::fromUtf8(url)).adjusted(QUrl::RemoveUserInfo).toString();
            state->authFailure =
                QStringLiteral("authentication failed for %1: no credential stored (run "
                               "`teamspace-cli credentials set --remote %2 --username U`, or set TEAMSPACE_GIT_TOKEN "
                               "for this run, or opt in to git's credential helpers with `teamspace-cli "
                               "credentials use-git-helper %2`)")
                    .arg(urlText, remote.isEmpty() ? urlText : remote);
            git_error_set_str(GIT_ERROR_NET, state->authFailure.toUtf8().constData());
            return GIT_EAUTH;
        }
        return git_credential_userpass_plaintext_new(out, username.constData(),
                                                     utf8(credential->secret).constData());
    }
    if (allowedTypes & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, username.isEmpty() ? "git" : username.constData());
    if (allowedTypes & GIT_CREDENTIAL_SSH_KEY) {
        const QByteArray user = username.isEmpty() ? QByteArray("git") : username;
        if (credential && !credential->sshKeyFile.isEmpty()) {
            const QByteArray key = QFile::encodeName(credential->sshKeyFile);
            const QByteArray passphrase = utf8(credential->secret);
            return git_credential_ssh_key_new(out, user.constData(), nullptr, key.constData(),
                                              passphrase.isEmpty() ? nullptr : passphrase.constData());
        }
        return git_credential_ssh_key_from_agent(out, user.constData());
    }
    state->authFailure =
        QStringLiteral("authentication failed for %1: the server asks for a kind of credential "
                       "Teamspace does not support")
            .arg(urlText);
    git_error_set_str(GIT_ERROR_NET, state->authFailure.toUtf8().constData());
    return GIT_EAUTH;
}

bool shouldCancel(CallbackState* state)
{
    if (state->options->cancel && state->options->cancel->isCancelled()) {
        state->cancelled = true;
        return true;
    }
    return false;
}

int fetchProgressCallback(const git_indexer_progress* stats, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    if (shouldCancel(state))
        return GIT_EUSER;
    if (state->options->progress) {
        Progress progress;
        progress.done = stats->received_objects;
        progress.total = stats->total_objects;
        progress.bytes = static_cast<qint64>(stats->received_bytes);
        progress.current = QStringLiteral("fetch");
        state->options->progress(progress);
    }
    return shouldCancel(state) ? GIT_EUSER : 0;
}

int pushProgressCallback(unsigned int current, unsigned int total, size_t bytes, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    if (shouldCancel(state))
        return GIT_EUSER;
    if (state->options->progress) {
        Progress progress;
        progress.done = current;
        progress.total = total;
        progress.bytes = static_cast<qint64>(bytes);
        progress.current = QStringLiteral("push");
        state->options->progress(progress);
    }
    return shouldCancel(state) ? GIT_EUSER : 0; // a cancel asked for while reporting counts at once
}

int packProgressCallback(int, uint32_t, uint32_t, void* payload)
{
    return shouldCancel(static_cast<CallbackState*>(payload)) ? GIT_EUSER : 0;
}

int pushUpdateReferenceCallback(const char* refname, const char* status, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    if (status) {
        state->rejectedRef = QString::fromUtf8(refname);
        state->rejectedReason = QString::fromUtf8(status);
    }
    return 0;
}

git_remote_callbacks makeCallbacks(CallbackState& state)
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = &credentialCallback;
    callbacks.transfer_progress = &fetchProgressCallback;
    callbacks.push_transfer_progress = &pushProgressCallback;
    callbacks.pack_progress = &packProgressCallback;
    callbacks.push_update_reference = &pushUpdateReferenceCallback;
    callbacks.payload = &state;
    return callbacks;
}

// A failure inside a remote operation, preferring what our callbacks know over libgit2's generic text.
Error transferError(int code, const CallbackState& state, const QString& context)
{
    if (state.cancelled)
        return Error::cancelled(context + QStringLiteral("cancelled"));
    if (!state.authFailure.isEmpty())
        return Error::failed(redactUrlUserinfo(context + state.authFailure));
    return gitError(code, context);
}

// The folder a remote URL names on this machine (a path or file://); empty for a network URL.
QString localRemotePath(const QString& url)
{
    if (url.startsWith(QLatin1String("file://")))
        return QUrl(url).toLocalFile();
    if (url.contains(QLatin1String("://")))
        return {};
    const qsizetype colon = url.indexOf(u':');
    const qsizetype slash = url.indexOf(u'/');
    if (colon > 1 && (slash < 0 || colon < slash))
        return {}; // scp-like host:path (a one-letter "C:" is a drive)
    return url;
}

// libgit2 takes a local path that does not exist for a URL and says "unsupported URL protocol": say what is
// wrong instead (an unmounted share, a moved folder) and how to fix it.
Status checkLocalRemote(const QString& remoteName, const QString& url)
{
    const QString path = localRemotePath(url);
    if (path.isEmpty() || QFileInfo::exists(path))
        return {};
    return Error::failed(
        QStringLiteral("remote \"%1\": %2 does not exist (the remote is a local path); mount the "
                       "share that holds it, or point the remote at the right folder with `git remote "
                       "set-url %1 PATH`")
            .arg(remoteName, QDir::cleanPath(QFileInfo(path).absoluteFilePath())));
}

// "fetch from "origin" (https://***@host/x.git): ": how transfer errors start; never with a secret in it.
QString remoteContext(const QString& verb, const QString& remoteName, git_remote* remote)
{
    const char* url = git_remote_url(remote);
    return QStringLiteral("%1 \"%2\" (%3): ")
        .arg(verb, remoteName, redactUrlUserinfo(QString::fromUtf8(url ? url : "")));
}

Result<RemoteHandle> lookupRemote(git_repository* repo, const QString& name)
{
    git_remote* remote = nullptr;
    const int code = git_remote_lookup(&remote, repo, utf8(name).constData());
    if (code < 0)
        return gitError(code, QStringLiteral("remote \"%1\": ").arg(name));
    return RemoteHandle(remote);
}
} // namespace

Result<GitRepository> GitRepository::clone(const QString& url, const QString& path,
                                           const TransferOptions& options)
{
    GitLibrary library;
    if (auto local = checkLocalRemote(QStringLiteral("origin"), url); !local)
        return local.error().prefixed(QStringLiteral("clone into %1: ").arg(path));
    CallbackState state;
    state.options = &options;
    git_clone_options cloneOptions = GIT_CLONE_OPTIONS_INIT;
    cloneOptions.fetch_opts.callbacks = makeCallbacks(state);
    git_repository* repo = nullptr;
    const int code =
        git_clone(&repo, utf8(url).constData(), QFile::encodeName(path).constData(), &cloneOptions);
    if (code < 0)
        return transferError(code, state,
                             QStringLiteral("clone %1 into %2: ").arg(redactUrlUserinfo(url), path));
    RepositoryHandle owned(repo);
    // An empty remote tells no default branch; libgit2 would then start on "master". Teamspace uses main.
    if (git_repository_head_unborn(repo) == 1) {
        if (const int headCode = git_repository_set_head(repo, "refs/heads/main"); headCode < 0)
            return gitError(headCode, QStringLiteral("%1: cannot point HEAD at main: ").arg(path));
    }
    return GitAccess::wrap(std::move(owned));
}

Status GitRepository::addRemote(const QString& name, const QString& url)
{
    git_remote* remote = nullptr;
    const int code = git_remote_create(&remote, m_repo.get(), utf8(name).constData(), utf8(url).constData());
    RemoteHandle owned(remote);
    return gitCheck(code, QStringLiteral("remote \"%1\": ").arg(name));
}

Result<QString> GitRepository::remoteUrl(const QString& name) const
{
    auto remote = lookupRemote(m_repo.get(), name);
    if (!remote)
        return remote.error();
    const char* url = git_remote_url(remote->get());
    return QString::fromUtf8(url ? url : "");
}

QStringList GitRepository::remoteNames() const
{
    GitStrArray names;
    QStringList result;
    if (git_remote_list(names.get(), m_repo.get()) < 0)
        return result;
    for (size_t i = 0; i < names.get()->count; ++i)
        result.append(QString::fromUtf8(names.get()->strings[i]));
    return result;
}

Status GitRepository::fetch(const QString& remoteName, const TransferOptions& options)
{
    auto remote = lookupRemote(m_repo.get(), remoteName);
    if (!remote)
        return remote.error();
    CallbackState state;
    state.options = &options;
    git_fetch_options fetchOptions = GIT_FETCH_OPTIONS_INIT;
    fetchOptions.callbacks = makeCallbacks(state);
    fetchOptions.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
    const QString context = remoteContext(QStringLiteral("fetch from"), remoteName, remote->get());
    if (auto local = checkLocalRemote(remoteName, QString::fromUtf8(git_remote_url(remote->get()))); !local)
        return local.error();
    const int code = git_remote_fetch(remote->get(), nullptr, &fetchOptions, "teamspace: fetch");
    if (code < 0)
        return transferError(code, state, context);
    return {};
}

Status GitRepository::push(const QString& remoteName, const QString& branch, const TransferOptions& options)
{
    auto remote = lookupRemote(m_repo.get(), remoteName);
    if (!remote)
        return remote.error();
    CallbackState state;
    state.options = &options;
    git_push_options pushOptions = GIT_PUSH_OPTIONS_INIT;
    pushOptions.callbacks = makeCallbacks(state);
    const QByteArray refspec = utf8(QStringLiteral("refs/heads/%1:refs/heads/%1").arg(branch));
    char* refspecs[] = {const_cast<char*>(refspec.constData())};
    const git_strarray specs{refspecs, 1};
    const QString context = remoteContext(QStringLiteral("push to"), remoteName, remote->get());
    if (auto local = checkLocalRemote(remoteName, QString::fromUtf8(git_remote_url(remote->get()))); !local)
        return local.error();
    const int code = git_remote_push(remote->get(), &specs, &pushOptions);
    // Local and smart transports check fast-forward on our side first; a server refusal shows only in
    // push_update_reference. Both are the same thing for the caller: the remote moved.
    if (code == GIT_ENONFASTFORWARD)
        return Error::failed(context +
                             QStringLiteral("refs/heads/%1 %2 (not a fast-forward: the remote has commits "
                                            "we do not); fetch and merge, then push again")
                                 .arg(branch, rejectedMarker()));
    if (code < 0)
        return transferError(code, state, context);
    if (!state.rejectedRef.isEmpty())
        return Error::failed(context + QStringLiteral("%1 %2 (%3); fetch and merge, then push again")
                                           .arg(state.rejectedRef, rejectedMarker(), state.rejectedReason));
    return {};
}

Result<std::optional<Oid>> GitRepository::remoteBranchHead(const QString& remoteName, const QString& branch,
                                                           const TransferOptions& options)
{
    auto remote = lookupRemote(m_repo.get(), remoteName);
    if (!remote)
        return remote.error();
    CallbackState state;
    state.options = &options;
    const git_remote_callbacks callbacks = makeCallbacks(state);
    const QString context = remoteContext(QStringLiteral("list"), remoteName, remote->get());
    if (auto local = checkLocalRemote(remoteName, QString::fromUtf8(git_remote_url(remote->get()))); !local)
        return local.error();
    if (const int code = git_remote_connect(remote->get(), GIT_DIRECTION_FETCH, &callbacks, nullptr, nullptr);
        code < 0)
        return transferError(code, state, context);
    const git_remote_head** heads = nullptr;
    size_t count = 0;
    if (const int code = git_remote_ls(&heads, &count, remote->get()); code < 0)
        return transferError(code, state, context);
    const QByteArray wanted = utf8(QStringLiteral("refs/heads/%1").arg(branch));
    std::optional<Oid> found;
    for (size_t i = 0; i < count; ++i) {
        if (wanted == heads[i]->name)
            found = fromGit(heads[i]->oid);
    }
    git_remote_disconnect(remote->get());
    return found;
}

} // namespace ts::git
