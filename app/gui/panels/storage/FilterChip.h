// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// "Filtered by: ana ✕": says that the tree and the treemap show only part of the index, and clears the
// filter when its button is pressed. Hidden while nothing is filtered.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace ts::gui {

class FilterChip : public QFrame
{
    Q_OBJECT
public:
    explicit FilterChip(QWidget* parent = nullptr);

    // What the filter keeps, in words ("ana", "kind: raw", "no member"); empty hides the chip.
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

signals:
    void clearRequested();

private:
    QString m_text;
    QLabel* m_label = nullptr;
    QToolButton* m_clear = nullptr;
};

} // namespace ts::gui
