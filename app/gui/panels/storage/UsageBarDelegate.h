// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Draws a usage bar (a fraction 0..1 from the model) beside the size text in one column, and marks rows that
// are over their limit with a warning icon and the status colour in another column, whose text already says
// so in words ("1.2 GB over quota"): the mark is never colour alone.
#pragma once

#include <QStyledItemDelegate>

namespace ts::gui {

class UsageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `barColumn` shows the bar from `fractionRole`; `warningColumn` gets the warning look on rows whose
    // `warningRole` is true (-1: none).
    UsageBarDelegate(int barColumn, int fractionRole, int warningColumn, int warningRole,
                     QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_barColumn, m_fractionRole, m_warningColumn, m_warningRole;
};

} // namespace ts::gui
