// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/StorageQueries.h"

#include "hazards/Rules.h"
#include "index/PathText.h"

#include <QDateTime>

#include <algorithm>

namespace ts::services {

bool HazardsReport::anyError() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const hazards::Finding& f) { return f.severity == hazards::Severity::Error; });
}

Result<index::IndexStore> openScannedIndex(const Workspace& workspace)
{
    auto store = index::IndexStore::openForReading(workspace.databasePath);
    if (!store)
        return store.error();
    auto last = index::IndexQueries(store->database()).lastScan();
    if (!last)
        return last.error();
    if (!*last)
        return Error::failed(QStringLiteral("%1: nothing indexed yet (run `teamspace-cli scan` first)")
                                 .arg(workspace.databasePath));
    return std::move(*store);
}

Result<FolderUsageReport> usageByFolder(const Workspace& workspace, const FolderUsageOptions& options)
{
    auto store = openScannedIndex(workspace);
    if (!store)
        return store.error();
    const auto [top, relative] = index::entryPathFromDisplay(options.path);
    auto folders = index::IndexQueries(store->database()).usageByFolder(top, relative, options.depth);
    if (!folders)
        return folders.error();
    return FolderUsageReport{std::move(*folders)};
}

Result<MemberUsageReport> usageByMember(index::IndexStore& store, const Manifest& manifest)
{
    auto members = store.usageByMember(manifest);
    if (!members)
        return members.error();
    auto unattributed = index::IndexQueries(store.database()).unattributedBytes();
    if (!unattributed)
        return unattributed.error();
    return MemberUsageReport{std::move(*members), *unattributed};
}

Result<MemberUsageReport> usageByMember(const Workspace& workspace)
{
    auto store = openScannedIndex(workspace);
    if (!store)
        return store.error();
    return usageByMember(*store, workspace.manifest);
}

Result<KindUsageReport> usageByKind(index::IndexStore& store)
{
    auto kinds = index::IndexQueries(store.database()).usageByKind();
    if (!kinds)
        return kinds.error();
    return KindUsageReport{std::move(*kinds)};
}

Result<KindUsageReport> usageByKind(const Workspace& workspace)
{
    auto store = openScannedIndex(workspace);
    if (!store)
        return store.error();
    return usageByKind(*store);
}

Result<LargestReport> largest(index::IndexStore& store, int count)
{
    auto files = index::IndexQueries(store.database()).largest(count);
    if (!files)
        return files.error();
    return LargestReport{std::move(*files)};
}

Result<LargestReport> largest(const Workspace& workspace, int count)
{
    auto store = openScannedIndex(workspace);
    if (!store)
        return store.error();
    return largest(*store, count);
}

Result<GrowthReport> growth(const Workspace& workspace)
{
    auto store = openScannedIndex(workspace);
    if (!store)
        return store.error();
    auto rows = index::IndexQueries(store->database()).growth();
    if (!rows)
        return rows.error();
    GrowthReport report;
    for (index::GrowthRow& g : *rows) {
        if (g.scope == QLatin1String("all"))
            report.total = std::move(g);
        else if (g.scope == QLatin1String("member"))
            report.members << std::move(g);
        else if (g.scope == QLatin1String("kind"))
            report.kinds << std::move(g);
        else if (g.scope == QLatin1String("folder"))
            report.folders << std::move(g);
    }
    return report;
}

Result<index::DuplicateReport> duplicates(const Workspace& workspace, const DuplicateSettings& settings,
                                          const Call& call)
{
    if (auto ok = requireSharedFolder(workspace); !ok) // candidates are read from the shared folder
        return ok.error();
    auto store = openScannedIndex(workspace);
    if (!store)
        return store.error();
    // This call's own reference keeps the token alive while the candidates are hashed.
    const std::shared_ptr<CancelToken> cancel = call.cancel;
    index::DuplicateOptions options;
    options.sharedFolder = workspace.rootDir;
    options.repository = workspace.repoDir;
    options.minimumSize = std::max<qint64>(1, settings.minimumSize);
    options.cancel = cancel.get();
    options.progress = call.progress;
    return index::findDuplicates(store->database(), options);
}

Result<HazardsReport> hazards(index::IndexStore& store, const Workspace& workspace)
{
    if (auto ok = requireSharedFolder(workspace); !ok) // the rules read notebooks in the shared folder
        return ok.error();
    index::IndexQueries queries(store.database());
    hazards::HazardContext context{queries, workspace.manifest, workspace.rootDir, workspace.repoDir,
                                   QDateTime::currentMSecsSinceEpoch() * 1'000'000};
    auto findings = hazards::runAllRules(context);
    if (!findings)
        return findings.error();
    return HazardsReport{std::move(*findings)};
}

Result<HazardsReport> hazards(const Workspace& workspace)
{
    if (auto ok = requireSharedFolder(workspace); !ok)
        return ok.error();
    auto store = openScannedIndex(workspace);
    if (!store)
        return store.error();
    return hazards(*store, workspace);
}

} // namespace ts::services
