// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/JoinWorkspace.h"

#include "db/LocalDatabase.h"
#include "git/GitRepository.h"
#include "sync/CredentialChoice.h"
#include "util/AtomicFile.h"
#include "util/RedactUrl.h"
#include "workspace/LocalSettings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace ts::services {

namespace {

const QString kStagingTag = QStringLiteral(".teamspace-join-");
const QString kOwnerFile = QStringLiteral("owner.pid");

// Staging folders of earlier joins of the same target whose process is gone (kill -9, a crash, power loss).
void removeAbandonedStaging(const QDir& parent, const QString& name)
{
    const QStringList entries = parent.entryList({u'.' + name + kStagingTag + u'*'},
                                                 QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        QDir staging(parent.filePath(entry));
        QFile owner(staging.filePath(kOwnerFile));
        if (!owner.open(QIODevice::ReadOnly))
            continue; // not one of ours, or being created right now
        bool ok = false;
        const qint64 pid = owner.readAll().trimmed().toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH)
            staging.removeRecursively();
    }
}

// The credential as sync::chooseCredential picks it; without one (a keychain out of reach) the clone still
// runs: a public remote needs none.
git::TransferOptions transferFor(const QString& url, const Call& call, QStringList& notes,
                                 sync::CredentialChoice& choice)
{
    git::TransferOptions transfer;
    transfer.cancel = call.cancel.get();
    transfer.progress = [call](const Progress& progress) {
        Progress step = progress;
        step.current = QStringLiteral("clone");
        call.report(step);
    };
    auto chosen = sync::chooseCredential(url, notes);
    if (!chosen)
        notes << chosen.error().message + QStringLiteral("; cloning without a stored credential");
    else
        choice = *chosen;
    transfer.credential = choice.credential;
    return transfer;
}

bool isUnderOrHolds(const QString& a, const QString& b)
{
    const auto under = [](const QString& inner, const QString& outer) {
        return inner == outer || inner.startsWith(outer.endsWith(u'/') ? outer : outer + u'/');
    };
    return under(a, b) || under(b, a);
}

QString roleWord(MemberRole role)
{
    return role == MemberRole::Lead ? QStringLiteral("lead") : QStringLiteral("member");
}

} // namespace

QString defaultJoinFolderName(const QString& url)
{
    QString text = url.trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.endsWith(QLatin1String("/.git")))
        text.chop(5);
    if (text.endsWith(QLatin1String(".git")))
        text.chop(4);
    const qsizetype cut = std::max(text.lastIndexOf(u'/'), text.lastIndexOf(u':'));
    text = text.mid(cut + 1);
    if (text == QLatin1String(".") || text == QLatin1String(".."))
        return {};
    return text;
}

QString describeMembers(const Manifest& manifest)
{
    QStringList parts;
    for (const Member& member : manifest.members)
        parts << QStringLiteral("%1 (%2, %3)").arg(member.id, member.name, roleWord(member.role));
    return parts.join(QStringLiteral(", "));
}

Result<StagedJoin> stageJoin(const QString& url, const QString& targetDir, const Call& call,
                             const JoinTestHook& testHook)
{
    if (url.trimmed().isEmpty())
        return Error::usage(QStringLiteral("join: no repository URL given"));
    if (targetDir.trimmed().isEmpty())
        return Error::usage(QStringLiteral("join: no folder given for the repository"));
    StagedJoin staged;
    staged.url = url.trimmed();
    staged.targetDir = QDir::cleanPath(QFileInfo(targetDir).absoluteFilePath());
    const QFileInfo target(staged.targetDir);
    if (target.exists() && !target.isDir())
        return Error::usage(QStringLiteral("%1 is a file: choose a new or empty folder for the repository")
                                .arg(staged.targetDir));
    if (target.isDir()) {
        if (!QDir(staged.targetDir)
                 .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            return Error::usage(QStringLiteral("%1 already exists and is not empty: choose a new or empty "
                                               "folder for the repository")
                                    .arg(staged.targetDir));
        staged.targetExisted = true;
    }
    const QDir parent = target.dir();
    if (!parent.exists())
        return Error::usage(QStringLiteral("%1: the folder it would be created in does not exist (create %2 "
                                           "first, or choose another folder)")
                                .arg(staged.targetDir, parent.path()));
    if (call.isCancelled())
        return Error::cancelled(QStringLiteral("join cancelled before it started"));
    removeAbandonedStaging(parent, target.fileName());

    QTemporaryDir staging(parent.filePath(u'.' + target.fileName() + kStagingTag + QStringLiteral("XXXXXX")));
    if (!staging.isValid())
        return Error::failed(QStringLiteral("%1: cannot create a folder to clone into: %2")
                                 .arg(parent.path(), staging.errorString()));
    staging.setAutoRemove(false);
    staged.stagingDir = staging.path();
    staged.cloneDir = staging.path() + QStringLiteral("/repo");
    const auto fail = [&staged](const Error& error) {
        discardJoin(staged);
        return error;
    };
    {
        QFile owner(QDir(staged.stagingDir).filePath(kOwnerFile));
        if (!owner.open(QIODevice::WriteOnly) ||
            owner.write(QByteArray::number(QCoreApplication::applicationPid())) < 0)
            return fail(Error::failed(
                QStringLiteral("%1: cannot write: %2").arg(owner.fileName(), owner.errorString())));
    }

    sync::CredentialChoice credential;
    const git::TransferOptions transfer = transferFor(staged.url, call, staged.notes, credential);
    {
        auto repo = git::GitRepository::clone(staged.url, staged.cloneDir, transfer);
        sync::settleCredential(credential, repo ? Status() : Status(repo.error()), staged.notes);
        if (!repo) { // messages name the folder the user chose, not the staging folder
            Error error = repo.error();
            error.message.replace(staged.cloneDir, staged.targetDir);
            return fail(error);
        }
    }
    if (testHook)
        testHook("after-clone");

    const QString manifestFile = staged.cloneDir + u'/' + QLatin1String(kManifestFileName);
    const QString shownUrl = redactUrlUserinfo(staged.url);
    if (!QFileInfo(manifestFile).isFile())
        return fail(Error::badInput(
            QStringLiteral("%1: the repository has no %2 at the top of its default branch, so it is not a "
                           "Teamspace workspace (ask the team's lead for the workspace's URL); nothing was "
                           "kept")
                .arg(shownUrl, QLatin1String(kManifestFileName))));
    if (QFileInfo(manifestFile).isSymLink()) // it would read a file of this machine chosen by the pusher
        return fail(Error::badInput(QStringLiteral("%1: refused: %2 is a symbolic link, not a file (ask the "
                                                   "team's lead to fix it); nothing was kept")
                                        .arg(shownUrl, QLatin1String(kManifestFileName))));
    auto bytes = readFileLimited(manifestFile, kManifestMaxBytes);
    if (!bytes)
        return fail(bytes.error().prefixed(shownUrl + QStringLiteral(": ")));
    auto manifest = parseManifest(*bytes, QString::fromLatin1(kManifestFileName));
    if (!manifest)
        return fail(Error::badInput(shownUrl + QStringLiteral(": refused: ") + manifest.error().message +
                                    QStringLiteral(" (ask the team's lead to fix it); nothing was kept")));
    staged.manifest = std::move(*manifest);
    return staged;
}

void discardJoin(const StagedJoin& staged)
{
    if (!staged.stagingDir.isEmpty() && QFileInfo(staged.stagingDir).isDir())
        QDir(staged.stagingDir).removeRecursively();
}

SharedFolderVerdict checkJoinSharedFolder(const StagedJoin& staged, const QString& folder)
{
    SharedFolderVerdict verdict = checkSharedFolder(staged.manifest, staged.cloneDir, folder);
    if (verdict.exists && !verdict.isRepository) {
        const QString target = QFileInfo(staged.targetDir).isDir()
                                   ? QFileInfo(staged.targetDir).canonicalFilePath()
                                   : QFileInfo(QFileInfo(staged.targetDir).path()).canonicalFilePath() +
                                         u'/' + QFileInfo(staged.targetDir).fileName();
        if (isUnderOrHolds(verdict.folder, target) || isUnderOrHolds(verdict.folder, staged.stagingDir)) {
            verdict.isRepository = true;
            verdict.problem =
                QStringLiteral("%1 is where the notebook repository goes (or holds it): the shared folder is "
                               "a separate folder, such as a mounted drive or share")
                    .arg(verdict.folder);
        }
    }
    return verdict;
}

Result<JoinReport> finishJoin(const StagedJoin& staged, const JoinChoice& choice)
{
    if (choice.memberId.isEmpty())
        return Error::usage(QStringLiteral("join: say who you are: the members of \"%1\" are %2")
                                .arg(staged.manifest.name, describeMembers(staged.manifest)));
    const Member* member = staged.manifest.member(choice.memberId);
    if (!member)
        return Error::usage(
            QStringLiteral("join: \"%1\" is not a member of \"%2\"; its members are %3")
                .arg(choice.memberId, staged.manifest.name, describeMembers(staged.manifest)));
    JoinReport report;
    report.memberId = member->id;
    report.manifest = staged.manifest;
    report.notes = staged.notes;
    if (!choice.rootDir.isEmpty()) {
        SharedFolderVerdict verdict = checkJoinSharedFolder(staged, choice.rootDir);
        if (!verdict.exists || !verdict.readable || verdict.isRepository)
            return Error::badInput(QStringLiteral("shared folder: ") + verdict.problem);
        if (!verdict.looksLikeTeams() && !choice.acceptUnusualRoot)
            return Error::badInput(QStringLiteral("shared folder: ") + verdict.problem +
                                   QStringLiteral(" (choose it anyway only if you are sure it is the "
                                                  "team's shared folder)"));
        report.rootDir = verdict.folder;
        report.verdict = std::move(verdict);
    }

    // Into place: an empty target folder the user made is replaced by the clone (rename cannot overwrite a
    // folder), and put back if the move fails.
    const QByteArray from = QFile::encodeName(staged.cloneDir);
    const QByteArray to = QFile::encodeName(staged.targetDir);
    if (staged.targetExisted && !QDir().rmdir(staged.targetDir))
        return Error::failed(QStringLiteral("%1: cannot replace this empty folder with the repository (is it "
                                            "still empty, and may you write to its parent?)")
                                 .arg(staged.targetDir));
    if (::rename(from.constData(), to.constData()) != 0) {
        const int saved = errno;
        if (staged.targetExisted)
            QDir().mkdir(staged.targetDir);
        return Error::fromErrno(staged.targetDir, QStringLiteral("cannot move the clone into place"), saved);
    }
    discardJoin(staged);

    report.repoDir = QFileInfo(staged.targetDir).canonicalFilePath();
    report.stateKey = LocalSettings::stateKey(staged.manifest.id, report.repoDir);
    LocalSettings::setMemberId(report.stateKey, report.memberId);
    if (!report.rootDir.isEmpty())
        LocalSettings::setRootPath(report.stateKey, report.rootDir);
    LocalSettings::addRecentWorkspace(report.repoDir);

    Workspace ws;
    ws.repoDir = report.repoDir;
    ws.rootDir = report.rootDir.isEmpty() ? report.repoDir : report.rootDir;
    ws.me = report.memberId;
    ws.localStateKey = report.stateKey;
    ws.manifest = staged.manifest;
    ws.databasePath = db::localDatabasePath(report.stateKey, choice.indexPath);
    const QString detail =
        QStringLiteral("joined from %1 as %2; shared folder: %3")
            .arg(redactUrlUserinfo(staged.url), report.memberId,
                 report.rootDir.isEmpty() ? QStringLiteral("not set yet") : report.rootDir);
    if (const Status logged = ActivityLog::record(ws, QStringLiteral("workspace.join"), QString(), detail);
        !logged)
        report.warnings << QStringLiteral("activity log not written: ") + logged.error().message;
    return report;
}

Result<JoinReport> joinWorkspace(const QString& url, const QString& targetDir, const JoinChoice& choice,
                                 const Call& call, const JoinTestHook& testHook)
{
    auto staged = stageJoin(url, targetDir, call, testHook);
    if (!staged)
        return staged.error();
    auto report = finishJoin(*staged, choice);
    discardJoin(*staged);
    return report;
}

} // namespace ts::services
