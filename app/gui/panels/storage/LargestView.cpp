// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/LargestView.h"

#include "models/LargestFilesModel.h"
#include "panels/storage/StorageListView.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ts::gui {

LargestView::LargestView(LargestFilesModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("storage.largest"));
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("storage.largest.caption"));
    m_list = new StorageListView;
    m_list->setObjectName(QStringLiteral("storage.largest.list"));
    m_list->setAccessibleName(tr("Largest files"));
    m_list->setAccessibleDescription(tr("The largest files of the shared folder, largest first"));
    m_list->setSourceModel(model, LargestFilesModel::FolderColumn);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    connect(model, &QAbstractItemModel::modelReset, this, &LargestView::updateCaption);
    connect(model, &QAbstractItemModel::dataChanged, this, &LargestView::updateCaption);
    updateCaption();
}

void LargestView::updateCaption()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_caption->setText(tr("No files in the index yet."));
        return;
    }
    qint64 bytes = 0;
    for (const index::FileRow& file : m_model->files())
        bytes += file.size;
    m_caption->setText(
        tr("The %n largest files: %1 together.", nullptr, rows).arg(QLocale().formattedDataSize(bytes)) +
        QLatin1Char(' ') + tr("Hard-linked copies count once."));
}

} // namespace ts::gui
