// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/Duplicates.h"

#include "util/UniqueFd.h"

#include <QFile>
#include <QMap>

#include <algorithm>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <xxhash.h>

namespace ts::index {

namespace {

constexpr std::size_t kBufferSize = 1 << 20;

struct StateFree
{
    void operator()(XXH3_state_t* s) const { XXH3_freeState(s); }
};

// Hashes one file without following a symlink swapped in since the scan; empty result when it is unreadable
// or no longer has the indexed size.
Result<QString> hashFile(const QString& path, qint64 expectedSize, std::vector<char>& buffer,
                         const CancelToken* cancel)
{
    UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.valid())
        return Error::fromErrno(path, QStringLiteral("cannot open"), errno);
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode) || qint64(st.st_size) != expectedSize)
        return Error::failed(path + QStringLiteral(": changed since the scan (run `teamspace-cli scan`)"));
    std::unique_ptr<XXH3_state_t, StateFree> state(XXH3_createState());
    XXH3_128bits_reset(state.get());
    while (true) {
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
        const ssize_t n = ::read(fd.get(), buffer.data(), buffer.size());
        if (n < 0)
            return Error::fromErrno(path, QStringLiteral("cannot read"), errno);
        if (n == 0)
            break;
        XXH3_128bits_update(state.get(), buffer.data(), std::size_t(n));
    }
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(state.get()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(canonical.digest), sizeof canonical.digest).toHex());
}

} // namespace

Result<DuplicateReport> findDuplicates(db::SqliteDb& db, const DuplicateOptions& options)
{
    IndexQueries queries(db);
    // Files whose size is shared by another file, grouped by size, largest first: one size group in memory at
    // a time.
    auto candidates = queries.files(
        "e.type=0 AND e.counted=1 AND e.state=0 AND e.size>=" +
        QByteArray::number(std::max<qint64>(1, options.minimumSize)) +
        " AND e.size IN (SELECT size FROM index_entries WHERE type=0 AND counted=1 AND state=0 GROUP BY size "
        "HAVING count(*)>1) ORDER BY e.size DESC");
    if (!candidates)
        return candidates.error();
    DuplicateReport report;
    std::vector<char> buffer(kBufferSize);
    qsizetype i = 0;
    while (i < candidates->size()) {
        const qint64 size = candidates->at(i).size;
        QMap<QString, QStringList> byHash;
        for (; i < candidates->size() && candidates->at(i).size == size; ++i) {
            const FileRow& f = candidates->at(i);
            const QString base = f.top == Top::Repository ? options.repository : options.sharedFolder;
            auto hash =
                hashFile(base + u'/' + QFile::decodeName(f.relativePath), size, buffer, options.cancel);
            if (!hash) {
                if (hash.error().kind == ErrorKind::Cancelled)
                    return hash.error();
                report.unreadable << ScanProblem{f.path, hash.error().message};
                continue;
            }
            ++report.hashedFiles;
            report.hashedBytes += size;
            byHash[*hash] << f.path;
            if (options.progress) {
                Progress p;
                p.done = report.hashedFiles;
                p.bytes = report.hashedBytes;
                p.current = f.path;
                options.progress(p);
            }
        }
        for (auto it = byHash.begin(); it != byHash.end(); ++it) {
            if (it->size() < 2)
                continue;
            DuplicateGroup group{size, it.key(), *it};
            group.paths.sort();
            report.reclaimableBytes += group.reclaimable();
            report.groups << group;
        }
    }
    std::stable_sort(
        report.groups.begin(), report.groups.end(),
        [](const DuplicateGroup& a, const DuplicateGroup& b) { return a.reclaimable() > b.reclaimable(); });
    return report;
}

} // namespace ts::index
