// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The size tree's name column: a folder / file / link icon, the name (escaped by the model when it is not
// UTF-8), and for marked entries a monochrome glyph in the text colour plus a word ("symlink", "hard link,
// counted elsewhere", "unreadable", "vanished", …) so that the mark never rests on colour. Tops in bold.
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace ts::gui {

class SizeNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SizeNameDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The glyph for SizeTreeModel::Mark `mark`, drawn in `colour` inside `rect`.
    static void paintMark(QPainter* painter, const QRectF& rect, int mark, const QColor& colour);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int markWidth(const QStyleOptionViewItem& option, const QString& word) const;

    mutable const QStyle* m_iconStyle = nullptr;
    mutable QIcon m_folderIcon, m_fileIcon, m_linkIcon;
};

} // namespace ts::gui
