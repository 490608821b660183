// What every hazard rule reads: the index, the manifest's policies and members, and the clock.
#pragma once

#include "index/IndexQueries.h"
#include "workspace/Manifest.h"

namespace ts::hazards {

struct HazardContext
{
    index::IndexQueries& index;
    const Manifest& manifest;
    QString sharedFolder; // absolute; rules that must read a file (notebooks) resolve paths from here
    QString repository;   // absolute
    qint64 nowNs = 0;     // "now" for age rules, fixed by the caller so that tests are exact

    // Absolute path of an indexed entry.
    QString absolutePath(index::Top top, const QByteArray& relativePath) const;
};

} // namespace ts::hazards
