// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/notebooks/NotebooksTableProxy.h"

#include "StatusColors.h"
#include "ThemedIcons.h"
#include "models/NotebooksModel.h"

#include <QApplication>

namespace ts::gui {

NotebooksTableProxy::NotebooksTableProxy(QObject* parent) : QIdentityProxyModel(parent)
{
    setPalette(QApplication::palette());
}

void NotebooksTableProxy::setPalette(const QPalette& palette)
{
    m_palette = palette;
    m_ok = themedIcon(QStringLiteral(":/icons/status-present.svg")); // in the text colour: nothing to see
    m_problem = ts::gui::statusIcon("unexpected");
    m_missing = ts::gui::statusIcon("missing");
    m_atRisk = ts::gui::statusIcon("blocked");
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DecorationRole, Qt::ForegroundRole});
}

QIcon NotebooksTableProxy::statusIcon(const QModelIndex& index) const
{
    auto value = [&](int role) { return QIdentityProxyModel::data(index, role); };
    if (!value(NotebooksModel::OnDiskRole).toBool())
        return m_missing;
    if (value(NotebooksModel::AtRiskRole).toBool() ||
        !value(NotebooksModel::HealthErrorRole).toString().isEmpty())
        return m_atRisk;
    if (!value(NotebooksModel::HealthLoadedRole).toBool())
        return {};
    const int root = value(NotebooksModel::RootCellStateRole).toInt();
    const bool rootProblem =
        root == int(services::RootCellState::Missing) || root == int(services::RootCellState::Outdated);
    if (value(NotebooksModel::FindingsCountRole).toInt() > 0 ||
        !value(NotebooksModel::StrippedRole).toBool() || rootProblem)
        return m_problem;
    return m_ok;
}

QVariant NotebooksTableProxy::foreground(const QModelIndex& index) const
{
    auto value = [&](int role) { return QIdentityProxyModel::data(index, role); };
    const bool loaded = value(NotebooksModel::HealthLoadedRole).toBool();
    switch (index.column()) {
    case NotebooksModel::PathColumn:
        if (!value(NotebooksModel::OnDiskRole).toBool())
            return statusColor(StatusTone::Bad, m_palette);
        break;
    case NotebooksModel::StrippedColumn:
        if (!value(NotebooksModel::HealthErrorRole).toString().isEmpty())
            return statusColor(StatusTone::Bad, m_palette);
        if (loaded && !value(NotebooksModel::StrippedRole).toBool())
            return statusColor(StatusTone::Warning, m_palette);
        break;
    case NotebooksModel::RootCellColumn: {
        const int root = value(NotebooksModel::RootCellStateRole).toInt();
        if (loaded &&
            (root == int(services::RootCellState::Missing) || root == int(services::RootCellState::Outdated)))
            return statusColor(StatusTone::Warning, m_palette);
        break;
    }
    case NotebooksModel::FindingsColumn:
        if (value(NotebooksModel::FindingsCountRole).toInt() > 0)
            return statusColor(StatusTone::Warning, m_palette);
        break;
    case NotebooksModel::OutputsColumn:
        if (value(NotebooksModel::AtRiskRole).toBool())
            return statusColor(StatusTone::Bad, m_palette);
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, Qt::ForegroundRole);
}

QVariant NotebooksTableProxy::toolTip(const QModelIndex& index) const
{
    const QVariant own = QIdentityProxyModel::data(index, Qt::ToolTipRole);
    if (own.isValid())
        return own;
    const QVariant key = QIdentityProxyModel::data(index, NotebooksModel::SortKeyRole);
    switch (index.column()) {
    case NotebooksModel::SizeColumn:
    case NotebooksModel::ExpectedOutputColumn:
        if (key.toLongLong() > 0)
            return tr("%L1 bytes").arg(key.toLongLong());
        break;
    case NotebooksModel::PathColumn:
        return QIdentityProxyModel::data(index, NotebooksModel::PathRole);
    default:
        break;
    }
    return {};
}

QVariant NotebooksTableProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() == NotebooksModel::PathColumn)
            return statusIcon(index);
        break;
    case Qt::ForegroundRole:
        return foreground(index);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case NotebooksModel::ExpectedOutputColumn:
        case NotebooksModel::SizeColumn:
        case NotebooksModel::FindingsColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(index);
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ts::gui
