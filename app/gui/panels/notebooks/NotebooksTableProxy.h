// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Presentation of the Notebooks table (icons drawn in the palette's text colour, status tones from
// PaletteColours, alignment, tooltips with exact bytes and times) over NotebooksFilterModel. No logic.
#pragma once

#include <QIcon>
#include <QIdentityProxyModel>
#include <QPalette>

namespace ts::gui {

class NotebooksTableProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit NotebooksTableProxy(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The palette the tones are chosen for (the view's); call again when it changes.
    void setPalette(const QPalette& palette);

private:
    QIcon statusIcon(const QModelIndex& index) const;
    QVariant foreground(const QModelIndex& index) const;
    QVariant toolTip(const QModelIndex& index) const;

    QPalette m_palette;
    QIcon m_ok;
    QIcon m_problem;
    QIcon m_missing;
    QIcon m_atRisk;
};

} // namespace ts::gui
