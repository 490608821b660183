// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/ReviewService.h"

#include "notebooks/NotebookStripper.h"
#include "util/AtomicFile.h"

namespace ts::services {

Result<CodeOwnersReport> codeOwners(const Workspace& ws, bool write)
{
    const sync::CodeOwners owners = sync::generateCodeOwners(ws.manifest);
    CodeOwnersReport report;
    report.path = QString::fromLatin1(sync::kCodeOwnersFileName);
    report.text = owners.text;
    report.warnings = owners.warnings;
    if (write) {
        if (Status written = writeFileBeneath(ws.repoDir, report.path, owners.text); !written)
            return written.error();
        report.written = true;
    }
    return report;
}

Result<sync::PushCheckResult> checkPush(const QString& repoPath, const QString& oldRev, const QString& newRev)
{
    return sync::checkPushedRange(repoPath, oldRev, newRev,
                                  [](QByteArray bytes, const StripPolicy& policy, const QString& source) {
                                      return nb::stripNotebookBytes(std::move(bytes), policy, source);
                                  });
}

} // namespace ts::services
