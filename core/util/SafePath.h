// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Paths that come from untrusted input (the manifest, a baseline, a command line) are checked here, once,
// with one set of rules: relative, normalised, inside their root.
#pragma once

#include "util/Result.h"

#include <QString>

namespace ts {

// Checks a repository- or root-relative path and returns it normalised ("a//b/./c/" → "a/b/c").
// Refused, with `field` named in the message: empty, absolute ("/x"), drive letters ("C:"), backslashes,
// ".." components, NUL and other control characters, more than 4096 bytes.
// `field` is how the caller names the value, e.g. `teamspace.json: layout[3].path`.
Result<QString> normaliseRelativePath(const QString& path, const QString& field);

// True when `relative` passes normaliseRelativePath.
bool isSafeRelativePath(const QString& relative);

// Joins root and a safe relative path, then checks on disk that the existing part of the result does not
// leave `root` through a symlink. The result is an absolute path under the canonical root.
Result<QString> resolveInsideRoot(const QString& root, const QString& relative, const QString& field);

// True when `path` (absolute, canonical) is `root` itself or below it.
bool isPathInside(const QString& root, const QString& path);

} // namespace ts
