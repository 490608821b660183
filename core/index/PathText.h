// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// File names are bytes on Linux: they are stored as bytes and shown as text with every byte that is not
// printable UTF-8 escaped, so that a non-UTF-8 or newline-carrying name survives and stays readable.
#pragma once

#include <QByteArray>
#include <QString>

#include "index/ScanTree.h"

namespace ts::index {

// Valid UTF-8 stays as it is; `\` becomes `\\`, newline `\n`, tab `\t`, other control characters and bytes
// that are not valid UTF-8 `\xNN`.
QString displayPath(const QByteArray& bytes);

// The inverse of displayPath, for paths typed back by a user (`usage --path`).
QByteArray pathFromDisplay(const QString& text);

// How every report names an entry: shared-folder paths as they are ("." for the folder itself), repository
// paths prefixed "repo:" ("repo:notebooks/ana/a.ipynb"). With one folder for both there is only the shared
// top.
QString displayEntryPath(Top top, const QByteArray& relativePath);
// The inverse: which top and which relative bytes a user's --path names.
std::pair<Top, QByteArray> entryPathFromDisplay(const QString& text);

} // namespace ts::index
