// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/sync/NotebookDiffView.h"

#include "panels/sync/NotebookDiffModel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

// Return on a fold opens it; Space on a header toggles its check (the default delegate does that too, but
// only when the item is current and selected).
class DiffListView final : public QListView
{
public:
    using QListView::QListView;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            emit activated(currentIndex());
            return;
        }
        QListView::keyPressEvent(event);
    }
};

} // namespace

NotebookDiffView::NotebookDiffView(QWidget* parent) : QWidget(parent)
{
    m_model = new NotebookDiffModel(this);
    m_model->setPalette(palette());
    m_titles = new QLabel(this);
    m_titles->setObjectName(QStringLiteral("diffTitles"));
    m_titles->setWordWrap(true);
    m_titles->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_list = new DiffListView(this);
    m_list->setObjectName(QStringLiteral("diffList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAccessibleName(tr("Notebook differences"));
    m_list->setAccessibleDescription(
        tr("The cells of the notebook, changed ones marked; unchanged runs are folded"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titles);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex& index) { m_model->expand(index); });
    connect(m_list, &QListView::doubleClicked, this,
            [this](const QModelIndex& index) { m_model->expand(index); });
    connect(m_model, &NotebookDiffModel::checkedRowsChanged, this, &NotebookDiffView::checkedRowsChanged);
    setFocusProxy(m_list);
    clear();
}

void NotebookDiffView::setDiff(const nb::NotebookDiff& diff, const QString& titleA, const QString& titleB)
{
    m_model->setDiff(diff);
    m_titles->setText(tr("A: %1\nB: %2").arg(titleA, titleB));
    int counts[4] = {0, 0, 0, 0};
    for (const nb::CellDiff& cell : diff.cells)
        ++counts[int(cell.status)];
    if (diff.changedCells() == 0 && diff.metadataKeys.isEmpty())
        m_summary->setText(tr("No differences: %n cells, all unchanged", nullptr, diff.cells.size()));
    else
        m_summary->setText(tr("%1 modified, %2 added, %3 removed, %4 unchanged")
                               .arg(counts[int(nb::CellStatus::Modified)])
                               .arg(counts[int(nb::CellStatus::Added)])
                               .arg(counts[int(nb::CellStatus::Removed)])
                               .arg(counts[int(nb::CellStatus::Unchanged)]));
    m_list->setEnabled(true);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void NotebookDiffView::clear(const QString& message)
{
    m_model->clear();
    m_titles->clear();
    m_summary->setText(message.isEmpty() ? tr("Nothing to compare") : message);
    m_list->setEnabled(false);
}

void NotebookDiffView::setCheckable(bool checkable)
{
    m_model->setCheckable(checkable);
}

QList<int> NotebookDiffView::checkedRows() const
{
    return m_model->checkedRows();
}

void NotebookDiffView::setRowChecked(int row, bool checked)
{
    m_model->setChecked(row, checked);
}

const nb::NotebookDiff& NotebookDiffView::diff() const
{
    return m_model->diff();
}

void NotebookDiffView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace ts::gui
