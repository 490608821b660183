// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/RawProtection.h"

#include "activity/ActivityLog.h"
#include "util/Counted.h"

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
        const qint64 unchanged = out.guard.unchanged;
        const QString changed = counted(out.guard.changed.size(), "entry", "entries");
        const QString detail =
            protect ? QStringLiteral("made %1 read-only (%2 already %3)")
                          .arg(changed)
                          .arg(unchanged)
                          .arg(QLatin1String(unchanged == 1 ? "was" : "were"))
                    : QStringLiteral("gave the owner write on %1 (%2 already had it)").arg(changed).arg(unchanged);
        if (auto logged = ActivityLog::record(
                workspace, protect ? QStringLiteral("raw.protect") : QStringLiteral("raw.unprotect"),
                rawFolderList(workspace), detail);
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
