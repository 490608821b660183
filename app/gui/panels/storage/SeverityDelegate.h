// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The hazards list's severity column: the style's information / warning / error icon beside the word, so
// severity never rests on colour alone.
#pragma once

#include <QStyledItemDelegate>

namespace ts::gui {

class SeverityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SeverityDelegate(int column, int severityRole, QObject* parent = nullptr);
    // Text in `column` is cut at its end (a sentence keeps its beginning) instead of the view's middle.
    void setElideRight(int column) { m_elideRight = column; }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_column, m_severityRole;
    int m_elideRight = -1;
};

} // namespace ts::gui
