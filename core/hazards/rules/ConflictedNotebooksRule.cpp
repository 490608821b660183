// A notebook committed in the middle of a merge: git's conflict markers in the file. Jupyter cannot open it
// and `git checkout -- FILE` brings back the same broken file, so the fix names the markers and the ways out.
// Reads the same notebooks as the truncated-notebook rule, which leaves these files to this one.
#include "hazards/Rules.h"

#include "notebooks/ConflictMarkers.h"
#include "util/AtomicFile.h"

namespace ts::hazards {

namespace {
constexpr qint64 kLargestNotebookRead = 256LL * 1024 * 1024;
}

Result<QList<Finding>> checkConflictedNotebooks(const HazardContext& context)
{
    auto files = context.index.files(
        "e.type=0 AND e.size>0 AND e.size<=" + QByteArray::number(kLargestNotebookRead) +
        " AND e.kind IN (3,4,6) AND CAST(e.name AS TEXT) LIKE '%.ipynb' ORDER BY e.top, f.path, e.name");
    if (!files)
        return files.error();
    QList<Finding> findings;
    for (const index::FileRow& f : *files) {
        auto bytes = readFileLimited(context.absolutePath(f.top, f.relativePath), kLargestNotebookRead);
        if (!bytes)
            continue; // gone or unreadable since the scan: the next scan records it
        const std::optional<qsizetype> offset = nb::conflictMarkerOffset(*bytes);
        if (!offset)
            continue;
        const qsizetype line = bytes->left(*offset).count('\n') + 1;
        findings << Finding{
            QStringLiteral("notebook-conflict-markers"), Severity::Error, f.path,
            QStringLiteral(
                "git conflict markers (<<<<<<< / ======= / >>>>>>>) from line %1: a merge was saved or "
                "committed unresolved, and Jupyter cannot open the notebook")
                .arg(line),
            QStringLiteral(
                "open the file in a text editor and keep one side of each conflict (delete the marker "
                "lines and the other side), or take a whole version from history: `git log -- FILE`, then "
                "`git checkout COMMIT -- FILE`; commit the result")};
    }
    return findings;
}

} // namespace ts::hazards
