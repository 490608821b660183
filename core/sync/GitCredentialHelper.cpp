// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/GitCredentialHelper.h"

#include "sync/CredentialStore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

namespace ts::sync {

namespace {

// `git credential ACTION` with `input` on stdin; its stdout, or why it failed (exit status and git's words).
Result<QByteArray> runGitCredential(const QString& action, const QByteArray& input, const QString& remoteUrl)
{
    QProcess git;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    git.setProcessEnvironment(environment);
    git.start(QStringLiteral("git"), {QStringLiteral("credential"), action});
    const QString shown = credentialKeyFor(remoteUrl);
    if (!git.waitForStarted(GitCredentialHelper::kTimeoutMs))
        return Error::failed(QStringLiteral("git credential %1 for %2: cannot run git: %3 (install git, or "
                                            "turn git's helpers off with `teamspace-cli credentials "
                                            "use-git-helper --off %2`)")
                                 .arg(action, shown, git.errorString()));
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(GitCredentialHelper::kTimeoutMs)) {
        git.kill();
        git.waitForFinished(1000);
        return Error::failed(QStringLiteral("git credential %1 for %2: no answer within %3 s (check "
                                            "credential.helper in `git config --show-origin --get-all "
                                            "credential.helper`)")
                                 .arg(action, shown)
                                 .arg(GitCredentialHelper::kTimeoutMs / 1000));
    }
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        const QString said = QString::fromUtf8(git.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        return Error::failed(QStringLiteral("git credential %1 for %2: exit %3%4")
                                 .arg(action, shown)
                                 .arg(git.exitCode())
                                 .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said));
    }
    return git.readAllStandardOutput();
}

bool isSafeValue(const QString& value)
{
    return !value.contains(u'\n') && !value.contains(QChar(0));
}

Status settle(const QString& action, const QString& remoteUrl, const git::RemoteCredential& credential)
{
    if (!isSafeValue(credential.username) || !isSafeValue(credential.secret))
        return Error::badInput(QStringLiteral("git credential %1 for %2: a user name or password with a line "
                                              "break cannot be handed to git")
                                   .arg(action, credentialKeyFor(remoteUrl)));
    auto done = runGitCredential(action, GitCredentialHelper::describe(remoteUrl, credential), remoteUrl);
    if (!done)
        return done.error();
    return {};
}

} // namespace

QByteArray GitCredentialHelper::describe(const QString& remoteUrl, const git::RemoteCredential& credential)
{
    // The URL without its password (a user name in it is a hint git's helpers may use); no path-less key
    // of ours: git decides with credential.useHttpPath whether the path matters.
    const QUrl url(remoteUrl);
    const QString withoutSecret =
        url.isValid() ? url.adjusted(QUrl::RemovePassword).toString() : credentialKeyFor(remoteUrl);
    QByteArray text = "url=" + withoutSecret.toUtf8() + '\n';
    if (!credential.username.isEmpty())
        text += "username=" + credential.username.toUtf8() + '\n';
    if (!credential.secret.isEmpty())
        text += "password=" + credential.secret.toUtf8() + '\n';
    return text + '\n';
}

git::RemoteCredential GitCredentialHelper::parseAnswer(const QByteArray& answer)
{
    git::RemoteCredential credential;
    for (const QByteArray& line : answer.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = line.left(equals);
        const QString value = QString::fromUtf8(line.mid(equals + 1));
        if (key == "username")
            credential.username = value;
        else if (key == "password")
            credential.secret = value;
    }
    return credential;
}

Result<std::optional<git::RemoteCredential>> GitCredentialHelper::fill(const QString& remoteUrl)
{
    auto answer = runGitCredential(QStringLiteral("fill"), describe(remoteUrl, {}), remoteUrl);
    if (!answer) {
        // With prompts off, git says so when no helper had the credential: that is "none", not a failure.
        if (answer.error().message.contains(QLatin1String("terminal prompts disabled")))
            return std::optional<git::RemoteCredential>();
        return answer.error();
    }
    git::RemoteCredential credential = parseAnswer(*answer);
    if (credential.secret.isEmpty())
        return std::optional<git::RemoteCredential>();
    return std::optional<git::RemoteCredential>(std::move(credential));
}

Status GitCredentialHelper::approve(const QString& remoteUrl, const git::RemoteCredential& credential)
{
    return settle(QStringLiteral("approve"), remoteUrl, credential);
}

Status GitCredentialHelper::reject(const QString& remoteUrl, const git::RemoteCredential& credential)
{
    return settle(QStringLiteral("reject"), remoteUrl, credential);
}

} // namespace ts::sync
