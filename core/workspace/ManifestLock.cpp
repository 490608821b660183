// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/ManifestLock.h"

#include "util/AtomicFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>

namespace ts {

Result<ManifestLock> ManifestLock::acquire(const QString& repoDir, int timeoutMs)
{
    const QString path = QDir(repoDir).filePath(QString::fromLatin1(kManifestLockFileName));
    const QByteArray native = QFile::encodeName(path);
    UniqueFd fd(::open(native.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666));
    if (!fd.valid()) {
        if (errno == ELOOP)
            return Error::badInput(
                QStringLiteral("%1: is a symbolic link; Teamspace locks teamspace.json edits with a plain "
                               "file there (remove the link and try again)")
                    .arg(path));
        return Error::fromErrno(path, QStringLiteral("cannot open the lock file for teamspace.json edits"),
                                errno);
    }
    QElapsedTimer waited;
    waited.start();
    int pauseMs = 1;
    while (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR)
            continue;
        if (errno != EWOULDBLOCK)
            return Error::fromErrno(path, QStringLiteral("cannot lock teamspace.json for editing"), errno);
        if (waited.elapsed() >= timeoutMs)
            return Error::failed(
                QStringLiteral("%1: another Teamspace program has been editing teamspace.json "
                               "for over %2 s (it holds this lock); try again in a moment")
                    .arg(path)
                    .arg(timeoutMs / 1000.0));
        QThread::msleep(static_cast<unsigned long>(pauseMs));
        pauseMs = std::min(pauseMs * 2, 20);
    }
    if (auto excluded = excludeManifestLockFromGit(repoDir); !excluded)
        qWarning("%s", qPrintable(excluded.error().message));
    return ManifestLock(std::move(fd));
}

Status excludeManifestLockFromGit(const QString& repoDir)
{
    const QString gitDir = QDir(repoDir).filePath(QStringLiteral(".git"));
    const QFileInfo gitInfo(gitDir);
    if (!gitInfo.isDir() || gitInfo.isSymLink())
        return {}; // no repository yet, or a worktree's .git file: nothing of ours to keep out
    const QString infoDir = gitDir + QStringLiteral("/info");
    const QString exclude = infoDir + QStringLiteral("/exclude");
    const QByteArray line = QByteArray("/") + kManifestLockFileName;
    QByteArray content;
    if (QFileInfo::exists(exclude)) {
        auto existing = readFileLimited(exclude, 1024 * 1024);
        if (!existing)
            return existing.error();
        content = *existing;
        for (const QByteArray& present : content.split('\n'))
            if (present.trimmed() == line)
                return {};
    } else if (!QDir().mkpath(infoDir)) {
        return Error::failed(QStringLiteral("%1: cannot create the folder, so %2 may show as a change in git")
                                 .arg(infoDir, QLatin1String(kManifestLockFileName)));
    }
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content += "# Teamspace: the lock of teamspace.json edits (never shared)\n" + line + '\n';
    return writeFileAtomically(exclude, content);
}

} // namespace ts
