// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What the treemap's colours mean: a swatch and a word for each member (or kind), the unattributed entries
// and the hatched grey of small entries grouped per folder. Wraps onto as many lines as its width needs.
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace ts::gui {

struct TreemapLegendItem
{
    QColor colour;
    QString text;
    bool hatched = false;
    QColor hatch;
};

class TreemapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit TreemapLegend(QWidget* parent = nullptr);

    void setItems(const QList<TreemapLegendItem>& items);
    const QList<TreemapLegendItem>& items() const { return m_items; }
    QStringList texts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Where each item goes at `width`; returns the height used.
    int arrange(int width, QList<QRect>* places) const;

    QList<TreemapLegendItem> m_items;
};

} // namespace ts::gui
