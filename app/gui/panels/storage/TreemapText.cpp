// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/TreemapText.h"

#include <QLocale>

#include <climits>

namespace ts::gui {

namespace {

QString joinPath(const QString& base, const QStringList& names)
{
    if (names.isEmpty())
        return base;
    const QString tail = names.join(u'/');
    if (base == QStringLiteral("."))
        return tail;
    if (base == QStringLiteral("repo:."))
        return QStringLiteral("repo:") + tail;
    return base + u'/' + tail;
}

} // namespace

QString TreemapText::kindWord(index::Kind kind)
{
    switch (kind) {
    case index::Kind::Raw:
        return tr("raw data");
    case index::Kind::Processed:
        return tr("processed data");
    case index::Kind::Results:
        return tr("results");
    case index::Kind::Checkpoints:
        return tr("checkpoints");
    case index::Kind::Models:
        return tr("models");
    case index::Kind::Notebooks:
        return tr("notebooks");
    case index::Kind::Shared:
        return tr("shared");
    case index::Kind::Other:
        break;
    }
    return tr("outside the layout");
}

QString TreemapText::nameOf(const TreemapTile& t)
{
    if (t.parentId == 0 && t.depth == 1)
        return t.name == QStringLiteral("repo:.") ? tr("Repository") : tr("Shared folder");
    return t.name;
}

QString TreemapText::pathOf(qsizetype tile) const
{
    QStringList names;
    qsizetype i = tile;
    while (i >= 0) {
        const TreemapTile& t = m_tiles[i];
        if (t.depth == 0)
            return joinPath(m_rootPath, names);
        if (t.parentId == 0)
            return joinPath(t.name, names);
        if (!t.aggregate)
            names.prepend(t.name);
        i = m_byId.value(t.parentId, -1);
    }
    return joinPath(m_rootPath.isEmpty() ? QStringLiteral(".") : m_rootPath, names);
}

QString TreemapText::describe(qsizetype tile) const
{
    const TreemapTile& t = m_tiles[tile];
    const QLocale locale;
    const QString size = tr("%1 (%2 bytes)").arg(locale.formattedDataSize(t.bytes), locale.toString(t.bytes));
    const QString path = pathOf(tile);
    if (t.aggregate)
        return tr("%1: %n small entries, %2 together, each too small to draw", nullptr, int(t.entries))
            .arg(path, size);
    const QString member = t.member.isEmpty() ? tr("unattributed") : tr("member %1").arg(t.member);
    const QString what =
        t.folder ? tr("folder of %n files", nullptr, int(std::min<qint64>(t.entries, INT_MAX))) : tr("file");
    const QString shown = t.depth == 1 && t.parentId == 0 ? nameOf(t) : path;
    return tr("%1 — %2 · %3 · %4 · kind: %5").arg(shown, size, what, member, kindWord(t.kind));
}

} // namespace ts::gui
