// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/StaleLock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>

namespace ts::sync {

bool isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) == 0)
        return true;
    return errno == EPERM; // exists, belongs to someone else
}

QList<qint64> processesHolding(const QString& path)
{
    QList<qint64> holders;
    const QString canonical = QFileInfo(path).absoluteFilePath();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pidText : pids) {
        bool isPid = false;
        const qint64 pid = pidText.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pidText);
        const QStringList fds = QDir(fdDir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        for (const QString& fd : fds) {
            if (QFile::symLinkTarget(fdDir + u'/' + fd) == canonical) {
                holders.append(pid);
                break;
            }
        }
    }
    return holders;
}

LockInspection inspectLock(const QString& lockPath, const std::optional<JournalEntry>& journal, qint64 maxAgeSeconds)
{
    LockInspection inspection;
    inspection.path = lockPath;
    const QFileInfo info(lockPath);
    const QDateTime modified = info.lastModified().toUTC();
    inspection.ageSeconds = qMax<qint64>(0, modified.secsTo(QDateTime::currentDateTimeUtc()));
    inspection.holders = processesHolding(lockPath);
    if (!inspection.holders.isEmpty()) {
        QStringList pids;
        for (qint64 pid : inspection.holders)
            pids << QString::number(pid);
        inspection.why = QStringLiteral("held open by process %1").arg(pids.join(QLatin1String(", ")));
        return inspection;
    }
    const bool ourDeadJob = journal && journal->phase != JournalEntry::Phase::Done && !isProcessAlive(journal->pid)
        && journal->startedUtc.isValid() && modified >= journal->startedUtc.addSecs(-1);
    if (ourDeadJob) {
        inspection.stale = true;
        inspection.why = QStringLiteral("left by an interrupted Teamspace sync (process %1 is gone)").arg(journal->pid);
    } else if (inspection.ageSeconds >= maxAgeSeconds) {
        inspection.stale = true;
        inspection.why = QStringLiteral("no process has it open and it is older than %1 minutes").arg(maxAgeSeconds / 60);
    } else {
        inspection.why = QStringLiteral("no process has it open, but it is younger than %1 minutes and no interrupted "
                                        "Teamspace sync left it").arg(maxAgeSeconds / 60);
    }
    return inspection;
}

Status clearStaleLocks(const QString& gitDir, const QString& branch, const std::optional<JournalEntry>& journal,
                       qint64 maxAgeSeconds, QStringList& notes)
{
    const QDir dir(gitDir);
    const QStringList candidates = {QStringLiteral("index.lock"), QStringLiteral("HEAD.lock"),
                                    QStringLiteral("refs/heads/%1.lock").arg(branch)};
    for (const QString& relative : candidates) {
        const QString lockPath = dir.filePath(relative);
        if (!QFileInfo::exists(lockPath))
            continue;
        const LockInspection inspection = inspectLock(lockPath, journal, maxAgeSeconds);
        if (!inspection.stale)
            return Error::failed(QStringLiteral("%1: another git process may be working here (lock %2 s old, %3); wait "
                                                "for it, or if none is running remove the file and sync again")
                                     .arg(lockPath)
                                     .arg(inspection.ageSeconds)
                                     .arg(inspection.why));
        if (!QFile::remove(lockPath))
            return Error::failed(QStringLiteral("%1: stale lock (%2 s old) cannot be removed").arg(lockPath).arg(inspection.ageSeconds));
        notes << QStringLiteral("removed stale %1 (%2 s old; %3)").arg(relative).arg(inspection.ageSeconds).arg(inspection.why);
    }
    return {};
}

} // namespace ts::sync
