// Shared files (the manifest, a stripped notebook, the baseline) are replaced whole or not at all.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace ts {

// Writes `data` to `path` through QSaveFile (temporary file + rename). On failure the old file is intact.
Status writeFileAtomically(const QString& path, const QByteArray& data);

// Reads a whole file, refusing anything larger than `maxBytes` with a BadInput error naming the limit.
Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes);

} // namespace ts
