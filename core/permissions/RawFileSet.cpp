#include "permissions/RawFileSet.h"

#include "permissions/TreeWalker.h"
#include "util/SafePath.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace ts::permissions {

bool baselinePathLess(const QString& a, const QString& b)
{
    const QByteArray ua = a.toUtf8();
    const QByteArray ub = b.toUtf8();
    return std::lexicographical_compare(ua.begin(), ua.end(), ub.begin(), ub.end(),
                                        [](char x, char y) { return static_cast<unsigned char>(x) < static_cast<unsigned char>(y); });
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
        walker.onEntry = [&](int, const QByteArray&, const QString& relative, const struct stat& st) -> Status {
            if (!S_ISREG(st.st_mode)) {
                set.skipped << PathNote{relative, S_ISLNK(st.st_mode) ? QStringLiteral("symlink: not followed, not in the baseline")
                                                                       : QStringLiteral("not a regular file")};
                return {};
            }
            if (!isSafeRelativePath(relative) || relative.contains(u'\\')) {
                set.skipped << PathNote{relative, QStringLiteral("the name has control characters or a backslash; rename it to include it")};
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
        for (const WalkProblem& problem : walker.problems())
            set.skipped << PathNote{problem.path, problem.reason};
        set.folderFds.push_back(std::move(*top));
    }
    std::sort(set.files.begin(), set.files.end(), [](const RawFile& a, const RawFile& b) { return baselinePathLess(a.path, b.path); });
    return set;
}

} // namespace ts::permissions
