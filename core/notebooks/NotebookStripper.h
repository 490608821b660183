// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Removes outputs and volatile metadata from notebooks, deterministically: the result is what nbformat would
// write for the stripped notebook, byte for byte, and stripping it again changes nothing.
#pragma once

#include "notebooks/Notebook.h"
#include "util/Result.h"
#include "workspace/Manifest.h"

#include <QByteArray>
#include <QString>

namespace ts::nb {

// Applies the policy to a parsed notebook (a pure edit of the tree; see docs/notebooks.md for the rules):
// code cells lose outputs and execution_count unless the policy keeps outputs or the cell's metadata has
// "keep_output": true; the listed cell and notebook metadata keys go ("a.b" = key b inside object a).
void stripNotebook(Notebook& notebook, const StripPolicy& policy);

// Parse + strip + write. BadInput (naming `source` and the byte offset or field) for anything that is not a
// notebook Teamspace can write back (see Notebook::parse); nbformat 3 notebooks are refused unless
// `upgradeV3` asks for nbformat's conversion to 4 first.
// Pass the bytes with std::move when you no longer need them: they are parsed in place.
Result<QByteArray> stripNotebookBytes(QByteArray input, const StripPolicy& policy,
                                      const QString& source = QStringLiteral("notebook"), bool upgradeV3 = false);

} // namespace ts::nb
