// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The generated first cell that makes a notebook's paths work on Colab, Kaggle and a local machine:
// ROOT_PATH (the shared folder), RESULTS_DIR and CHECKPOINT_DIR (the runner's folders from the layout).
#pragma once

#include "notebooks/Notebook.h"

#include <QString>

namespace ts::nb {

// The tag (in the cell's metadata.tags) that marks the generated cell, so a refresh finds and replaces it.
inline constexpr const char* kRootCellTag = "teamspace-root";

struct RootCellSettings
{
    QString workspaceName;   // names the Drive folder on Colab and the dataset on Kaggle
    QString resultsPath;     // root-relative, e.g. "results/alice"
    QString checkpointsPath; // root-relative, e.g. "checkpoints/alice"
};

// The cell's Python source (deterministic: the same settings give the same bytes). It holds no secrets.
QString rootCellSource(const RootCellSettings& settings);

bool isRootCell(const JsonValue& cell);

// Inserts the cell first, or replaces a tagged one (moving it first). Returns true when the notebook
// changed; a second call with the same settings returns false. nbformat 4 only (BadInput for 3.x).
Result<bool> applyRootCell(Notebook& notebook, const RootCellSettings& settings);

} // namespace ts::nb
