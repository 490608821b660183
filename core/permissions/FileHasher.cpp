// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/FileHasher.h"

#include "util/UniqueFd.h"

#include <QByteArrayList>
#include <QCryptographicHash>

#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <linux/openat2.h>
#include <memory>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ts::permissions {

namespace {

struct Xxh3StateFree
{
    void operator()(XXH3_state_t* state) const { XXH3_freeState(state); }
};

// One interface over libxxhash's streaming state and QCryptographicHash.
class StreamingHash
{
public:
    explicit StreamingHash(HashAlgorithm algorithm) : m_algorithm(algorithm)
    {
        if (algorithm == HashAlgorithm::Xxh3_128) {
            m_xxh.reset(XXH3_createState());
            XXH3_128bits_reset(m_xxh.get());
        } else {
            m_qt.emplace(algorithm == HashAlgorithm::Sha256 ? QCryptographicHash::Sha256
                                                            : QCryptographicHash::Blake2b_256);
        }
    }

    void add(const char* data, qint64 size)
    {
        if (m_xxh)
            XXH3_128bits_update(m_xxh.get(), data, size_t(size));
        else
            m_qt->addData(QByteArrayView(data, size));
    }

    QString hexDigest() const
    {
        if (m_xxh) {
            // The canonical (big-endian) form, so the digest equals what `xxh128sum` prints.
            XXH128_canonical_t canonical;
            XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(m_xxh.get()));
            return QString::fromLatin1(
                QByteArray(reinterpret_cast<const char*>(canonical.digest), 16).toHex());
        }
        return QString::fromLatin1(m_qt->result().toHex());
    }

private:
    HashAlgorithm m_algorithm;
    std::unique_ptr<XXH3_state_t, Xxh3StateFree> m_xxh;
    std::optional<QCryptographicHash> m_qt;
};

int openFallback(int dirFd, const QByteArray& relativePath, int flags)
{
    // Component by component, each opened with O_NOFOLLOW: no symlink anywhere on the way is followed.
    const QList<QByteArray> parts = relativePath.split('/');
    UniqueFd current(::fcntl(dirFd, F_DUPFD_CLOEXEC, 0));
    if (!current.valid())
        return -1;
    for (int i = 0; i < parts.size(); ++i) {
        const QByteArray& part = parts.at(i);
        if (part.isEmpty() || part == "." || part == "..") {
            errno = EXDEV;
            return -1;
        }
        const bool last = i + 1 == parts.size();
        const int stepFlags = last ? (flags | O_NOFOLLOW) : (O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        UniqueFd next(::openat(current.get(), part.constData(), stepFlags));
        if (!next.valid())
            return -1;
        current = std::move(next);
    }
    return current.release();
}

} // namespace

QString toString(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Xxh3_128:
        return QStringLiteral("xxh3-128");
    case HashAlgorithm::Blake2b_256:
        return QStringLiteral("blake2b-256");
    case HashAlgorithm::Sha256:
        return QStringLiteral("sha256");
    }
    return {};
}

std::optional<HashAlgorithm> hashAlgorithmFromString(const QString& text)
{
    for (HashAlgorithm a : {HashAlgorithm::Xxh3_128, HashAlgorithm::Blake2b_256, HashAlgorithm::Sha256})
        if (toString(a) == text)
            return a;
    return std::nullopt;
}

int hexDigestLength(HashAlgorithm algorithm)
{
    return algorithm == HashAlgorithm::Xxh3_128 ? 32 : 64;
}

int openBeneathNoFollow(int dirFd, const QByteArray& relativePath, int flags)
{
    open_how how = {};
    how.flags = quint64(flags | O_NOFOLLOW | O_CLOEXEC);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    const long fd = ::syscall(SYS_openat2, dirFd, relativePath.constData(), &how, sizeof how);
    if (fd >= 0)
        return int(fd);
    if (errno != ENOSYS && errno != EPERM) // EPERM: some seccomp filters refuse unknown system calls
        return -1;
    return openFallback(dirFd, relativePath, flags | O_CLOEXEC);
}

FileHasher::FileHasher(HashAlgorithm algorithm, qint64 bufferBytes)
    : m_algorithm(algorithm), m_buffer(size_t(bufferBytes))
{
}

Result<QString> FileHasher::hashFd(int fd, const QString& shownPath, const CancelToken* cancel,
                                   std::atomic<qint64>* bytesRead, qint64 limit)
{
    StreamingHash hash(m_algorithm);
    qint64 total = 0;
    while (limit < 0 || total < limit) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled(QStringLiteral("%1: hashing cancelled").arg(shownPath));
        const size_t want =
            limit < 0 ? m_buffer.size() : size_t(std::min<qint64>(qint64(m_buffer.size()), limit - total));
        const ssize_t n = ::read(fd, m_buffer.data(), want);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error::fromErrno(shownPath, QStringLiteral("cannot read"), errno);
        }
        if (n == 0) {
            if (limit >= 0)
                return Error::failed(
                    QStringLiteral(
                        "%1: became shorter while being read (someone is writing to it; run again)")
                        .arg(shownPath));
            break;
        }
        hash.add(m_buffer.data(), n);
        total += n;
        if (bytesRead)
            bytesRead->fetch_add(n, std::memory_order_relaxed);
    }
    return hash.hexDigest();
}

Result<FileDigest> FileHasher::hashFileBeneath(int dirFd, const QByteArray& relativePath,
                                               const QString& shownPath, const CancelToken* cancel,
                                               std::atomic<qint64>* bytesRead)
{
    UniqueFd fd(openBeneathNoFollow(dirFd, relativePath, O_RDONLY | O_NOCTTY | O_NONBLOCK));
    if (!fd.valid()) {
        if (errno == ELOOP || errno == EXDEV)
            return Error::failed(
                QStringLiteral("%1: is (or passes through) a symlink; not followed").arg(shownPath));
        return Error::fromErrno(shownPath, QStringLiteral("cannot open"), errno);
    }
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0)
        return Error::fromErrno(shownPath, QStringLiteral("cannot stat"), errno);
    if (!S_ISREG(st.st_mode))
        return Error::failed(QStringLiteral("%1: is not a regular file any more").arg(shownPath));
    if (st.st_size > qint64(m_buffer.size()))
        ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
    // Exactly the size fstat reported is hashed: the recorded size and hash describe the same bytes even when
    // the file grows meanwhile (the next verify then sees the new size), and small files need one read, not
    // two.
    auto digest = hashFd(fd.get(), shownPath, cancel, bytesRead, st.st_size);
    if (!digest)
        return digest.error();
    FileDigest result;
    result.hexDigest = std::move(*digest);
    result.size = st.st_size;
    result.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    return result;
}

} // namespace ts::permissions
