// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/GrowthView.h"

#include "models/GrowthModel.h"
#include "panels/storage/StorageListView.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ts::gui {

GrowthView::GrowthView(GrowthModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("storage.growth"));
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("storage.growth.caption"));
    m_caption->setWordWrap(true);
    m_list = new StorageListView;
    m_list->setObjectName(QStringLiteral("storage.growth.list"));
    m_list->setAccessibleName(tr("Growth since the previous scan"));
    m_list->setAccessibleDescription(tr("The folders that grew or shrank most between the last two scans"));
    m_list->setSourceModel(model, GrowthModel::WhatColumn);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    layout->addStretch(0); // keeps the caption at the top while the list is hidden
    connect(model, &QAbstractItemModel::modelReset, this, &GrowthView::updateCaption);
    connect(model, &QAbstractItemModel::dataChanged, this, &GrowthView::updateCaption);
    updateCaption();
}

void GrowthView::updateCaption()
{
    const std::optional<index::GrowthRow> total = m_model->total();
    m_list->setVisible(total.has_value());
    if (!total) {
        m_caption->setText(tr("No earlier scan to compare: growth is shown once a later scan finds changes. "
                              "Scan again after the team has worked for a while."));
        return;
    }
    const qint64 delta = total->delta();
    const QString size = QLocale().formattedDataSize(delta < 0 ? -delta : delta);
    m_caption->setText(delta >= 0 ? tr("Since the previous scan the workspace grew by %1 (%L2 files now).")
                                        .arg(size)
                                        .arg(total->filesAfter)
                                  : tr("Since the previous scan the workspace shrank by %1 (%L2 files now).")
                                        .arg(size)
                                        .arg(total->filesAfter));
    m_caption->setToolTip(
        tr("%L1 bytes before, %L2 bytes now").arg(total->bytesBefore).arg(total->bytesAfter));
}

} // namespace ts::gui
