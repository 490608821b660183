// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/NotebookFile.h"

#include "notebooks/NotebookStripper.h"
#include "util/AtomicFile.h"
#include "util/UniqueFd.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <xxhash.h>

namespace ts::nb {

namespace {

Result<UniqueFd> openNotebook(const NotebookLocation& location)
{
    if (!location.root.isEmpty())
        return openFileBeneath(location.root, location.relative);
    UniqueFd fd(::open(QFile::encodeName(location.relative).constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid())
        return Error::fromErrno(location.relative, QStringLiteral("cannot read"), errno);
    return fd;
}

Status writeNotebook(const NotebookLocation& location, const QByteArray& bytes)
{
    if (!location.root.isEmpty())
        return writeFileBeneath(location.root, location.relative, bytes);
    return writeFileAtomically(location.relative, bytes);
}

} // namespace

QByteArray notebookBuffer(qint64 size)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(size) + kSimdPadding); // room for the parser's SIMD reads, so it needs no copy
#ifdef MADV_HUGEPAGE
    // Big buffers in 2 MiB pages: touching 50 MB in 4 KiB pages costs more than parsing it (measured on the
    // CI's virtual machines: a first pass over 50 MB took 160 ms in small pages, 7 ms in huge ones).
    constexpr quintptr huge = quintptr(2) * 1024 * 1024;
    if (size >= qint64(huge)) {
        const auto begin = (reinterpret_cast<quintptr>(bytes.data()) + huge - 1) & ~(huge - 1);
        const auto end = (reinterpret_cast<quintptr>(bytes.data()) + quintptr(size)) & ~(huge - 1);
        if (end > begin)
            ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
    }
#endif
    bytes.resize(qsizetype(size));
    return bytes;
}

Result<QByteArray> readNotebookFile(const NotebookLocation& location)
{
    const QString path = location.path();
    auto fd = openNotebook(location);
    if (!fd)
        return fd.error();
    struct stat st
    {
    };
    if (::fstat(fd->get(), &st) != 0)
        return Error::fromErrno(path, QStringLiteral("cannot read"), errno);
    if (S_ISDIR(st.st_mode))
        return Error::badInput(QStringLiteral("%1: is a folder, not a notebook").arg(path));
    const qint64 size = st.st_size;
    if (size > kNotebookMaxBytes)
        return Error::badInput(
            QStringLiteral("%1: larger than 2 GiB, which no notebook tool can open").arg(path));
    QByteArray bytes = notebookBuffer(size);
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd->get(), bytes.data() + done, std::size_t(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error::fromErrno(path, QStringLiteral("cannot read"), errno);
        if (n == 0)
            return Error::failed(
                QStringLiteral("%1: cannot read: the file shrank while being read").arg(path));
        done += n;
    }
    return bytes;
}

Result<Notebook> loadNotebook(const NotebookLocation& location)
{
    auto bytes = readNotebookFile(location);
    if (!bytes)
        return bytes.error();
    return Notebook::parse(std::move(*bytes), location.path());
}

Result<StripFileOutcome> stripNotebookFile(const NotebookLocation& location, const StripPolicy& policy,
                                           StripMode mode, bool upgradeV3)
{
    auto bytes = readNotebookFile(location);
    if (!bytes)
        return bytes.error();
    StripFileOutcome outcome;
    outcome.bytesBefore = bytes->size();
    // The parse rewrites the buffer in place, so remember the original by its hash instead of a second copy.
    const XXH128_hash_t before = XXH3_128bits(bytes->constData(), std::size_t(bytes->size()));
    auto stripped = stripNotebookBytes(std::move(*bytes), policy, location.path(), upgradeV3);
    if (!stripped)
        return stripped.error();
    outcome.bytesAfter = stripped->size();
    const XXH128_hash_t after = XXH3_128bits(stripped->constData(), std::size_t(stripped->size()));
    outcome.changed = outcome.bytesAfter != outcome.bytesBefore || !XXH128_isEqual(before, after);
    if (mode == StripMode::Rewrite && outcome.changed)
        if (Status written = writeNotebook(location, *stripped); !written)
            return written.error();
    if (mode == StripMode::Output)
        outcome.stripped = std::move(*stripped);
    return outcome;
}

Result<bool> saveNotebookIfChanged(const NotebookLocation& location, const Notebook& notebook,
                                   const QByteArray& original)
{
    auto bytes = notebook.serialize();
    if (!bytes)
        return bytes.error().prefixed(location.path() + QStringLiteral(": "));
    if (*bytes == original)
        return false;
    if (Status written = writeNotebook(location, *bytes); !written)
        return written.error();
    return true;
}

} // namespace ts::nb
