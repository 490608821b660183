// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "db/LocalDataMove.h"

#include "db/LocalDatabase.h"
#include "db/LocalPaths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace ts::db {

namespace {

const QString kFixHint = QStringLiteral(" (make it writable and run Teamspace again, or move it there yourself; "
                                        "nothing was lost)");

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

bool existsOrLink(const QString& path)
{
    struct stat st = {};
    return ::lstat(encoded(path).constData(), &st) == 0;
}

Error moveError(const QString& from, const QString& to, int errnum)
{
    return Error::failed(QStringLiteral("%1: cannot move it to %2: %3")
                             .arg(from, to, QString::fromLocal8Bit(std::strerror(errnum))) +
                         kFixHint);
}

QByteArray sha256Of(const QString& path, bool* ok)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *ok = file.open(QIODevice::ReadOnly) && hash.addData(&file);
    return hash.result();
}

// Copies `from` into `to` (a temporary file renamed into place once written and synced: QSaveFile), with its
// mode and modification time, then compares the two byte for byte (by SHA-256).
Status copyVerified(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("%1: cannot read it to move it: %2").arg(from, in.errorString()) +
                             kFixHint);
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return Error::failed(QStringLiteral("%1: cannot write: %2").arg(to, out.errorString()) + kFixHint);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return Error::failed(QStringLiteral("%1: cannot copy to %2: %3")
                                     .arg(from, to, in.error() ? in.errorString() : out.errorString()) +
                                 kFixHint);
        }
    }
    if (!out.commit())
        return Error::failed(QStringLiteral("%1: cannot write: %2").arg(to, out.errorString()) + kFixHint);
    struct stat st = {};
    if (::stat(encoded(from).constData(), &st) == 0) {
        ::chmod(encoded(to).constData(), st.st_mode & 07777);
        const timespec times[2] = {st.st_atim, st.st_mtim};
        ::utimensat(AT_FDCWD, encoded(to).constData(), times, 0);
    }
    bool readFrom = false;
    bool readTo = false;
    if (sha256Of(from, &readFrom) != sha256Of(to, &readTo) || !readFrom || !readTo) {
        QFile::remove(to);
        return Error::failed(QStringLiteral("%1: the copy at %2 differs from it; the copy was removed")
                                 .arg(from, to) +
                             kFixHint);
    }
    return {};
}

Status moveTree(const QString& from, const QString& to);

// Across file systems: every entry of `from` into `to`, then `from` removed; a failure moves back what moved.
Status moveEntries(const QString& from, const QString& to)
{
    if (auto made = makeLocalFolder(to); !made)
        return made;
    const QStringList names =
        QDir(from).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    QStringList done;
    for (const QString& name : names) {
        if (auto moved = moveTree(from + u'/' + name, to + u'/' + name); !moved) {
            for (const QString& back : done)
                (void)moveTree(to + u'/' + back, from + u'/' + back);
            ::rmdir(encoded(to).constData());
            return moved;
        }
        done << name;
    }
    if (::rmdir(encoded(from).constData()) != 0)
        return moveError(from, to, errno);
    return {};
}

// One file, link or folder: rename(2), or (EXDEV) copy, verify and remove.
Status moveTree(const QString& from, const QString& to)
{
    if (::rename(encoded(from).constData(), encoded(to).constData()) == 0)
        return {};
    if (errno != EXDEV)
        return moveError(from, to, errno);
    const QFileInfo info(from);
    if (info.isSymLink()) {
        const QByteArray target = encoded(info.symLinkTarget());
        if (::symlink(target.constData(), encoded(to).constData()) != 0)
            return moveError(from, to, errno);
    } else if (info.isDir()) {
        return moveEntries(from, to);
    } else if (auto copied = copyVerified(from, to); !copied) {
        return copied;
    }
    if (::unlink(encoded(from).constData()) != 0) {
        const int error = errno;
        ::unlink(encoded(to).constData());
        return moveError(from, to, error);
    }
    return {};
}

// The newest modification time of a file or of any file in a folder.
QDateTime newestIn(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isDir() || info.isSymLink())
        return info.lastModified();
    QDateTime newest; // the files' times only: the folder's own changes when anything is created in it
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QDateTime modified = it.fileInfo().lastModified();
        if (!newest.isValid() || modified > newest)
            newest = modified;
    }
    return newest;
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// `from` → `to`; when `to` exists the newer of the two ends at `to` and the other in <its side>/older-copies.
Status moveOrKeepNewer(const QString& from, const QString& to, const QString& fromAside,
                       const QString& toAside, LocalDataMove& report)
{
    if (auto made = makeLocalFolder(QFileInfo(to).absolutePath()); !made)
        return made;
    if (!existsOrLink(to)) {
        if (auto moved = moveTree(from, to); !moved)
            return moved;
        report.moved << from + QStringLiteral(" → ") + to;
        return {};
    }
    const bool oldIsNewer = newestIn(from) > newestIn(to);
    const QString asideDir = oldIsNewer ? toAside : fromAside;
    const QString older = oldIsNewer ? to : from;
    const QString aside = asideDir + u'/' + QFileInfo(older).fileName() + u'.' + stamp();
    if (auto made = makeLocalFolder(asideDir); !made)
        return made;
    if (auto setAside = moveTree(older, aside); !setAside)
        return setAside;
    if (oldIsNewer)
        if (auto moved = moveTree(from, to); !moved)
            return moved;
    report.notes << QStringLiteral("%1 and %2 both existed: kept the newer one (%3) at %2, the older one is "
                                   "now %4")
                        .arg(from, to, oldIsNewer ? from : to, aside);
    return {};
}

// The file index of one workspace folder (and its journals) into the cache folder of the same key.
Status moveFileIndex(const QString& keyDir, const QString& cacheKeyDir, LocalDataMove& report)
{
    const QString name = QStringLiteral("index.files.sqlite");
    for (const char* suffix : {"-wal", "-shm", "-journal", ""}) { // the database itself last
        const QString file = name + QLatin1String(suffix);
        if (!existsOrLink(keyDir + u'/' + file))
            continue;
        if (auto moved = moveOrKeepNewer(keyDir + u'/' + file, cacheKeyDir + u'/' + file,
                                         keyDir + QStringLiteral("/older-copies"),
                                         cacheKeyDir + QStringLiteral("/older-copies"), report);
            !moved)
            return moved;
    }
    return {};
}

void writeLog(const QString& dataDir, const LocalDataMove& report)
{
    if (report.moved.isEmpty() && report.notes.isEmpty())
        return;
    QFile log(dataDir + QStringLiteral("/moved.log"));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString& line : report.moved)
        log.write((when + QStringLiteral(" moved ") + line + u'\n').toUtf8());
    for (const QString& line : report.notes)
        log.write((when + QStringLiteral(" note: ") + line + u'\n').toUtf8());
}

} // namespace

Result<LocalDataMove> moveOldLocalData(const QString& oldDataDir, const QString& dataDir,
                                       const QString& cacheDir)
{
    LocalDataMove report;
    const QString oldWorkspaces = oldDataDir + QStringLiteral("/workspaces");
    Status status;
    for (const QString& name :
         QDir(oldWorkspaces).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        status = moveOrKeepNewer(oldWorkspaces + u'/' + name, dataDir + QStringLiteral("/workspaces/") + name,
                                 oldDataDir + QStringLiteral("/older-copies"),
                                 dataDir + QStringLiteral("/older-copies"), report);
        if (!status)
            break;
    }
    if (status) {
        ::rmdir(encoded(oldWorkspaces).constData()); // only when empty; the rest of the old folder stays
        ::rmdir(encoded(oldDataDir).constData());
        const QString workspaces = dataDir + QStringLiteral("/workspaces");
        for (const QString& key : QDir(workspaces).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
            status = moveFileIndex(workspaces + u'/' + key, cacheDir + QStringLiteral("/workspaces/") + key,
                                   report);
            if (!status)
                break;
        }
    }
    writeLog(dataDir, report); // what did move is logged also when a later step failed
    if (!status)
        return status.error();
    return report;
}

Status ensureLocalDataMoved()
{
    static std::once_flag once;
    static Status result;
    std::call_once(once, [] {
        auto moved = moveOldLocalData(oldLocalDataDir(), localDataDir(), localCacheDir());
        if (!moved) {
            result = moved.error();
            return;
        }
        for (const QString& note : moved->notes)
            std::fprintf(stderr, "note: %s\n", qPrintable(note));
    });
    return result;
}

} // namespace ts::db
