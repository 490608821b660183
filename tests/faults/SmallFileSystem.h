// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A real full disk for fault tests: a 2 MiB tmpfs mounted on a temporary folder, filled to the brim on
// request, always unmounted when the object goes. Mounting needs root (CAP_SYS_ADMIN); without it mount()
// says why not.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace ts::test {

class SmallFileSystem
{
public:
    explicit SmallFileSystem(qint64 bytes = 2 * 1024 * 1024);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;

    // Mounts the tmpfs; false with `why` set when this process may not (not root, a container without the
    // capability), so the caller can QSKIP with the reason.
    bool mount(QString* why);
    const QString& path() const { return m_path; }

    // Writes a hidden filler file at the top until not one more byte fits. Returns the bytes it took.
    qint64 fill();
    // Bytes still free according to statvfs.
    qint64 freeBytes() const;

private:
    qint64 m_bytes;
    QTemporaryDir m_dir;
    QString m_path;
    bool m_mounted = false;
};

} // namespace ts::test
