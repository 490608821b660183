// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/LayoutTableProxy.h"

#include "StatusColors.h"
#include "ThemedIcons.h"
#include "models/LayoutModel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace ts::gui {

LayoutTableProxy::LayoutTableProxy(QObject* parent)
    : QSortFilterProxyModel(parent), m_present(statusIcon("present")), m_missing(statusIcon("missing")),
      m_unexpected(statusIcon("unexpected")), m_blocked(statusIcon("blocked"))
{
    setSortRole(LayoutModel::SortKeyRole);
}

QVariant LayoutTableProxy::data(const QModelIndex& index, int role) const
{
    // index belongs to this proxy: index.data() would call back into this function.
    const auto status =
        LayoutModel::Status(QSortFilterProxyModel::data(index, LayoutModel::StatusRole).toInt());
    // A raw folder's protection, once read: icon and tone on the "Holds" cell (the words say it too).
    if (index.column() == LayoutModel::RoleColumn &&
        (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
        const QVariant raw = QSortFilterProxyModel::data(index, LayoutModel::RawStateRole);
        if (!raw.isValid() || status != LayoutModel::Status::Present)
            return QSortFilterProxyModel::data(index, role);
        const bool icon = role == Qt::DecorationRole;
        switch (services::RawState(raw.toInt())) {
        case services::RawState::ReadOnly:
            return icon ? QVariant(m_present)
                        : QVariant(QBrush(statusColor(StatusTone::Good, QGuiApplication::palette())));
        case services::RawState::Writable:
            return icon ? QVariant(m_blocked)
                        : QVariant(QBrush(statusColor(StatusTone::Bad, QGuiApplication::palette())));
        case services::RawState::UnknownOnThisMount:
        case services::RawState::Missing:
            return icon ? QVariant(m_unexpected)
                        : QVariant(QBrush(statusColor(StatusTone::Warning, QGuiApplication::palette())));
        }
    }
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() != LayoutModel::StatusColumn)
            break;
        switch (status) {
        case LayoutModel::Status::Present:
            return m_present;
        case LayoutModel::Status::Missing:
            return m_missing;
        case LayoutModel::Status::Unexpected:
            return m_unexpected;
        case LayoutModel::Status::FileInsteadOfFolder:
            return m_blocked;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() != LayoutModel::StatusColumn)
            break;
        switch (status) {
        case LayoutModel::Status::Present:
            return QBrush(statusColor(StatusTone::Good, QGuiApplication::palette()));
        case LayoutModel::Status::Unexpected:
            return QBrush(statusColor(StatusTone::Warning, QGuiApplication::palette()));
        case LayoutModel::Status::Missing:
        case LayoutModel::Status::FileInsteadOfFolder:
            return QBrush(statusColor(StatusTone::Bad, QGuiApplication::palette()));
        }
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace ts::gui
