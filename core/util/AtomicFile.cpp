// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "util/AtomicFile.h"

#include "util/ByteSize.h"
#include "util/UniqueFd.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace ts {

namespace {

std::atomic<qint64> g_spaceLimitForTesting{-1};

constexpr const char* kAclXattr = "system.posix_acl_access";

QString errnoText(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

// The one message for a write that ran out of room, whatever the call that noticed it.
Error writeError(const QString& path, int errnum, qint64 needed)
{
    switch (errnum) {
    case ENOSPC:
        return Error::failed(
            QStringLiteral("%1: no space left on the device (%2 needed); free some space and try "
                           "again (the file was not changed)")
                .arg(path, formatByteSize(needed)));
    case EDQUOT:
        return Error::failed(
            QStringLiteral("%1: disk quota exceeded (%2 needed); free some of your quota and try "
                           "again (the file was not changed)")
                .arg(path, formatByteSize(needed)));
    case EFBIG:
        return Error::failed(
            QStringLiteral("%1: file too large for this file system or process limit (%2 needed; "
                           "the file was not changed)")
                .arg(path, formatByteSize(needed)));
    case EROFS:
        return Error::failed(
            QStringLiteral("%1: the file system is read-only (the file was not changed)").arg(path));
    case EACCES:
    case EPERM:
        return Error::failed(
            QStringLiteral("%1: cannot write: %2 (check that the folder is writable; the file was "
                           "not changed)")
                .arg(path, errnoText(errnum)));
    default:
        return Error::failed(
            QStringLiteral("%1: cannot write: %2 (the file was not changed)").arg(path, errnoText(errnum)));
    }
}

Error symlinkRefused(const QString& path)
{
    return Error::badInput(QStringLiteral("%1: is a symbolic link; Teamspace does not follow links inside a "
                                          "workspace (replace the link with a real file or folder)")
                               .arg(path));
}

// Gives the temporary file the access ACL of the file it replaces, or none when that file has none (it may
// have inherited the folder's default ACL, which would widen the file). A file system without ACLs has
// nothing to do.
void copyAcl(int fromFd, int toFd)
{
    const ssize_t size = ::fgetxattr(fromFd, kAclXattr, nullptr, 0);
    if (size < 0) {
        if (errno == ENODATA)
            (void)::fremovexattr(toFd, kAclXattr);
        return;
    }
    QByteArray acl(qsizetype(size), Qt::Uninitialized);
    const ssize_t n = ::fgetxattr(fromFd, kAclXattr, acl.data(), std::size_t(acl.size()));
    if (n > 0)
        (void)::fsetxattr(toFd, kAclXattr, acl.constData(), std::size_t(n), 0);
}

bool writeAll(int fd, const char* data, qint64 size, int* errnum)
{
    const qint64 limit = g_spaceLimitForTesting.load(std::memory_order_relaxed);
    qint64 done = 0;
    while (done < size) {
        qint64 chunk = std::min<qint64>(size - done, qint64(1) << 30);
        if (limit >= 0) {
            if (done >= limit) {
                *errnum = ENOSPC;
                return false;
            }
            chunk = std::min(chunk, limit - done);
        }
        const ssize_t n = ::write(fd, data + done, std::size_t(chunk));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *errnum = errno;
            return false;
        }
        if (n == 0) {
            *errnum = ENOSPC;
            return false;
        }
        done += n;
    }
    return true;
}

// Replaces `name` inside the open folder `dirFd` with `data`. `display` is the path the messages name.
Status replaceAt(int dirFd, const QByteArray& name, const QString& display, const QByteArray& data,
                 const AtomicWriteOptions& options)
{
    struct stat existing
    {
    };
    bool exists = false;
    if (::fstatat(dirFd, name.constData(), &existing, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISLNK(existing.st_mode))
            return symlinkRefused(display);
        if (!S_ISREG(existing.st_mode))
            return Error::badInput(QStringLiteral("%1: is not a regular file; not replaced").arg(display));
        if (existing.st_nlink > 1 && !options.allowSplittingHardLinks)
            return Error::badInput(
                QStringLiteral("%1: has %2 hard links; replacing it would leave the other names "
                               "with the old content (make it a single file first, e.g. cp then "
                               "mv over it)")
                    .arg(display)
                    .arg(existing.st_nlink));
        exists = true;
    } else if (errno != ENOENT) {
        return writeError(display, errno, data.size());
    }

    // The temporary file is hidden, in the same folder (same file system, so rename is atomic), and created
    // exclusively without following links: nothing another process placed there is written through.
    QByteArray temp;
    UniqueFd fd;
    const unsigned createMode = exists ? 0600u : options.newFileMode.value_or(0666u);
    for (int attempt = 0; attempt < 16 && !fd.valid(); ++attempt) {
        temp =
            '.' + name.left(200) + ".ts-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        fd.reset(::openat(dirFd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          createMode));
        if (!fd.valid() && errno != EEXIST)
            return writeError(display, errno, data.size());
    }
    if (!fd.valid())
        return Error::failed(QStringLiteral("%1: cannot create a temporary file beside it").arg(display));

    auto fail = [&](int errnum) {
        fd.reset();
        ::unlinkat(dirFd, temp.constData(), 0);
        return writeError(display, errnum, data.size());
    };

    if (exists) {
        // Keep what the owner set on the file: mode, owner and group where we may, and the access ACL.
        UniqueFd original(::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
        if (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()) {
            if (::fchown(fd.get(), existing.st_uid, existing.st_gid) != 0 &&
                ::fchown(fd.get(), uid_t(-1), existing.st_gid) != 0) {
                // Neither is ours to give: the file is then ours, as after any editor's save.
            }
        }
        if (original.valid())
            copyAcl(original.get(), fd.get());
        if (::fchmod(fd.get(), existing.st_mode & 07777) != 0)
            return fail(errno);
    } else if (options.newFileMode) {
        if (::fchmod(fd.get(), *options.newFileMode & 07777) != 0)
            return fail(errno);
    }

    int errnum = 0;
    if (!writeAll(fd.get(), data.constData(), data.size(), &errnum))
        return fail(errnum);
    if (::fdatasync(fd.get()) != 0)
        return fail(errno);
    // close() can report a deferred write error (NFS, some FUSE file systems).
    if (::close(fd.release()) != 0)
        return fail(errno);

    // The bytes are on the disk: check their size once more before they replace anything.
    struct stat written
    {
    };
    if (::fstatat(dirFd, temp.constData(), &written, AT_SYMLINK_NOFOLLOW) != 0 ||
        written.st_size != data.size()) {
        ::unlinkat(dirFd, temp.constData(), 0);
        return Error::failed(
            QStringLiteral("%1: the temporary copy did not keep all %2 bytes (the file was not "
                           "changed)")
                .arg(display)
                .arg(data.size()));
    }
    if (::renameat(dirFd, temp.constData(), dirFd, name.constData()) != 0) {
        const int e = errno;
        ::unlinkat(dirFd, temp.constData(), 0);
        return writeError(display, e, data.size());
    }
    if (options.syncFolder)
        (void)::fsync(dirFd); // the rename itself survives a power loss
    return {};
}

QByteArray encode(const QString& path)
{
    return QFile::encodeName(path);
}

// Opens `root` and then each folder of `folders` beneath it without following links.
Result<UniqueFd> openFoldersBeneath(const QString& root, const QStringList& folders, bool create)
{
    UniqueFd dir(::open(encode(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid())
        return Error::fromErrno(root, QStringLiteral("cannot open the folder"), errno);
    QString shown = root;
    for (const QString& folder : folders) {
        shown += u'/' + folder;
        const QByteArray name = encode(folder);
        UniqueFd next(::openat(dir.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.valid() && errno == ENOENT && create) {
            if (::mkdirat(dir.get(), name.constData(), 0777) != 0 && errno != EEXIST)
                return writeError(shown, errno, 0);
            next.reset(
                ::openat(dir.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        }
        if (!next.valid()) {
            const int e = errno;
            struct stat st
            {
            };
            if ((e == ELOOP || e == ENOTDIR) &&
                ::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
                return symlinkRefused(shown);
            return Error::fromErrno(shown, QStringLiteral("cannot open the folder"), e);
        }
        dir = std::move(next);
    }
    return dir;
}

// Splits `relative` into its folders and its name and opens the folders beneath `root` (no link followed).
struct FolderAndName
{
    UniqueFd folder;
    QString name;
};

Result<FolderAndName> openParentBeneath(const QString& root, const QString& relative, bool createFolders)
{
    QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    for (const QString& part : std::as_const(parts)) {
        if (part == u"." || part == u"..")
            return Error::badInput(QStringLiteral("%1: not a path inside %2").arg(relative, root));
    }
    if (parts.isEmpty())
        return Error::usage(QStringLiteral("%1: not a file name").arg(relative));
    const QString name = parts.takeLast();
    auto dir = openFoldersBeneath(root, parts, createFolders);
    if (!dir)
        return dir.error();
    return FolderAndName{std::move(*dir), name};
}

} // namespace

Status writeFileAtomically(const QString& path, const QByteArray& data, const AtomicWriteOptions& options)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString folder =
        slash < 0 ? QStringLiteral(".") : (slash == 0 ? QStringLiteral("/") : path.left(slash));
    const QString name = slash < 0 ? path : path.mid(slash + 1);
    if (name.isEmpty() || name == u"." || name == u"..")
        return Error::usage(QStringLiteral("%1: not a file name").arg(path));
    if (options.createFolders && !QDir().mkpath(folder))
        return Error::failed(
            QStringLiteral("%1: cannot create the folder (check that its parent is writable)").arg(folder));
    UniqueFd dir(::open(encode(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid())
        return writeError(path, errno, data.size());
    return replaceAt(dir.get(), encode(name), path, data, options);
}

Status writeFileBeneath(const QString& root, const QString& relative, const QByteArray& data,
                        const AtomicWriteOptions& options)
{
    auto parent = openParentBeneath(root, relative, options.createFolders);
    if (!parent)
        return parent.error();
    auto& dir = parent->folder;
    const QString& name = parent->name;
    QString shown = root;
    if (!shown.endsWith(u'/'))
        shown += u'/';
    return replaceAt(dir.get(), encode(name), shown + relative, data, options);
}

Result<UniqueFd> openFileBeneath(const QString& root, const QString& relative)
{
    auto parent = openParentBeneath(root, relative, false);
    if (!parent)
        return parent.error();
    auto& dir = parent->folder;
    const QString& name = parent->name;
    const QString shown = (root.endsWith(u'/') ? root : root + u'/') + relative;
    const QByteArray encoded = encode(name);
    UniqueFd fd(::openat(dir.get(), encoded.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    if (!fd.valid()) {
        const int e = errno;
        struct stat st
        {
        };
        if (e == ELOOP && ::fstatat(dir.get(), encoded.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISLNK(st.st_mode))
            return symlinkRefused(shown);
        return Error::fromErrno(shown, QStringLiteral("cannot read"), e);
    }
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) != 0)
        return Error::fromErrno(shown, QStringLiteral("cannot read"), errno);
    if (!S_ISREG(st.st_mode))
        return Error::badInput(QStringLiteral("%1: is not a regular file").arg(shown));
    // O_NONBLOCK only kept a FIFO from blocking the open; a regular file reads the same either way.
    (void)::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);
    return fd;
}

bool isPlainPathBeneath(const QString& root, const QString& relative, bool* missing)
{
    if (missing)
        *missing = false;
    QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    const QString name = parts.takeLast();
    UniqueFd dir(::open(encode(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid())
        return false;
    for (const QString& folder : std::as_const(parts)) {
        if (folder == u"..")
            return false;
        UniqueFd next(
            ::openat(dir.get(), encode(folder).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.valid()) {
            if (missing && errno == ENOENT)
                *missing = true;
            return false;
        }
        dir = std::move(next);
    }
    struct stat st
    {
    };
    if (::fstatat(dir.get(), encode(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (missing && errno == ENOENT)
            *missing = true;
        return false;
    }
    return !S_ISLNK(st.st_mode);
}

Status requirePlainPathBeneath(const QString& root, const QString& relative)
{
    const QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    UniqueFd dir(::open(encode(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid())
        return Error::fromErrno(root, QStringLiteral("cannot open the folder"), errno);
    QString shown = root.endsWith(u'/') ? root.chopped(1) : root;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts[i];
        shown += u'/' + part;
        if (part == u"." || part == u"..")
            return Error::badInput(QStringLiteral("%1: not a path inside %2").arg(relative, root));
        const QByteArray name = encode(part);
        struct stat st
        {
        };
        if (::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                return {};
            return Error::fromErrno(shown, QStringLiteral("cannot look at it"), errno);
        }
        if (S_ISLNK(st.st_mode))
            return symlinkRefused(shown);
        if (i + 1 == parts.size() || !S_ISDIR(st.st_mode))
            return {};
        UniqueFd next(::openat(dir.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.valid()) {
            if (errno == ELOOP) // replaced by a link since the look
                return symlinkRefused(shown);
            return Error::fromErrno(shown, QStringLiteral("cannot open the folder"), errno);
        }
        dir = std::move(next);
    }
    return {};
}

Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return Error::badInput(QStringLiteral("%1: is %2, more than the %3 allowed for this file")
                                   .arg(path, formatByteSize(file.size()), formatByteSize(maxBytes)));
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return Error::badInput(QStringLiteral("%1: is larger than the %2 allowed for this file")
                                   .arg(path, formatByteSize(maxBytes)));
    if (file.error() != QFileDevice::NoError)
        return Error::failed(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return data;
}

void setAtomicWriteSpaceLimitForTesting(qint64 bytes)
{
    g_spaceLimitForTesting.store(bytes, std::memory_order_relaxed);
}

} // namespace ts
