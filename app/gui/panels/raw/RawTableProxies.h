// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// How the Raw data panel's two tables look: a status icon and a palette-derived tone on the protection and
// change columns (the words say it too), sorting by the models' SortKeyRole. The models stay QtCore-only.
#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>

namespace ts::gui {

class RawFoldersProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RawFoldersProxy(QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

class RawChangesProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RawChangesProxy(QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace ts::gui
