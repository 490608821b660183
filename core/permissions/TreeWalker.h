// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A depth-first walk of one folder with openat/fstatat: never follows a symlink, never enters another mount,
// keeps one descriptor per level, and treats an unreadable folder as a finding rather than an abort.
#pragma once

#include "util/Cancellation.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <sys/stat.h>

namespace ts::permissions {

struct WalkProblem
{
    // Whether what lies below the entry was left out on purpose (another mount) or could not be seen
    // (unreadable, too deep, replaced): a baseline must not be published without the latter.
    enum class Kind { Unreadable, OtherMount, TooDeep, Replaced };

    QString path;   // relative, as the walk names it
    QString reason; // one line
    Kind kind = Kind::Unreadable;
};

class TreeWalker
{
public:
    // A file, symlink, socket…: `parentFd` is the folder holding `name`; valid only during the call.
    using EntryVisitor = std::function<Status(int parentFd, const QByteArray& name,
                                              const QString& relativePath, const struct stat& st)>;
    // A folder, after its children (so a protect that removes write from it has finished inside first);
    // `dirFd` is the folder itself, opened O_RDONLY | O_DIRECTORY. The top folder is visited too.
    using DirectoryVisitor =
        std::function<Status(int dirFd, const QString& relativePath, const struct stat& st)>;

    EntryVisitor onEntry;
    DirectoryVisitor onDirectory;
    const CancelToken* cancel = nullptr;
    int maxDepth = 256;

    // Walks `topFd` (not taken over), naming entries `topRelative/…`. Visitor errors and cancellation stop
    // the walk and are returned; problems that only concern one entry are collected in problems().
    Status walk(int topFd, const QString& topRelative);

    const QList<WalkProblem>& problems() const { return m_problems; }

private:
    Status walkFolder(int dirFd, const QString& relative, const struct stat& st, dev_t device, int depth);
    QList<WalkProblem> m_problems;
};

} // namespace ts::permissions
