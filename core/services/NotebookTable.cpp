// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/NotebookTable.h"

#include "git/GitCommit.h"
#include "git/GitDiff.h"
#include "git/GitOid.h"
#include "git/GitRepository.h"
#include "git/GitRevWalk.h"
#include "git/GitTree.h"
#include "index/IndexQueries.h"
#include "index/IndexStore.h"
#include "notebooks/NotebookPaths.h"
#include "notebooks/Ownership.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace ts::services {

namespace {
constexpr int kMaxCommitsWalked = 20'000;
} // namespace

QList<NotebookRow> notebookRows(const Workspace& ws)
{
    QMap<QString, bool> paths; // sorted; true: on disk
    for (const QString& p : nb::notebooksOnDisk(ws.repoDir))
        paths.insert(p, true);
    for (const NotebookAssignment& a : ws.manifest.notebooks)
        if (!paths.contains(a.path))
            paths.insert(a.path, false);

    QList<NotebookRow> rows;
    rows.reserve(paths.size());
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        NotebookRow row;
        row.path = it.key();
        row.onDisk = it.value();
        if (const NotebookAssignment* a = ws.manifest.assignment(row.path)) {
            row.assigned = true;
            row.owner = a->owner;
            row.runner = a->runner;
            row.plannedAccelerator = a->accelerator;
            row.expectedOutputBytes = a->expectedOutputBytes;
        } else {
            row.owner = nb::defaultOwner(ws.manifest, row.path);
        }
        if (row.onDisk) {
            const QFileInfo info(ws.repoDir + u'/' + row.path);
            row.bytes = info.size();
            row.modifiedMs = info.lastModified().toMSecsSinceEpoch();
        }
        rows << row;
    }
    return rows;
}

Result<QHash<QString, LastCommit>> lastCommits(const Workspace& ws, const QStringList& paths,
                                               const Call& call)
{
    QHash<QString, LastCommit> found;
    auto discovered = git::GitRepository::discover(ws.repoDir);
    if (!discovered)
        return discovered.error();
    if (!*discovered || paths.isEmpty())
        return found;
    const git::GitRepository& repo = **discovered;
    auto head = repo.headOid();
    if (!head)
        return head.error();
    if (!*head)
        return found; // unborn: nothing committed yet
    // Tree paths are relative to the work tree, which may hold the notebook repository in a subfolder.
    QString prefix = QDir(repo.workdir()).relativeFilePath(ws.repoDir);
    prefix = (prefix == QLatin1String(".") || prefix.isEmpty()) ? QString() : prefix + u'/';
    QHash<QString, QString> wanted; // tree path → repository-relative path
    for (const QString& p : paths)
        wanted.insert(prefix + p, p);

    auto commits = git::GitRevWalk::newestFirst(
        repo, **head, kMaxCommitsWalked, QStringLiteral("%1: cannot walk the history: ").arg(ws.repoDir));
    if (!commits)
        return commits.error();
    qint64 done = 0;
    for (const git::Oid& id : std::as_const(*commits)) {
        if (call.isCancelled() || wanted.isEmpty())
            break;
        auto commit = git::GitCommit::lookup(repo, id);
        if (!commit)
            return commit.error();
        auto tree = commit->tree();
        if (!tree)
            return tree.error();
        git::GitTree parentTree; // the root commit: against the empty tree
        if (commit->parentCount() > 0) {
            auto parent = git::GitCommit::lookup(repo, commit->parentId(0));
            if (!parent)
                return parent.error();
            auto t = parent->tree();
            if (!t)
                return t.error();
            parentTree = std::move(*t);
        }
        auto changed = git::GitDiff::changedPaths(repo, parentTree, *tree);
        if (!changed)
            return changed.error();
        for (const QString& treePath : std::as_const(*changed)) {
            const auto it = wanted.constFind(treePath);
            if (it == wanted.cend())
                continue;
            found.insert(*it, LastCommit{git::oidToString(id), commit->authorName(), commit->authorEmail(),
                                         commit->authorTimeSecs(), commit->summary()});
            wanted.erase(it);
        }
        if (++done % 64 == 0)
            call.report(Progress{done, commits->size(), 0, git::oidToString(id)});
    }
    call.report(Progress{done, commits->size(), 0, QString()});
    return found;
}

namespace {

QString ageText(qint64 seconds)
{
    if (seconds >= 48 * 3600)
        return QStringLiteral("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    if (seconds >= 3600)
        return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return QStringLiteral("%1 min").arg(seconds / 60);
}

void explain(RunnerOutputs& o, const Manifest& manifest, qint64 nowNs)
{
    const qint64 maxAgeNs = manifest.policies.checkpointMaxAgeSeconds * 1'000'000'000;
    if (!o.indexed) {
        o.explanation = QStringLiteral("not scanned yet");
    } else if (o.newestCheckpointNs == 0) {
        o.explanation = o.newestResultNs ? QStringLiteral("results but no checkpoint yet")
                                         : QStringLiteral("no outputs yet");
    } else {
        const QString age = ageText((nowNs - o.newestCheckpointNs) / 1'000'000'000);
        o.atRisk = nowNs - o.newestCheckpointNs > maxAgeNs && o.newestResultNs > o.newestCheckpointNs;
        o.explanation =
            o.atRisk
                ? QStringLiteral("newest checkpoint is %1 old (limit %2) while results changed %3 after it")
                      .arg(age, ageText(manifest.policies.checkpointMaxAgeSeconds),
                           ageText((o.newestResultNs - o.newestCheckpointNs) / 1'000'000'000))
                : QStringLiteral("newest checkpoint is %1 old").arg(age);
    }
}

} // namespace

Result<QHash<QString, RunnerOutputs>> runnerOutputs(const Workspace& ws, qint64 nowNs)
{
    QHash<QString, RunnerOutputs> result;
    for (const Member& m : ws.manifest.members) {
        RunnerOutputs o;
        o.member = m.id;
        o.resultsFolder = nb::memberFolder(ws.manifest, FolderRole::Results, m.id);
        o.checkpointsFolder = nb::memberFolder(ws.manifest, FolderRole::Checkpoints, m.id);
        result.insert(m.id, o);
    }
    bool indexed = false;
    if (QFileInfo::exists(ws.databasePath)) {
        auto store = index::IndexStore::openForReading(ws.databasePath);
        if (!store)
            return store.error();
        auto stored = store->storedScan();
        if (!stored)
            return stored.error();
        indexed = stored->hasScan;
        if (indexed) {
            index::IndexQueries queries(store->database());
            auto results = queries.memberTopFolders(index::Kind::Results);
            if (!results)
                return results.error();
            auto checkpoints = queries.memberTopFolders(index::Kind::Checkpoints);
            if (!checkpoints)
                return checkpoints.error();
            for (const index::FolderRow& r : std::as_const(*results))
                if (auto it = result.find(r.member); it != result.end()) {
                    it->newestResultNs = std::max(it->newestResultNs, r.newestMtimeNs);
                    it->resultBytes += r.bytes;
                }
            for (const index::FolderRow& c : std::as_const(*checkpoints))
                if (auto it = result.find(c.member); it != result.end()) {
                    it->newestCheckpointNs = std::max(it->newestCheckpointNs, c.newestMtimeNs);
                    it->checkpointBytes += c.bytes;
                }
        }
    }
    for (RunnerOutputs& o : result) {
        o.indexed = indexed;
        explain(o, ws.manifest, nowNs);
    }
    return result;
}

} // namespace ts::services
