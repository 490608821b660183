// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The size tree's "% of parent" column: a bar of the entry's share of its folder with the percentage on top.
// Colours come from the palette only: the filled part in Highlight with the text over it in HighlightedText,
// the rest an outlined track (Mid) with the text in Text, so the number stays readable across the boundary in
// light and dark palettes; a selected row swaps the two.
#pragma once

#include <QStyledItemDelegate>

namespace ts::gui {

class SizeBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SizeBarDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ts::gui
