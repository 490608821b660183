// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Where the notebooks of a repository are: the walk that finds them, and a notebook named on a command line
// (absolute, cwd-relative or repository-relative) as a path inside the repository.
#pragma once

#include "util/Result.h"

#include <QStringList>

#include <optional>

namespace ts::nb {

// Every .ipynb in the repository, repository-relative, sorted: hidden folders (.git, .venv, …) and Jupyter's
// .ipynb_checkpoints are skipped, and no link is followed (neither a linked notebook nor a linked folder: a
// teammate can push a link to another member's files).
QStringList notebooksOnDisk(const QString& repoDir);

// The part of `absolute` (a clean absolute path, links not resolved) inside the repository `repoDir`, or
// nothing when it is not in it. The shortest leading part of the path that resolves to the repository is
// where the repository is (a link there is the user's own, e.g. a home folder reached through a link);
// everything after it is inside, where no link is followed.
std::optional<QString> insideRepository(const QString& repoDir, const QString& absolute);

// A notebook argument as a repository-relative path: absolute or cwd-relative paths of existing files are
// made relative to the repository (refused when outside it); anything else is taken as repository-relative.
// BadInput for paths that leave the repository (.., absolute elsewhere) and for a path that is or passes
// through a symlink below the repository (it may point at another member's notebook).
Result<QString> repositoryRelativeNotebook(const QString& repoDir, const QString& argument);

} // namespace ts::nb
