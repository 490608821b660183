// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "SmallFileSystem.h"

#include "util/UniqueFd.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace ts::test {

SmallFileSystem::SmallFileSystem(qint64 bytes) : m_bytes(bytes), m_path(m_dir.path() + QStringLiteral("/fs"))
{
}

SmallFileSystem::~SmallFileSystem()
{
    // MNT_DETACH: a file a failed test still holds open must not keep the mount (and its folder) alive.
    if (m_mounted)
        ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
}

bool SmallFileSystem::mount(QString* why)
{
    if (!m_dir.isValid() || ::mkdir(QFile::encodeName(m_path).constData(), 0755) != 0) {
        *why = QStringLiteral("cannot create a mount point in %1").arg(m_dir.path());
        return false;
    }
    const QByteArray options = "size=" + QByteArray::number(m_bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", 0, options.constData()) != 0) {
        *why = QStringLiteral(
                   "cannot mount a %1-byte tmpfs (%2): a real full disk needs root with CAP_SYS_ADMIN; "
                   "the file-size-limit suite covers the same cases without it")
                   .arg(m_bytes)
                   .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_mounted = true;
    return true;
}

qint64 SmallFileSystem::fill()
{
    UniqueFd fd(::open(QFile::encodeName(m_path + QStringLiteral("/.filler")).constData(),
                       O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
    if (!fd.valid())
        return -1;
    static const char zeros[65536] = {};
    qint64 written = 0;
    for (const std::size_t chunk : {sizeof zeros, std::size_t(4096), std::size_t(512), std::size_t(1)}) {
        while (true) {
            const ssize_t n = ::write(fd.get(), zeros, chunk);
            if (n <= 0)
                break;
            written += n;
        }
    }
    return written;
}

qint64 SmallFileSystem::freeBytes() const
{
    struct statvfs st
    {
    };
    if (::statvfs(QFile::encodeName(m_path).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

} // namespace ts::test
