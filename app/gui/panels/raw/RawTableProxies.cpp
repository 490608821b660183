// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/raw/RawTableProxies.h"

#include "StatusColors.h"
#include "ThemedIcons.h"
#include "models/RawChangesModel.h"
#include "models/RawFoldersModel.h"

#include <QBrush>
#include <QGuiApplication>

namespace ts::gui {

namespace {

QBrush tone(StatusTone t)
{
    return QBrush(statusColor(t, QGuiApplication::palette()));
}

} // namespace

RawFoldersProxy::RawFoldersProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawFoldersModel::SortKeyRole);
}

QVariant RawFoldersProxy::data(const QModelIndex& index, int role) const
{
    if (index.column() != RawFoldersModel::StateColumn ||
        (role != Qt::DecorationRole && role != Qt::ForegroundRole))
        return QSortFilterProxyModel::data(index, role);
    const auto state =
        services::RawState(QSortFilterProxyModel::data(index, RawFoldersModel::StateRole).toInt());
    const bool icon = role == Qt::DecorationRole;
    switch (state) {
    case services::RawState::ReadOnly:
        return icon ? QVariant(statusIcon("present")) : QVariant(tone(StatusTone::Good));
    case services::RawState::Writable:
        return icon ? QVariant(statusIcon("blocked")) : QVariant(tone(StatusTone::Bad));
    case services::RawState::UnknownOnThisMount:
        return icon ? QVariant(statusIcon("unexpected")) : QVariant(tone(StatusTone::Warning));
    case services::RawState::Missing:
        return icon ? QVariant(statusIcon("missing")) : QVariant(tone(StatusTone::Warning));
    }
    return {};
}

RawChangesProxy::RawChangesProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawChangesModel::SortKeyRole);
}

QVariant RawChangesProxy::data(const QModelIndex& index, int role) const
{
    if (index.column() != RawChangesModel::ChangeColumn ||
        (role != Qt::DecorationRole && role != Qt::ForegroundRole))
        return QSortFilterProxyModel::data(index, role);
    const auto kind =
        services::RawChange::Kind(QSortFilterProxyModel::data(index, RawChangesModel::KindRole).toInt());
    const bool icon = role == Qt::DecorationRole;
    switch (kind) {
    case services::RawChange::Kind::Modified:
        return icon ? QVariant(statusIcon("blocked")) : QVariant(tone(StatusTone::Bad));
    case services::RawChange::Kind::Added:
        return icon ? QVariant(statusIcon("unexpected")) : QVariant(tone(StatusTone::Warning));
    case services::RawChange::Kind::Removed:
        return icon ? QVariant(statusIcon("missing")) : QVariant(tone(StatusTone::Bad));
    }
    return {};
}

} // namespace ts::gui
