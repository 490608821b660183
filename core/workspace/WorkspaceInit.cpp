// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/WorkspaceInit.h"

#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "git/GitRepository.h"
#include "util/AtomicFile.h"
#include "util/SafePath.h"
#include "workspace/LayoutTemplate.h"
#include "workspace/LocalSettings.h"
#include "workspace/WorkspaceEditor.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace ts {

namespace {

// The canonical form of a path that may not exist yet: its deepest existing ancestor resolved, the rest
// appended.
QString canonicalOrPlanned(const QString& path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo::exists(existing)) {
        missing.prepend(QFileInfo(existing).fileName());
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    QString result = QFileInfo(existing).canonicalFilePath();
    for (const QString& part : missing)
        result += u'/' + part;
    return result;
}

Status checkPlacement(const QString& repo, const QString& root, const QList<LayoutFolder>& layout)
{
    if (repo == root)
        return {};
    for (const LayoutFolder& folder : layout) {
        if (folder.location != FolderLocation::Root)
            continue;
        const QString dataFolder = root + u'/' + folder.path;
        if (isPathInside(dataFolder, repo))
            return Error::usage(
                QStringLiteral("%1: the repository would be inside %2, which the layout keeps in the shared "
                               "folder as %3 data; put the repository outside it")
                    .arg(repo, folder.path, toString(folder.role)));
    }
    if (isPathInside(repo, root))
        return Error::usage(
            QStringLiteral("%1: the shared folder would be inside the repository %2, putting data into git; "
                           "use the repository itself (omit --root) or a folder outside it")
                .arg(root, repo));
    return {};
}

Result<QStringList> updateGitignore(const QString& repo, const QStringList& wanted)
{
    const QString path = repo + QStringLiteral("/.gitignore");
    QByteArray content;
    if (QFileInfo::exists(path)) {
        auto existing = readFileLimited(path, 1024 * 1024);
        if (!existing)
            return existing.error();
        content = *existing;
    }
    QStringList present;
    for (const QByteArray& line : content.split('\n'))
        present << QString::fromUtf8(line).trimmed();
    QStringList added;
    for (const QString& line : wanted)
        if (!present.contains(line))
            added << line;
    if (added.isEmpty())
        return added;
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content +=
        "# Teamspace: notebook checkpoints, and data that lives in the shared folder, stay out of git\n";
    for (const QString& line : added)
        content += line.toUtf8() + '\n';
    if (auto ok = writeFileBeneath(repo, QStringLiteral(".gitignore"), content); !ok)
        return ok.error();
    return added;
}

} // namespace

QString newWorkspaceId()
{
    return QStringLiteral("ws-") + QUuid::createUuid().toString(QUuid::Id128);
}

QStringList gitignoreLinesFor(const Manifest& manifest, bool sameFolder)
{
    QStringList lines = {QStringLiteral(".ipynb_checkpoints/")};
    if (sameFolder)
        for (const LayoutFolder& folder : manifest.layout)
            if (folder.location == FolderLocation::Root)
                lines << u'/' + folder.path + u'/';
    return lines;
}

Result<WorkspaceInitReport> initWorkspace(const WorkspaceInitOptions& options)
{
    auto layout = LayoutTemplate::folders(options.templateName);
    if (!layout)
        return layout.error();
    Member lead = options.lead;
    lead.role = MemberRole::Lead;
    if (auto ok = WorkspaceEditor::validateMember(lead); !ok)
        return ok.error();

    const QString repo =
        canonicalOrPlanned(options.repoDir.isEmpty() ? QDir::currentPath() : options.repoDir);
    if (QFileInfo::exists(repo + u'/' + QLatin1String(kManifestFileName)))
        return Error::usage(
            QStringLiteral("%1: already a Teamspace workspace (teamspace.json exists); open it instead")
                .arg(repo));
    if (QFileInfo::exists(repo) && !QFileInfo(repo).isDir())
        return Error::usage(QStringLiteral("%1: is a file, not a folder").arg(repo));
    QString root = repo;
    if (!options.rootDir.isEmpty()) {
        if (!QFileInfo(options.rootDir).isDir())
            return Error::usage(
                QStringLiteral("%1: the shared folder is not there (mount it or create it, then pass --root)")
                    .arg(options.rootDir));
        root = QFileInfo(options.rootDir).canonicalFilePath();
    }
    if (auto ok = checkPlacement(repo, root, *layout); !ok)
        return ok.error();

    Manifest manifest;
    manifest.id = options.workspaceId.isEmpty() ? newWorkspaceId() : options.workspaceId;
    manifest.name = options.name;
    manifest.templateName = options.templateName;
    manifest.members = {lead};
    manifest.layout = *layout;
    if (auto ok = validateManifest(manifest); !ok)
        return ok.error();

    // Checks are done: from here on, each step says what was already done when it fails.
    if (!QDir().mkpath(repo))
        return Error::failed(QStringLiteral("%1: cannot create the folder (check permissions)").arg(repo));
    WorkspaceInitReport report;
    if (!git::GitRepository::open(repo)) {
        auto created = git::GitRepository::init(repo);
        if (!created)
            return created.error();
        report.createdRepository = true;
    }
    auto added = updateGitignore(repo, gitignoreLinesFor(manifest, repo == root));
    if (!added)
        return added.error().prefixed(
            report.createdRepository ? QStringLiteral("created the git repository; ") : QString());
    report.gitignoreAdded = *added;
    if (auto ok = saveManifest(manifest, repo); !ok)
        return ok.error();

    Workspace& ws = report.workspace;
    ws.repoDir = repo;
    ws.rootDir = root;
    ws.me = lead.id;
    ws.manifest = manifest;
    ws.localStateKey = LocalSettings::stateKey(manifest.id, repo);
    ws.databasePath = db::localDatabasePath(ws.localStateKey, options.indexPath);
    LocalSettings::setMemberId(ws.localStateKey, lead.id);
    LocalSettings::setRootPath(ws.localStateKey, root);
    LocalSettings::addRecentWorkspace(repo);

    auto applied = LayoutPlanner(ws).apply();
    if (!applied)
        return applied.error().prefixed(QStringLiteral("wrote teamspace.json; "));
    report.layout = *applied;

    auto database = db::openLocalDatabase(ws.databasePath);
    if (!database)
        return database.error().prefixed(
            QStringLiteral("the workspace is created, but its activity log is not: "));
    const QString actor = lead.id;
    QList<ActivityEntry> entries = {{actor,
                                     QStringLiteral("workspace.init"),
                                     QString::fromLatin1(kManifestFileName),
                                     QStringLiteral("created workspace \"%1\" (%2 template), lead %3")
                                         .arg(manifest.name, manifest.templateName, lead.id),
                                     {},
                                     0}};
    for (const ExpectedFolder& folder : report.layout.created)
        entries.append({actor,
                        QStringLiteral("layout.create"),
                        folder.path,
                        QStringLiteral("created in the %1").arg(locationName(folder.location)),
                        {},
                        0});
    if (auto ok = ActivityLog::recordAll(*database, entries); !ok)
        return ok.error().prefixed(QStringLiteral("the workspace is created, but: "));
    return report;
}

} // namespace ts
