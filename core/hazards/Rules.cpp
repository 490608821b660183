// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "hazards/Rules.h"

#include "util/AtomicFile.h"

#include <QFile>

#include <algorithm>

namespace ts::hazards {

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString HazardContext::absolutePath(index::Top top, const QByteArray& relativePath) const
{
    const QString base = top == index::Top::Repository ? repository : sharedFolder;
    return relativePath.isEmpty() ? base : base + u'/' + QFile::decodeName(relativePath);
}

Status HazardContext::forEachNotebook(
    const std::function<void(const index::FileRow&, const QByteArray&)>& visit) const
{
    constexpr qint64 kLargestNotebookRead = 256LL * 1024 * 1024;
    auto files = index.files(
        "e.type=0 AND e.size>0 AND e.size<=" + QByteArray::number(kLargestNotebookRead) +
        " AND e.kind IN (3,4,6) AND CAST(e.name AS TEXT) LIKE '%.ipynb' ORDER BY e.top, f.path, e.name");
    if (!files)
        return files.error();
    for (const index::FileRow& f : *files) {
        if (auto bytes = readFileLimited(absolutePath(f.top, f.relativePath), kLargestNotebookRead))
            visit(f, *bytes);
    }
    return {};
}

const QList<Rule>& allRules()
{
    static const QList<Rule> rules = {
        {"split-threshold", checkSplitThreshold},
        {"folder-entry-limit", checkFolderEntryLimit},
        {"root-clutter", checkRootClutter},
        {"zero-byte-file", checkZeroByteFiles},
        {"truncated-notebook", checkTruncatedNotebooks},
        {"notebook-conflict-markers", checkConflictedNotebooks},
        {"stale-checkpoints", checkStaleCheckpoints},
        {"git-in-shared-folder", checkGitInSharedFolder},
        {"database-in-shared-folder", checkDatabaseInSharedFolder},
        {"symlink-in-shared-folder", checkSymlinksInSharedFolder},
        {"trash-folder", checkTrashFolders},
        {"member-over-quota", checkMembersOverQuota},
    };
    return rules;
}

Result<QList<Finding>> runAllRules(const HazardContext& context)
{
    QList<Finding> all;
    for (const Rule& rule : allRules()) {
        auto findings = rule.check(context);
        if (!findings)
            return findings.error().prefixed(QStringLiteral("hazard %1: ").arg(QLatin1String(rule.id)));
        all += *findings;
    }
    std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return a.path < b.path;
    });
    return all;
}

} // namespace ts::hazards
