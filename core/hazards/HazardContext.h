// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What every hazard rule reads: the index, the manifest's policies and members, and the clock.
#pragma once

#include "index/IndexQueries.h"
#include "workspace/Manifest.h"

#include <functional>

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

    // Calls `visit` with every indexed notebook in results, checkpoints and notebooks folders (up to 256 MiB)
    // and its bytes, in path order; one read for the rules that look inside notebooks (the scan never does).
    // A notebook gone or unreadable since the scan is skipped: the next scan records it.
    Status forEachNotebook(const std::function<void(const index::FileRow&, const QByteArray&)>& visit) const;
};

} // namespace ts::hazards
