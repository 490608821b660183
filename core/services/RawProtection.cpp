// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/RawProtection.h"

#include "activity/ActivityLog.h"

namespace ts::services {

namespace {

Result<RawGuardReport> guard(const Workspace& workspace, bool protect, const Call& call)
{
    const std::shared_ptr<CancelToken> cancel = call.cancel; // held while the walk runs
    auto report = protect ? permissions::RawGuard::protect(workspace, cancel.get(), call.progress)
                          : permissions::RawGuard::unprotect(workspace, cancel.get(), call.progress);
    if (!report)
        return report.error();
    RawGuardReport out{std::move(*report), {}};
    if (!out.guard.changed.isEmpty()) {
        const QString detail = protect
                                   ? QStringLiteral("made %1 entries read-only (%2 already were)")
                                   : QStringLiteral("gave the owner write on %1 entries (%2 already had it)");
        if (auto logged = ActivityLog::record(
                workspace, protect ? QStringLiteral("raw.protect") : QStringLiteral("raw.unprotect"),
                rawFolderList(workspace), detail.arg(out.guard.changed.size()).arg(out.guard.unchanged));
            !logged)
            out.logWarning = logged.error().message;
    }
    return out;
}

} // namespace

bool RawAccessReport::anyWritable() const
{
    for (const permissions::FolderWriteAccess& f : folders)
        if (f.exists && !f.isReadOnly())
            return true;
    return false;
}

Result<RawGuardReport> protectRaw(const Workspace& workspace, const Call& call)
{
    return guard(workspace, true, call);
}

Result<RawGuardReport> unprotectRaw(const Workspace& workspace, const Call& call)
{
    return guard(workspace, false, call);
}

Result<RawAccessReport> rawWriteAccess(const Workspace& workspace, const Call& call)
{
    const std::shared_ptr<CancelToken> cancel = call.cancel;
    auto folders = permissions::WriteAccessReport::build(workspace, cancel.get());
    if (!folders)
        return folders.error();
    return RawAccessReport{std::move(*folders)};
}

RawState rawStateOf(const permissions::FolderWriteAccess& folder)
{
    if (!folder.exists)
        return RawState::Missing;
    if (!folder.modeBitsAuthoritative)
        return RawState::UnknownOnThisMount;
    return folder.isReadOnly() ? RawState::ReadOnly : RawState::Writable;
}

QString rawFolderList(const Workspace& workspace)
{
    QStringList folders;
    for (const LayoutFolder& f : workspace.manifest.foldersWithRole(FolderRole::Raw))
        folders << f.path;
    return folders.join(QStringLiteral(", "));
}

} // namespace ts::services
