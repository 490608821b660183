// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The stripper's defaults, in one place: a workspace's manifest policy starts from these (declared in
// Manifest.h; defined here in workspace, below notebooks, which only applies a policy).
#include "workspace/Manifest.h"

namespace ts {

StripPolicy defaultStripPolicy()
{
    StripPolicy policy;
    // Per-cell UI state and run records that change on every run and mean nothing to a reader.
    policy.cellMetadataRemoved = {
        QStringLiteral("collapsed"), QStringLiteral("scrolled"),          QStringLiteral("ExecuteTime"),
        QStringLiteral("execution"), QStringLiteral("heading_collapsed"), QStringLiteral("hidden"),
        QStringLiteral("outputId"),  QStringLiteral("executionInfo"),     QStringLiteral("colab"),
    };
    // Trust signatures, widget state and Colab's per-user provenance; the rest of colab, kernelspec,
    // language_info and accelerator stay (the accelerator says which runtime the notebook needs).
    policy.notebookMetadataRemoved = {QStringLiteral("signature"), QStringLiteral("widgets"),
                                      QStringLiteral("colab.provenance")};
    policy.keepOutputs = false;
    return policy;
}

} // namespace ts
