// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/NotebookPaths.h"

#include "util/AtomicFile.h"
#include "util/SafePath.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace ts::nb {

QStringList notebooksOnDisk(const QString& repoDir)
{
    QStringList found;
    // Without FollowSymlinks the iterator does not descend into linked folders; NoSymLinks drops linked
    // files.
    QDirIterator it(repoDir, {QStringLiteral("*.ipynb")}, QDir::Files | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    const QDir top(repoDir);
    while (it.hasNext()) {
        const QString relative = top.relativeFilePath(it.next());
        bool hidden = false;
        for (const QString& part : relative.split(u'/'))
            hidden = hidden || part.startsWith(u'.') || part == QLatin1String(".ipynb_checkpoints");
        if (!hidden)
            found << relative;
    }
    found.sort();
    return found;
}

std::optional<QString> insideRepository(const QString& repoDir, const QString& absolute)
{
    const QString canonicalRepo = QFileInfo(repoDir).canonicalFilePath();
    if (canonicalRepo.isEmpty())
        return std::nullopt;
    const QStringList parts = absolute.split(u'/', Qt::SkipEmptyParts);
    QString prefix;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        prefix += u'/' + parts[i];
        if (QFileInfo(prefix).canonicalFilePath() == canonicalRepo)
            return parts.mid(i + 1).join(u'/');
    }
    return std::nullopt;
}

Result<QString> repositoryRelativeNotebook(const QString& repoDir, const QString& argument)
{
    const QString field = QStringLiteral("notebook path \"%1\"").arg(argument);
    QString relative = argument;
    const QFileInfo info(argument);
    if (info.isAbsolute() || info.exists() || info.isSymLink()) {
        // Not canonicalFilePath: that follows a link inside the repository to whatever it points at.
        auto inside = insideRepository(repoDir, QDir::cleanPath(info.absoluteFilePath()));
        if (!inside)
            return Error::badInput(QStringLiteral("%1: is outside the notebook repository %2")
                                       .arg(field, QFileInfo(repoDir).canonicalFilePath()));
        relative = *inside;
    }
    auto normalised = normaliseRelativePath(relative, field);
    if (!normalised)
        return normalised.error();
    if (Status plain = requirePlainPathBeneath(repoDir, *normalised); !plain)
        return plain.error();
    return normalised;
}

} // namespace ts::nb
