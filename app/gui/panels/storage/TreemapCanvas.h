// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The treemap's drawing surface: shows the rendered image (scaled while a new layout for a new size is being
// computed), outlines the selected tile and its folder and the tile under the mouse, and turns mouse and
// keys into tile indices for TreemapView.
#pragma once

#include "models/TreemapLayout.h"

#include <QImage>
#include <QWidget>

namespace ts::gui {

class TreemapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit TreemapCanvas(QWidget* parent = nullptr);

    // The tiles laid out for `layoutSize` and their image.
    void setContent(const QList<TreemapTile>& tiles, const QImage& image, const QSizeF& layoutSize);
    void setImage(const QImage& image)
    {
        m_image = image;
        update();
    }
    const QList<TreemapTile>& tiles() const { return m_tiles; }
    void setMessage(const QString& message);
    QString message() const { return m_message; }
    // The tile to outline (-1: none) and its folder's tile (-1: none).
    void setSelection(qsizetype tile, qsizetype folder);
    qsizetype selectedTile() const { return m_selected; }
    qsizetype selectedFolder() const { return m_selectedFolder; }
    const QImage& image() const { return m_image; }

    // The deepest tile at a point in widget coordinates; -1 when none.
    qsizetype tileAt(const QPointF& pos) const;
    // A tile's rectangle in widget coordinates (the layout scaled to the widget).
    QRectF tileRect(qsizetype tile) const;
    bool isStale() const;
    // The sibling of `current` (same folder) nearest in `direction` (an arrow key), preferring those straight
    // ahead; -1 when none lies that way.
    static qsizetype nearestSibling(
        const QList<TreemapTile>& tiles, qsizetype current,
        Qt::Key direction); // the image is of another size than the widget (a new layout is on its way)

Q_SIGNALS:
    void tileClicked(qsizetype tile);
    void tileDoubleClicked(qsizetype tile);
    void tileHovered(qsizetype tile); // -1: none
    void contextMenuAt(qsizetype tile, QPoint globalPos);
    void upRequested();
    void moveRequested(Qt::Key direction);
    void activateRequested();
    void resized();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QPointF toLayout(const QPointF& pos) const;
    void setHover(qsizetype tile);

    QList<TreemapTile> m_tiles;
    QImage m_image;
    QSizeF m_layoutSize;
    QString m_message;
    qsizetype m_selected = -1, m_selectedFolder = -1, m_hover = -1;
};

} // namespace ts::gui
