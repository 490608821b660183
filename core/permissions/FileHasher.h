// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Streams one file's content through a hash with a fixed-size buffer (bounded memory: one buffer per hasher,
// one hasher per worker thread).
#pragma once

#include "util/Cancellation.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace ts::permissions {

// xxh3-128 is the default (see docs/permissions.md for the measurements and why it is enough for accidents);
// blake2b-256 and sha256 are the `--strong` choices when a teammate might tamper on purpose.
enum class HashAlgorithm { Xxh3_128, Blake2b_256, Sha256 };

QString toString(HashAlgorithm algorithm); // "xxh3-128", "blake2b-256", "sha256"
std::optional<HashAlgorithm> hashAlgorithmFromString(const QString& text);
int hexDigestLength(HashAlgorithm algorithm); // 32, 64, 64

struct FileDigest
{
    QString hexDigest;
    qint64 size = 0;    // bytes actually hashed
    qint64 mtimeNs = 0; // from fstat of the same open file, so size, time and content belong together
};

class FileHasher
{
public:
    explicit FileHasher(HashAlgorithm algorithm, qint64 bufferBytes = 1 << 20);

    // Hashes the regular file at `relativePath` below the folder `dirFd`, opened without following any
    // symlink and without leaving that folder (openat2 RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS). `shownPath`
    // names the file in errors. `bytesRead` (optional) is advanced as data is read, for progress.
    Result<FileDigest> hashFileBeneath(int dirFd, const QByteArray& relativePath, const QString& shownPath,
                                       const CancelToken* cancel = nullptr,
                                       std::atomic<qint64>* bytesRead = nullptr);

    // Hashes an open file descriptor from its current offset to the end, or to `limit` bytes when it is >= 0.
    Result<QString> hashFd(int fd, const QString& shownPath, const CancelToken* cancel = nullptr,
                           std::atomic<qint64>* bytesRead = nullptr, qint64 limit = -1);

    HashAlgorithm algorithm() const { return m_algorithm; }

private:
    HashAlgorithm m_algorithm;
    std::vector<char> m_buffer;
};

// Opens `relativePath` below `dirFd` without following symlinks anywhere in it and without escaping `dirFd`.
// Falls back to openat(O_NOFOLLOW) on kernels without openat2. Returns -1 with errno set on failure.
int openBeneathNoFollow(int dirFd, const QByteArray& relativePath, int flags);

} // namespace ts::permissions
