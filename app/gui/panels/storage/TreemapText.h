// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The words the treemap says about a tile: its path as reports name it, the description in the tooltip and
// status line (path, size with exact bytes, file or folder, member, kind: never colour alone), and the
// names of the tops and kinds.
#pragma once

#include "models/TreemapLayout.h"

#include <QCoreApplication>
#include <QHash>

namespace ts::gui {

class TreemapText
{
    Q_DECLARE_TR_FUNCTIONS(TreemapText)
public:
    // `tiles` as laid out, `byId` entry id → tile, `rootPath` the display path of the root (empty: every
    // top).
    TreemapText(const QList<TreemapTile>& tiles, const QHash<qint64, qsizetype>& byId,
                const QString& rootPath)
        : m_tiles(tiles), m_byId(byId), m_rootPath(rootPath)
    {
    }

    QString pathOf(qsizetype tile) const;
    QString describe(qsizetype tile) const;

    static QString kindWord(index::Kind kind);
    // "Shared folder" / "Repository" for a top's tile, else the tile's name.
    static QString nameOf(const TreemapTile& tile);

private:
    const QList<TreemapTile>& m_tiles;
    const QHash<qint64, qsizetype>& m_byId;
    const QString& m_rootPath;
};

} // namespace ts::gui
