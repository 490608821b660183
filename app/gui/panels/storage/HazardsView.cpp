// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/HazardsView.h"

#include "models/HazardsModel.h"
#include "panels/storage/SeverityDelegate.h"
#include "panels/storage/StorageListView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ts::gui {

HazardsView::HazardsView(HazardsModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("storage.hazards"));
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("storage.hazards.caption"));
    m_list = new StorageListView;
    m_list->setObjectName(QStringLiteral("storage.hazards.list"));
    m_list->setAccessibleName(tr("Hazards"));
    m_list->setAccessibleDescription(
        tr("Problems found in the shared folder, worst first; select one for where it is and how to fix it"));
    m_list->setSourceModel(model, HazardsModel::MessageColumn);
    // "What is wrong" is a sentence: cut at its end (the tooltip and the details below give all of it);
    // paths keep the list's middle elision.
    auto* delegate = new SeverityDelegate(HazardsModel::SeverityColumn, HazardsModel::SeverityRole, m_list);
    delegate->setElideRight(HazardsModel::MessageColumn);
    m_list->setItemDelegate(delegate);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("storage.hazards.details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    connect(model, &QAbstractItemModel::modelReset, this, &HazardsView::updateCaption);
    connect(model, &QAbstractItemModel::dataChanged, this, &HazardsView::updateCaption);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HazardsView::showDetails);
    updateCaption();
}

void HazardsView::updateCaption()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_caption->setText(tr("No hazards found by the last scan."));
        m_details->clear();
        return;
    }
    QStringList parts;
    parts << tr("%n hazard(s)", nullptr, rows);
    if (const int errors = m_model->count(hazards::Severity::Error))
        parts << tr("%n error(s)", nullptr, errors);
    if (const int warnings = m_model->count(hazards::Severity::Warning))
        parts << tr("%n warning(s)", nullptr, warnings);
    m_caption->setText(parts.join(QStringLiteral(" · ")) + QStringLiteral(". ") +
                       tr("Select one to see where it is and how to fix it."));
    showDetails();
}

void HazardsView::showDetails()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    m_details->setText(tr("%1\nFix: %2")
                           .arg(current.data(HazardsModel::MessageRole).toString(),
                                current.data(HazardsModel::FixRole).toString()));
}

} // namespace ts::gui
