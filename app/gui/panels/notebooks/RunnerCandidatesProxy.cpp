// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/notebooks/RunnerCandidatesProxy.h"

#include "models/RunnerCandidatesModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace ts::gui {

QVariant RunnerCandidatesProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    if (role == Qt::DecorationRole && column == RunnerCandidatesModel::FitsColumn) {
        const bool fits = QIdentityProxyModel::data(index, RunnerCandidatesModel::FitsRole).toBool();
        return QApplication::style()->standardIcon(fits ? QStyle::SP_DialogApplyButton
                                                        : QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ToolTipRole) {
        const QVariant own = QIdentityProxyModel::data(index, role);
        return own.isValid() ? own : QIdentityProxyModel::data(index, RunnerCandidatesModel::ExplanationRole);
    }
    if (role == Qt::TextAlignmentRole && column >= RunnerCandidatesModel::HeadroomColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QIdentityProxyModel::data(index, role);
}

} // namespace ts::gui
