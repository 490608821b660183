// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/RawIntegrity.h"

#include "services/RawProtection.h"

#include "activity/ActivityLog.h"
#include "db/LocalDatabase.h"
#include "permissions/BaselineFile.h"
#include "permissions/BaselineStore.h"
#include "util/ByteSize.h"
#include "util/Counted.h"

#include "permissions/RawFolders.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace ts::services {

using namespace ts::permissions;

namespace {

// Writes the shared file and the local copy of a complete baseline; a failure after the file was written
// says so.
Status publish(const Workspace& workspace, const Baseline& baseline)
{
    if (auto saved = saveBaselineFile(baseline, workspace.repoDir); !saved)
        return saved.error();
    const QString wrote =
        QStringLiteral("raw baseline: wrote %1, but ").arg(QLatin1String(kBaselineFileName));
    auto db = db::openLocalDatabase(workspace.databasePath);
    if (!db)
        return db.error().prefixed(wrote);
    if (auto stored = BaselineStore(*db).replace(baseline); !stored)
        return stored.error().prefixed(wrote);
    return {};
}

Result<Baseline> loadBaseline(const Workspace& workspace, bool local)
{
    if (!local)
        return loadBaselineFile(workspace.repoDir);
    // Only read: a read-only local folder (or mount) must not stop a verify.
    auto db = db::folderWritable(workspace.databasePath) ? db::openLocalDatabase(workspace.databasePath)
                                                         : db::openDatabaseForReading(workspace.databasePath);
    if (!db)
        return db.error();
    auto stored = BaselineStore(*db).load();
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::failed(
            QStringLiteral("%1: no baseline recorded on this machine (run `teamspace-cli raw baseline`)")
                .arg(workspace.databasePath));
    return std::move(**stored);
}

// The changes with their sizes: the baseline's size, and the file's size now (under its raw folder's top).
QList<RawChange> changesWithSizes(const Workspace& workspace, const Baseline& baseline,
                                  const VerifyReport& result)
{
    QHash<QString, qint64> sizes;
    sizes.reserve(result.modified.size() + result.removed.size());
    for (const BaselineEntry& e : baseline.entries)
        sizes.insert(e.path, e.size);
    const auto folders = rawFoldersOf(workspace);
    auto sizeNow = [&](const QString& path) -> qint64 {
        if (!folders)
            return -1;
        for (const RawFolder& f : *folders)
            if (path.startsWith(f.relativePath + u'/')) {
                const QFileInfo info(f.topDir + u'/' + path);
                return info.exists() && !info.isSymLink() ? info.size() : -1;
            }
        return -1;
    };
    QList<RawChange> changes;
    changes.reserve(result.modified.size() + result.added.size() + result.removed.size());
    for (const QString& p : result.modified)
        changes << RawChange{RawChange::Kind::Modified, p, sizes.value(p, -1), sizeNow(p)};
    for (const QString& p : result.added)
        changes << RawChange{RawChange::Kind::Added, p, -1, sizeNow(p)};
    for (const QString& p : result.removed)
        changes << RawChange{RawChange::Kind::Removed, p, sizes.value(p, -1), -1};
    return changes;
}

} // namespace

QString leadNames(const Workspace& workspace)
{
    QStringList leads;
    for (const Member& m : workspace.manifest.members)
        if (m.role == MemberRole::Lead)
            leads << m.id;
    return leads.isEmpty() ? QStringLiteral("the team lead") : leads.join(QStringLiteral(" or "));
}

Result<RawBaselineReport> acceptRawBaseline(const Workspace& workspace, const RawBaselineOptions& options,
                                            const Call& call)
{
    if (!workspace.manifest.isLead(workspace.me)) {
        const QString who = workspace.me.isEmpty() ? QStringLiteral("an unknown member")
                                                   : QStringLiteral("member \"%1\"").arg(workspace.me);
        return Error::failed(QStringLiteral("raw baseline: refused for %1: only a lead records the baseline "
                                            "the team verifies against (ask %2)")
                                 .arg(who, leadNames(workspace)));
    }
    return recordRawBaseline(workspace, options, call);
}

Result<std::optional<RawBaselineSummary>> rawBaselineSummary(const Workspace& workspace)
{
    const QString file = workspace.repoDir + u'/' + QLatin1String(kBaselineFileName);
    const QFileInfo info(file);
    if (!info.exists())
        return std::optional<RawBaselineSummary>();
    auto baseline = loadBaselineFile(workspace.repoDir);
    if (!baseline)
        return baseline.error();
    RawBaselineSummary summary;
    summary.algorithm = baseline->algorithm;
    summary.files = baseline->entries.size();
    for (const BaselineEntry& e : baseline->entries)
        summary.bytes += e.size;
    summary.file = file;
    summary.recordedAt = info.lastModified().toUTC();
    // The local copy says when it was recorded, if it is this very baseline (read only: never migrate here).
    if (QFileInfo::exists(workspace.databasePath)) {
        if (auto db = db::openDatabaseForReading(workspace.databasePath)) {
            BaselineStore store(*db);
            auto local = store.load();
            auto at = store.recordedAt();
            if (local && local->has_value() && **local == *baseline && at && at->isValid()) {
                summary.recordedAt = *at;
                summary.recordedHere = true;
            }
        }
    }
    return std::optional<RawBaselineSummary>(std::move(summary));
}

Result<RawBaselineReport> recordRawBaseline(const Workspace& workspace, const RawBaselineOptions& options,
                                            const Call& call)
{
    const std::shared_ptr<CancelToken> cancel = call.cancel; // held while the files are hashed
    BaselineOptions hashing;
    hashing.algorithm = options.algorithm;
    hashing.threads = options.threads;
    hashing.cancel = cancel.get();
    hashing.progress = call.progress;
    QElapsedTimer timer;
    timer.start();
    auto run = IntegrityBaseline::compute(workspace, hashing);
    if (!run && run.error().kind == ErrorKind::Cancelled)
        return run.error().prefixed(QStringLiteral("raw baseline: nothing was written: "));
    if (!run)
        return run.error();
    RawBaselineReport report;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    report.files = run->baseline.entries.size();
    report.bytes = run->bytes;
    report.algorithm = options.algorithm;
    report.file = workspace.repoDir + u'/' + QLatin1String(kBaselineFileName);
    report.skipped = run->skipped;
    report.errors = run->errors;
    report.unreadable = run->unreadable;
    report.missingFolders = run->missingFolders;
    if (run->incomplete()) {
        // A published proof must not silently lack a file: neither an unreadable file nor the files of an
        // unreadable folder. raw-baseline.json and the local copy stay as they were.
        report.failure = Error::failed(
            QStringLiteral("raw baseline: %1 and %2 could not be read (listed above); nothing "
                           "was written, %3 is unchanged (make them readable, or run it as a user who can "
                           "read them, then run it again)")
                .arg(counted(run->errors.size(), "file", "files"), counted(run->unreadable.size(), "folder", "folders"),
                     QLatin1String(kBaselineFileName)));
        return report;
    }
    if (auto published = publish(workspace, run->baseline); !published) {
        report.failure = published.error();
        return report;
    }
    const QString detail = QStringLiteral("%1, %2, %3")
                               .arg(counted(run->baseline.entries.size(), "file", "files"),
                                    formatByteSize(run->bytes), toString(options.algorithm));
    if (auto logged =
            ActivityLog::record(workspace, QStringLiteral("raw.baseline"), rawFolderList(workspace), detail);
        !logged)
        report.logWarning = logged.error().message;
    return report;
}

Result<RawVerifyReport> verifyRaw(const Workspace& workspace, const RawVerifyOptions& options,
                                  const Call& call)
{
    auto baseline = loadBaseline(workspace, options.local);
    if (!baseline)
        return baseline.error();
    const std::shared_ptr<CancelToken> cancel = call.cancel;
    VerifyOptions verifying;
    verifying.quick = options.quick;
    verifying.threads = options.threads;
    verifying.cancel = cancel.get();
    verifying.progress = call.progress;
    auto result = BaselineVerifier::verify(workspace, *baseline, verifying);
    if (!result)
        return result.error();
    QList<RawChange> changes = changesWithSizes(workspace, *baseline, *result);
    return RawVerifyReport{std::move(*result), baseline->algorithm, std::move(changes)};
}

} // namespace ts::services
