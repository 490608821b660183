// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The layer table of docs/ARCHITECTURE.md as data, and a checker that reads a source tree against it.
#pragma once

#include <QString>
#include <QStringList>

namespace ts::test {

struct LayerReport
{
    int filesRead = 0;
    QStringList upwardIncludes; // "core/util/X.h:12: util includes \"sync/Y.h\" (sync is not below util)"
    QStringList libgit2Outside; // "core/sync/X.cpp:3: <git2.h>"
    QStringList sqliteOutside;  // "app/cli/X.cpp:5: <sqlite3.h>"
    QStringList cliLowLevel;    // "app/cli/X.cpp:40: opendir"
    QStringList unknownModules; // "core/wizard": a folder the table does not place
};

// Reads every .h and .cpp under root/core and root/app.
LayerReport checkLayers(const QString& root);

} // namespace ts::test
