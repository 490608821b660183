// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "util/SafePath.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>


namespace ts {

namespace {

Error refuse(const QString& field, const QString& path, const QString& why)
{
    QString shown = path;
    for (QChar& c : shown)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(u'?');
    return Error::badInput(QStringLiteral("%1 \"%2\" %3").arg(field, shown, why));
}

} // namespace

Result<QString> normaliseRelativePath(const QString& path, const QString& field)
{
    if (path.isEmpty())
        return refuse(field, path, QStringLiteral("is empty (give a path relative to the workspace root)"));
    if (path.toUtf8().size() > 4096)
        return refuse(field, path.left(40) + QStringLiteral("…"), QStringLiteral("is longer than 4096 bytes"));
    for (QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return refuse(field, path, QStringLiteral("contains a control character (remove it)"));
    }
    if (path.contains(u'\\'))
        return refuse(field, path, QStringLiteral("contains a backslash (use / as the separator)"));
    if (path.startsWith(u'/'))
        return refuse(field, path, QStringLiteral("is absolute (give a path relative to the workspace root)"));
    if (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter())
        return refuse(field, path, QStringLiteral("starts with a drive letter (give a relative path)"));

    QStringList parts;
    for (const QString& part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QStringLiteral("."))
            continue;
        if (part == QStringLiteral(".."))
            return refuse(field, path, QStringLiteral("contains \"..\" (paths must stay inside the workspace)"));
        parts << part;
    }
    if (parts.isEmpty())
        return refuse(field, path, QStringLiteral("names the root itself (give a folder or file below it)"));
    return parts.join(u'/');
}

bool isSafeRelativePath(const QString& relative)
{
    return normaliseRelativePath(relative, QString()).ok();
}

bool isPathInside(const QString& root, const QString& path)
{
    if (path == root)
        return true;
    const QString prefix = root.endsWith(u'/') ? root : root + u'/';
    return path.startsWith(prefix);
}

Result<QString> resolveInsideRoot(const QString& root, const QString& relative, const QString& field)
{
    auto normalised = normaliseRelativePath(relative, field);
    if (!normalised)
        return normalised.error();
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty())
        return Error::failed(QStringLiteral("%1: the folder does not exist (check --root or --workspace)").arg(root));

    // Walk the existing prefix component by component: any symlink must resolve inside the root.
    QString current = canonicalRoot;
    const QStringList parts = normalised->split(u'/');
    for (int i = 0; i < parts.size(); ++i) {
        const QString next = current + u'/' + parts.at(i);
        QFileInfo info(next);
        if (!info.exists() && !info.isSymLink()) {
            QStringList rest = parts.mid(i);
            return current + u'/' + rest.join(u'/');
        }
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty() || !isPathInside(canonicalRoot, target))
                return refuse(field, relative, QStringLiteral("leads through a symlink out of the workspace (%1)").arg(next));
            current = target;
        } else {
            current = next;
        }
    }
    return current;
}

} // namespace ts
