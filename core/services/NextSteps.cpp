// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/NextSteps.h"

#include "git/GitRepository.h"
#include "index/IndexQueries.h"
#include "index/IndexStore.h"
#include "permissions/BaselineFile.h"

#include <QFileInfo>

namespace ts::services {

QList<NextStep> nextSteps(const Workspace& ws)
{
    QList<NextStep> steps;
    const qsizetype members = ws.manifest.members.size();
    steps << NextStep{QStringLiteral("members"), QStringLiteral("Add the team's members"),
                      QStringLiteral("members"), members > 1,
                      members > 1 ? QStringLiteral("%1 members").arg(members)
                                  : QStringLiteral("only you so far: add each member with their e-mail")};

    const bool baseline =
        QFileInfo::exists(ws.repoDir + u'/' + QLatin1String(permissions::kBaselineFileName));
    steps << NextStep{QStringLiteral("raw"), QStringLiteral("Protect the raw data and take its baseline"),
                      QStringLiteral("raw"), baseline,
                      baseline ? QStringLiteral("a baseline is recorded in %1")
                                     .arg(QLatin1String(permissions::kBaselineFileName))
                               : QStringLiteral("put the raw files in place, then protect them")};

    bool scanned = false;
    if (QFileInfo::exists(ws.databasePath))
        if (auto store = index::IndexStore::openForReading(ws.databasePath)) {
            index::IndexQueries queries(store->database());
            auto last = queries.lastScan();
            scanned = last && last->has_value();
        }
    steps << NextStep{QStringLiteral("scan"), QStringLiteral("Scan the shared folder"), QStringLiteral("storage"),
                      scanned,
                      scanned ? QStringLiteral("the index holds a scan")
                              : QStringLiteral("see where the space goes and what needs attention")};

    bool synced = false;
    if (auto repo = git::GitRepository::open(ws.repoDir)) {
        auto head = repo->headOid();
        auto tracking = repo->referenceOid(QStringLiteral("refs/remotes/origin/main"));
        synced = head && head->has_value() && tracking && tracking->has_value();
    }
    steps << NextStep{QStringLiteral("sync"), QStringLiteral("Publish the notebooks (first sync)"),
                      QStringLiteral("sync"), synced,
                      synced ? QStringLiteral("the remote origin has the workspace")
                             : QStringLiteral("add a remote and sync, so that members can join")};
    return steps;
}

} // namespace ts::services
