// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/RawFileSet.h"

#include "permissions/TreeWalker.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace ts::permissions {

bool baselinePathLess(const QString& a, const QString& b)
{
    // UTF-8 byte order is code point order. UTF-16 code units give the same order except that surrogates
    // (D800-DFFF, i.e. code points above FFFF) must sort after E000-FFFF: the fix-up of ICU's
    // u_strCmpCodePointOrder.
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a.at(i).unicode();
        char16_t y = b.at(i).unicode();
        if (x == y)
            continue;
        if (x >= 0xD800 && y >= 0xD800) {
            x = x >= 0xE000 ? char16_t(x - 0x800) : char16_t(x + 0x2000);
            y = y >= 0xE000 ? char16_t(y - 0x800) : char16_t(y + 0x2000);
        }
        return x < y;
    }
    return a.size() < b.size();
}

Result<RawFileSet> RawFileSet::list(const Workspace& workspace, const CancelToken* cancel)
{
    auto folders = rawFoldersOf(workspace);
    if (!folders)
        return folders.error();
    RawFileSet set;
    for (const RawFolder& folder : *folders) {
        auto top = openRawFolder(folder);
        if (!top)
            return top.error();
        if (!top->valid()) {
            set.missingFolders << folder.relativePath;
            continue;
        }
        const int folderIndex = int(set.folderFds.size());
        const int prefixLength = folder.relativePath.size() + 1;
        TreeWalker walker;
        walker.cancel = cancel;
        walker.onEntry = [&](int, const QByteArray& name, const QString& relative,
                             const struct stat& st) -> Status {
            if (!S_ISREG(st.st_mode)) {
                set.skipped << PathNote{relative,
                                        S_ISLNK(st.st_mode)
                                            ? QStringLiteral("symlink: not followed, not in the baseline")
                                            : QStringLiteral("not a regular file")};
                return {};
            }
            // The folder part was checked with the layout; a directory entry's name has no '/' and is never
            // "." or "..", so what remains to refuse is what the baseline reader would refuse in a name.
            if (std::any_of(name.begin(), name.end(), [](char c) {
                    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\';
                })) {
                set.skipped << PathNote{
                    relative, QStringLiteral(
                                  "the name has control characters or a backslash; rename it to include it")};
                return {};
            }
            RawFile file;
            file.path = relative;
            file.folderIndex = folderIndex;
            file.pathBeneath = QFile::encodeName(relative.mid(prefixLength));
            file.size = st.st_size;
            file.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
            set.files.push_back(std::move(file));
            return {};
        };
        if (auto ok = walker.walk(top->get(), folder.relativePath); !ok)
            return ok.error();
        for (const WalkProblem& problem : walker.problems()) {
            if (problem.kind == WalkProblem::Kind::OtherMount) {
                set.skipped << PathNote{problem.path, problem.reason};
                continue;
            }
            set.unseen << PathNote{problem.path,
                                   problem.reason.startsWith(problem.path)
                                       ? problem.reason
                                       : QStringLiteral("%1: %2").arg(problem.path, problem.reason)};
        }
        set.folderFds.push_back(std::move(*top));
    }
    std::sort(set.files.begin(), set.files.end(),
              [](const RawFile& a, const RawFile& b) { return baselinePathLess(a.path, b.path); });
    return set;
}

} // namespace ts::permissions
