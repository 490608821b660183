// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// raw-baseline.json: the baseline as the team shares it in the repository. Written sorted, one file per line,
// so a re-baseline diffs as the files that changed; read as untrusted input (it arrives with other people's
// pushes).
#pragma once

#include "permissions/IntegrityBaseline.h"

#include <QByteArray>

namespace ts::permissions {

inline constexpr const char* kBaselineFileName = "raw-baseline.json";
inline constexpr int kBaselineFormatVersion = 1;
inline constexpr qint64 kBaselineMaxBytes = 256LL * 1024 * 1024; // ~1.5 million files

// Byte-stable: the same baseline always gives the same bytes (no timestamp inside; git says when).
QByteArray serializeBaseline(const Baseline& baseline);

// Strict: malformed JSON, wrong types, unknown algorithm, a newer format version, unsafe paths (.., absolute,
// drive letters, backslashes, control characters), duplicate paths, negative sizes and digests of the wrong
// length are BadInput errors naming `source` and the field. Entries come back sorted.
Result<Baseline> parseBaseline(const QByteArray& json,
                               const QString& source = QString::fromLatin1(kBaselineFileName));

// <repoDir>/raw-baseline.json: read (size-limited) and parsed; written atomically.
Result<Baseline> loadBaselineFile(const QString& repoDir);
Status saveBaselineFile(const Baseline& baseline, const QString& repoDir);

} // namespace ts::permissions
