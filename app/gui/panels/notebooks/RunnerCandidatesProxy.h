// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Presentation of the runner suggestion in the assign dialog: a check or warning icon next to "fits" /
// "does not fit" (the words stay: meaning never by colour or icon alone), figures right-aligned, and the
// candidate's arithmetic as every cell's tooltip.
#pragma once

#include <QIdentityProxyModel>

namespace ts::gui {

class RunnerCandidatesProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace ts::gui
