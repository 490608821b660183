// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/notebooks/NotebooksPanel.h"

#include "ThemedIcons.h"
#include "models/NotebooksFilterModel.h"
#include "models/NotebooksModel.h"
#include "panels/notebooks/AssignDialog.h"
#include "panels/notebooks/NotebookDetails.h"
#include "panels/notebooks/NotebooksTableProxy.h"
#include "panels/notebooks/ReassignDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ts::gui {

NotebooksPanel::NotebooksPanel(const PanelContext& context, QWidget* parent)
    : Panel(parent), m_dialogs(context.dialogs)
{
    setObjectName(QStringLiteral("panel.notebooks"));
    m_model = new NotebooksModel(this);
    m_filter = new NotebooksFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_proxy = new NotebooksTableProxy(this);
    m_proxy->setSourceModel(m_filter);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("notebooks.table"));
    m_table->setAccessibleName(tr("Notebooks"));
    m_table->setAccessibleDescription(
        tr("Every notebook with its owner, runner and health; Return opens the selected one"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NotebooksModel::PathColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Headers cut at their end (the tooltip has the words), not on both sides.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->resizeSection(
        NotebooksModel::PathColumn, m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const std::pair<int, int> widths[] = {
        {NotebooksModel::OwnerColumn, 5},       {NotebooksModel::RunnerColumn, 6},
        {NotebooksModel::AcceleratorColumn, 7}, {NotebooksModel::ExpectedOutputColumn, 8},
        {NotebooksModel::SizeColumn, 5},        {NotebooksModel::LastCommitColumn, 8},
        {NotebooksModel::StrippedColumn, 8},    {NotebooksModel::RootCellColumn, 7},
        {NotebooksModel::FindingsColumn, 5}};
    // Widths in ems so that every column shows at 1024x640 (a header cut short shows its words as a tooltip);
    // sized to the headers' words instead, the last four columns scrolled off screen.
    for (const auto& [column, ems] : widths)
        m_table->horizontalHeader()->resizeSection(column, ems * em);
    m_table->installEventFilter(this);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("notebooks.summary"));
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("notebooks.healthProgress"));
    m_permission = new QLabel;
    m_permission->setObjectName(QStringLiteral("notebooks.permission"));
    m_permission->setWordWrap(true);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("notebooks.search"));
    m_search->setAccessibleName(tr("Search the notebooks"));
    m_search->setPlaceholderText(
        tr("Search path, owner or runner (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_memberFilter = new QComboBox;
    m_memberFilter->setObjectName(QStringLiteral("notebooks.memberFilter"));
    m_memberFilter->setToolTip(tr("Show the notebooks a member owns or runs"));
    m_problemsOnly = new QCheckBox(tr("&Problems only"));
    m_problemsOnly->setObjectName(QStringLiteral("notebooks.problemsOnly"));
    m_problemsOnly->setToolTip(tr("Only notebooks with lint findings, outputs left in, a missing or outdated "
                                  "ROOT_PATH cell, a missing file or work at risk"));
    m_assign = new QPushButton(tr("&Assign…"));
    m_assign->setObjectName(QStringLiteral("notebooks.assign"));
    m_reassign = new QPushButton(tr("&Reassign member's notebooks…"));
    m_reassign->setObjectName(QStringLiteral("notebooks.reassign"));
    for (QPushButton* b : {m_assign, m_reassign})
        b->setAutoDefault(false);

    auto* find = new QAction(tr("Find"), this);
    find->setObjectName(QStringLiteral("notebooks.action.find"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto* assign = new QAction(tr("Assign…"), this);
    assign->setShortcut(Qt::Key_F2);
    assign->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(assign, &QAction::triggered, this, &NotebooksPanel::openAssignDialog);
    addActions({find, assign});

    connect(m_search, &QLineEdit::textChanged, m_filter, &NotebooksFilterModel::setSearchText);
    connect(m_memberFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMember(m_memberFilter->currentData().toString()); });
    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &NotebooksFilterModel::setProblemsOnly);
    connect(m_assign, &QPushButton::clicked, this, &NotebooksPanel::openAssignDialog);
    connect(m_reassign, &QPushButton::clicked, this, [this] { openReassignDialog({}, false); });
    connect(m_table, &QTableView::doubleClicked, this, &NotebooksPanel::openAssignDialog);
    connect(m_table, &QTableView::customContextMenuRequested, this, &NotebooksPanel::showMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                const int row = m_model->rowOf(m_details->path());
                if (row >= from.row() && row <= to.row())
                    updateDetails();
            });

    m_details = new NotebookDetails;
    connect(m_details, &NotebookDetails::stripRequested, this, &NotebooksPanel::stripNotebook);
    connect(m_details, &NotebookDetails::rootCellRequested, this, &NotebooksPanel::refreshRootCell);
    connect(m_details, &NotebookDetails::openRequested, this, &NotebooksPanel::openNotebook);

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("notebooks.split")); // its sizes are kept between starts
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3); // the table gets the room; the details need a few lines
    split->setStretchFactor(1, 2);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("notebooks.empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No notebooks yet.\nNotebooks (.ipynb files) committed to the repository appear here "
                        "with their owner and runner; a lead then assigns who runs each one."));
    m_pages = new QStackedWidget;
    m_pages->addWidget(split);
    m_pages->addWidget(m_empty);

    auto* heading = new QLabel(tr("<b>Notebooks</b>"));
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_search, 1);
    controls->addWidget(m_memberFilter);
    controls->addWidget(m_problemsOnly);
    controls->addSpacing(8);
    controls->addWidget(m_assign);
    controls->addWidget(m_reassign);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addLayout(controls);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_permission);
    updateActions();
}

QString NotebooksPanel::title() const
{
    return tr("Notebooks");
}

QIcon NotebooksPanel::icon() const
{
    return themedIcon(QStringLiteral(":/icons/notebooks.svg"));
}

void NotebooksPanel::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    fillMemberFilter();
    refresh();
}

void NotebooksPanel::refresh()
{
    const QString selected = selectedPath();
    m_model->setRows(m_workspace ? services::notebookRows(*m_workspace) : QList<services::NotebookRow>(),
                     m_workspace ? m_workspace->me : QString());
    m_pages->setCurrentWidget(m_workspace && m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty)
                                                                      : m_pages->widget(0));
    if (!selected.isEmpty() && selectedPath() != selected)
        selectPath(selected);
    updatePermission();
    updateSummary();
    updateDetails();
    updateActions();
    startBackground();
}

void NotebooksPanel::fillMemberFilter()
{
    const QString current = m_memberFilter->currentData().toString();
    const QSignalBlocker block(m_memberFilter);
    m_memberFilter->clear();
    m_memberFilter->addItem(tr("Everyone"), QString());
    if (m_workspace)
        for (const Member& m : m_workspace->manifest.members)
            m_memberFilter->addItem(m.name.isEmpty() ? m.id : tr("%1 (%2)").arg(m.name, m.id), m.id);
    m_memberFilter->addItem(tr("Nobody assigned"), NotebooksFilterModel::kNobody);
    const int index = m_memberFilter->findData(current);
    m_memberFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setMember(m_memberFilter->currentData().toString());
}

void NotebooksPanel::handleRequest(const QVariantMap& request)
{
    if (request.contains(QStringLiteral("reassign")))
        openReassignDialog(request.value(QStringLiteral("reassign")).toString(),
                           request.value(QStringLiteral("thenRemove")).toBool());
    else if (request.contains(QStringLiteral("select")))
        selectPath(request.value(QStringLiteral("select")).toString());
}

QString NotebooksPanel::selectedPath() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return current.data(NotebooksModel::PathRole).toString();
}

void NotebooksPanel::selectPath(const QString& path)
{
    const int row = m_model->rowOf(path);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_filter->mapFromSource(m_model->index(row, 0)));
    if (!index.isValid()) { // hidden by the filters: show everything
        m_search->clear();
        m_problemsOnly->setChecked(false);
        m_memberFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_filter->mapFromSource(m_model->index(row, 0)));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool NotebooksPanel::isLead() const
{
    return m_workspace && m_workspace->manifest.isLead(m_workspace->me);
}

bool NotebooksPanel::isMine(const QString& path) const
{
    const int row = m_model->rowOf(path);
    return row >= 0 && m_model->index(row, 0).data(NotebooksModel::IsMineRole).toBool();
}

QString NotebooksPanel::leadNames() const
{
    QStringList leads;
    if (m_workspace)
        for (const Member& m : m_workspace->manifest.members)
            if (m.role == MemberRole::Lead)
                leads << m.id;
    return leads.join(tr(" or "));
}

void NotebooksPanel::updatePermission()
{
    if (!m_workspace) {
        m_permission->clear();
    } else if (isReadOnly()) {
        m_permission->setText(tr("Read-only until the workspace reloads (see the message at the top)."));
    } else if (isLead()) {
        m_permission->setText(tr("You are a lead: assignments are saved to teamspace.json and published with "
                                 "the next sync. You strip and fix only your own notebooks."));
    } else {
        const QString who = m_workspace->me.isEmpty() ? tr("Your identity is not set on this machine")
                                                      : tr("You are %1, not a lead").arg(m_workspace->me);
        m_permission->setText(
            tr("%1: only a lead (%2) assigns notebooks. You strip and fix your own notebooks.")
                .arg(who, leadNames()));
    }
}

void NotebooksPanel::updateSummary()
{
    int runners = 0, findings = 0, loaded = 0;
    const int rows = m_model->rowCount();
    for (int r = 0; r < rows; ++r) {
        if (!m_model->rowAt(r)->runner.isEmpty())
            ++runners;
        if (const services::NotebookHealth* h = m_model->healthAt(r)) {
            ++loaded;
            if (!h->findings.isEmpty())
                ++findings;
        }
    }
    QString text = tr("%n notebook(s)", nullptr, rows) + tr(" · %L1 with a runner").arg(runners);
    if (loaded > 0)
        text += tr(" · %L1 with findings").arg(findings);
    m_summary->setText(m_workspace ? text : QString());
}

void NotebooksPanel::updateActions()
{
    const bool lead = isLead();
    const bool selected = !selectedPath().isEmpty();
    const QString why = !m_workspace ? QString()
                        : lead       ? QString()
                                     : tr("only a lead assigns notebooks; ask %1").arg(leadNames());
    setEditActionEnabled(m_assign, lead && selected && !m_busy,
                         lead ? (selected ? tr("Choose owner, runner and accelerator (F2, Return)")
                                          : tr("Select a notebook to assign"))
                              : why);
    setEditActionEnabled(m_reassign, lead && m_workspace && !m_busy,
                         lead ? tr("Hand all of one member's notebooks to others") : why);
    m_assign->setStatusTip(m_assign->toolTip());
    m_reassign->setStatusTip(m_reassign->toolTip());

    const QString path = m_details->path();
    const int row = m_model->rowOf(path);
    const services::NotebookRow* r = row < 0 ? nullptr : m_model->rowAt(row);
    const services::NotebookHealth* h = row < 0 ? nullptr : m_model->healthAt(row);
    const bool mine = r && isMine(path);
    const QString notMine = !r                   ? QString()
                            : r->owner.isEmpty() ? tr("nobody owns it: read-only here")
                                                 : tr("belongs to %1: read-only here").arg(r->owner);
    const bool fixable = mine && r->onDisk && h && !h->error && !m_busy;
    setEditActionEnabled(m_details->stripButton(), fixable && !h->stripped,
                         !mine              ? notMine
                         : h && h->stripped ? tr("Already stripped")
                                            : tr("Remove outputs as the team's policy says"));
    setEditActionEnabled(m_details->rootCellButton(),
                         fixable && h->rootCell != services::RootCellState::Current &&
                             h->rootCell != services::RootCellState::NoRunner,
                         !mine ? notMine
                               : tr("Write the generated ROOT_PATH cell as the notebook's first cell"));
    for (QWidget* w : {m_details->stripButton(), m_details->rootCellButton()})
        w->setStatusTip(w->toolTip());
}

void NotebooksPanel::updateDetails()
{
    const QString path = selectedPath();
    const int row = m_model->rowOf(path);
    if (row < 0)
        m_details->clear();
    else
        m_details->showNotebook(*m_model->rowAt(row), m_model->healthAt(row), m_model->outputsAt(row),
                                m_model->lastCommitAt(row));
    updateActions();
}

void NotebooksPanel::readOnlyChanged()
{
    updatePermission();
    updateActions();
}

bool NotebooksPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openAssignDialog();
            return true;
        }
    }
    return Panel::eventFilter(watched, event);
}

void NotebooksPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_proxy->setPalette(palette());
    Panel::changeEvent(event);
}

void NotebooksPanel::openAssignDialog()
{
    const QString path = selectedPath();
    if (path.isEmpty() || !m_assign->isEnabled())
        return;
    auto* dialog = new AssignDialog(m_workspace, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignDialog::saved, this, [this](const NotebookAssignment& a) {
        emit statusMessage(tr("%1 assigned to %2 (runner %3); published with the next sync")
                               .arg(a.path, a.owner, a.runner.isEmpty() ? tr("not chosen") : a.runner));
        emit workspaceModified();
    });
    connect(dialog, &AssignDialog::refused, this, &NotebooksPanel::reloadRequested);
    dialog->open();
}

void NotebooksPanel::openReassignDialog(const QString& member, bool thenRemove)
{
    if (!m_workspace || !m_reassign->isEnabled())
        return;
    QString from = member;
    if (from.isEmpty()) {
        const int row = m_model->rowOf(selectedPath());
        from = row < 0 ? QString() : m_model->rowAt(row)->owner;
    }
    auto* dialog = new ReassignDialog(m_workspace, from, thenRemove, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReassignDialog::saved, this,
            [this, from](const services::ReassignReport& report, bool removed) {
                QString text =
                    tr("%n notebook(s) of %1 reassigned", nullptr, report.changed.size()).arg(from);
                if (removed)
                    text += tr("; %1 removed from the team").arg(from);
                emit statusMessage(text + tr("; published with the next sync"));
                emit workspaceModified();
            });
    connect(dialog, &ReassignDialog::refused, this, &NotebooksPanel::reloadRequested);
    dialog->open();
}

} // namespace ts::gui
