// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/NewWorkspace.h"

#include "git/GitConfig.h"
#include "services/CredentialService.h"
#include "services/SyncService.h"
#include "workspace/LayoutTemplate.h"
#include "workspace/WorkspaceEditor.h"

#include <QDir>
#include <QFileInfo>

namespace ts::services {

namespace {

bool isInside(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder + u'/');
}

QString absoluteClean(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

GitIdentity gitConfigIdentity()
{
    const git::ConfiguredIdentity configured = git::defaultConfiguredIdentity();
    return GitIdentity{configured.name, configured.email};
}

QString suggestMemberId(const QString& name, const QString& email)
{
    auto clean = [](const QString& text) {
        QString id;
        for (const QChar c : text.toLower())
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                id += c;
            else if (!id.isEmpty())
                break;
        return id;
    };
    const QString fromName = clean(name.trimmed().section(u' ', 0, 0));
    if (!fromName.isEmpty() && fromName.front().isLetter())
        return fromName;
    const QString fromEmail = clean(email.section(u'@', 0, 0));
    return !fromEmail.isEmpty() && fromEmail.front().isLetter() ? fromEmail : QString();
}

Status checkNewWorkspace(const NewWorkspaceRequest& request)
{
    const WorkspaceInitOptions& init = request.init;
    if (init.name.trimmed().isEmpty())
        return Error::usage(QStringLiteral("give the team a name"));
    if (auto layout = LayoutTemplate::folders(init.templateName); !layout)
        return layout.error();
    Member lead = init.lead;
    lead.role = MemberRole::Lead;
    if (auto ok = WorkspaceEditor::validateMember(lead); !ok)
        return ok.error();
    if (init.repoDir.trimmed().isEmpty())
        return Error::usage(QStringLiteral("choose the folder for the notebook repository"));
    const QString repo = absoluteClean(init.repoDir);
    const QFileInfo repoInfo(repo);
    if (repoInfo.exists() && !repoInfo.isDir())
        return Error::usage(QStringLiteral("%1 is a file, not a folder: choose a folder").arg(repo));
    if (QFileInfo::exists(repo + u'/' + QLatin1String(kManifestFileName)))
        return Error::usage(
            QStringLiteral("%1 is already a Teamspace workspace: open it, or choose another folder")
                .arg(repo));
    if (!repoInfo.exists() && !QFileInfo(repoInfo.absolutePath()).isDir())
        return Error::usage(
            QStringLiteral("%1: its parent folder does not exist (create it first)").arg(repo));
    if (!init.rootDir.isEmpty()) {
        const QFileInfo rootInfo(init.rootDir);
        if (!rootInfo.isDir())
            return Error::usage(
                QStringLiteral("%1: the shared folder is not there (mount or create it)").arg(init.rootDir));
        const QString root = rootInfo.canonicalFilePath();
        if (root != repo && (isInside(repo, root) || isInside(root, repo)))
            return Error::usage(QStringLiteral("the repository %1 and the shared folder %2 are inside one "
                                               "another: keep them apart, or use one folder for both")
                                    .arg(repo, root));
    }
    if (!request.remoteUrl.isEmpty() && !isRemoteUrl(request.remoteUrl))
        return Error::usage(QStringLiteral("%1: not a git remote URL (use https://…, ssh://…, host:path or a "
                                           "folder path)")
                                .arg(request.remoteUrl));
    return {};
}

Result<NewWorkspaceReport> createWorkspace(const NewWorkspaceRequest& request, const Call& call)
{
    if (auto ok = checkNewWorkspace(request); !ok)
        return ok.error();
    if (call.isCancelled())
        return Error::cancelled(QStringLiteral("cancelled before anything was created"));
    auto init = initWorkspace(request.init);
    if (!init)
        return init.error();
    NewWorkspaceReport report;
    report.workspace = init->workspace;
    const Workspace& ws = report.workspace;
    report.created << QStringLiteral("teamspace.json in %1").arg(ws.repoDir);
    if (init->createdRepository)
        report.created << QStringLiteral("a git repository in %1").arg(ws.repoDir);
    for (const ExpectedFolder& folder : init->layout.created)
        report.created << QStringLiteral("%1 in the %2").arg(folder.path, locationName(folder.location));
    if (request.remoteUrl.isEmpty())
        return report;

    auto fail = [&](const QString& step, const QString& why) {
        report.pushProblem =
            QStringLiteral("the workspace is created, but %1: %2 (fix it, then sync from the "
                           "Sync panel)")
                .arg(step, why);
        return report;
    };
    auto repo = git::GitRepository::open(ws.repoDir);
    if (!repo)
        return fail(QStringLiteral("its repository could not be opened"), repo.error().message);
    if (!repo->remoteNames().contains(QStringLiteral("origin"))) {
        if (auto ok = repo->addRemote(QStringLiteral("origin"), request.remoteUrl); !ok)
            return fail(QStringLiteral("the remote was not added"), ok.error().message);
        report.created << QStringLiteral("the remote origin → %1").arg(request.remoteUrl);
    }
    if (request.credential) {
        auto stored = storeCredential(request.remoteUrl, *request.credential);
        if (!stored)
            return fail(QStringLiteral("the credential was not stored in the keychain"),
                        stored.error().message);
        report.created << QStringLiteral("a credential for %1 in the keychain").arg(stored->key);
    }
    auto synced = sync(
        ws, SyncOptions{QStringLiteral("origin"), QStringLiteral("Create the workspace"), false, {}}, call);
    if (!synced)
        return fail(QStringLiteral("the first push did not happen"), synced.error().message);
    report.pushed = synced->report.pushed;
    report.remoteHead = synced->report.remoteHead;
    if (!report.pushed)
        return fail(QStringLiteral("the first sync pushed nothing"),
                    synced->warnings.join(QStringLiteral("; ")));
    return report;
}

} // namespace ts::services
