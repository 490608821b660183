// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/WorkspaceOpen.h"

#include "index/IndexStore.h"
#include "index/SharedFolderCheck.h"
#include "permissions/BaselineFile.h"

#include <QFileInfo>

namespace ts::services {

namespace {

// How many files raw-baseline.json lists in the shared folder's raw folders (0 without a valid baseline: the
// check is a guard, an unreadable baseline is reported by `raw verify`).
qint64 baselineFilesInSharedFolder(const Workspace& ws)
{
    if (!QFileInfo::exists(ws.repoDir + u'/' + QLatin1String(permissions::kBaselineFileName)))
        return 0;
    auto baseline = permissions::loadBaselineFile(ws.repoDir);
    if (!baseline)
        return 0;
    qint64 count = 0;
    for (const permissions::BaselineEntry& entry : baseline->entries)
        for (const LayoutFolder& folder : ws.manifest.layout)
            if (folder.location == FolderLocation::Root && entry.path.startsWith(folder.path + u'/')) {
                ++count;
                break;
            }
    return count;
}

} // namespace

Status checkSharedFolderMounted(const Workspace& ws)
{
    if (ws.sameFolder() || !ws.hasSharedFolder())
        return {};
    index::SharedFolderSeen seen;
    if (QFileInfo::exists(ws.databasePath)) {
        auto store = index::IndexStore::openForReading(ws.databasePath);
        if (store) {
            auto last = index::SharedFolderCheck::lastSeen(store->database());
            if (!last)
                return last.error();
            seen = *last;
        }
    }
    return index::SharedFolderCheck::check(ws.rootDir, seen, baselineFilesInSharedFolder(ws));
}

Result<OpenedWorkspace> openWorkspace(const WorkspaceOpenOptions& options, bool checkSharedFolder)
{
    auto ws = ts::openWorkspace(options);
    if (!ws)
        return ws.error();
    OpenedWorkspace opened{std::move(*ws), false, true, {}};
    if (!checkSharedFolder || opened.workspace.sameFolder() || !opened.workspace.hasSharedFolder())
        return opened;
    const Status mounted = checkSharedFolderMounted(opened.workspace);
    if (!mounted) {
        opened.sharedFolderProblem = mounted.error().message;
        // Only the check's own verdict says "unmounted"; an unreadable index leaves the question open.
        opened.sharedFolderChecked = mounted.error().kind == ErrorKind::BadInput;
        opened.sharedFolderLooksMounted = !opened.sharedFolderChecked;
    } else {
        opened.sharedFolderChecked = true;
    }
    return opened;
}

} // namespace ts::services
