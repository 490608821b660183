// A notebook that is not valid JSON was cut off mid-write; Jupyter cannot open it. This rule reads the file
// (the scan never does): only notebooks in results, checkpoints and notebooks folders, up to a size limit.
#include "hazards/Rules.h"

#include "notebooks/ConflictMarkers.h"
#include "util/AtomicFile.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ts::hazards {

namespace {
constexpr qint64 kLargestNotebookRead = 256LL * 1024 * 1024;
}

Result<QList<Finding>> checkTruncatedNotebooks(const HazardContext& context)
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
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            continue;
        if (nb::conflictMarkerOffset(*bytes))
            continue; // not cut off: a committed merge conflict (notebook-conflict-markers)
        findings << Finding{
            QStringLiteral("truncated-notebook"), Severity::Error, f.path,
            QStringLiteral("not a valid notebook: %1 at byte %2 of %3 (a write cut off part-way)")
                .arg(error.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object")
                                                             : error.errorString())
                .arg(error.offset)
                .arg(f.size),
            QStringLiteral("restore it from git (`git checkout -- FILE`) or from the runtime's copy, "
                           "then save it once more")};
    }
    return findings;
}

} // namespace ts::hazards
