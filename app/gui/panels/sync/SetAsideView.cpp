// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/sync/SetAsideView.h"

#include "Background.h"
#include "Dialogs.h"
#include "models/NotebooksModel.h"
#include "panels/sync/NotebookDiffView.h"
#include "services/SetAside.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <tuple>
#include <vector>

namespace ts::gui {

namespace {

enum Column { CopyColumn, NotebookColumn, ByColumn, WhenColumn };
constexpr int kCopyRole = Qt::UserRole + 1;

QString exactTime(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat) + QStringLiteral(" (") +
           when.toUTC().toString(Qt::ISODate) + u')';
}

} // namespace

SetAsideView::SetAsideView(Dialogs& dialogs, QWidget* parent) : QWidget(parent), m_dialogs(dialogs)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("setAsideMessage"));
    m_message->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("setAsideList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Copy"), tr("Notebook it shadows"), tr("By"), tr("When")});
    m_list->header()->setSectionResizeMode(CopyColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Set-aside copies"));
    m_list->setAccessibleDescription(
        tr("Copies a sync kept instead of overwriting; select one to compare it with its notebook"));
    m_list->installEventFilter(this);
    m_diff = new NotebookDiffView(this);
    m_diff->setObjectName(QStringLiteral("setAsideDiff"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sync.setAsideSplit")); // its sizes are kept between starts
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    m_apply = new QPushButton(tr("A&pply selected cells"), this);
    m_apply->setObjectName(QStringLiteral("setAsideApply"));
    m_discard = new QPushButton(tr("&Discard copy…"), this);
    m_discard->setObjectName(QStringLiteral("setAsideDiscard"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showSelectedDiff(); });
    connect(m_diff, &NotebookDiffView::checkedRowsChanged, this, [this] { updateActions(); });
    connect(m_apply, &QPushButton::clicked, this, &SetAsideView::applySelected);
    connect(m_discard, &QPushButton::clicked, this, &SetAsideView::discardSelected);
    m_diff->clear(tr("Select a copy to compare it with the notebook it shadows"));
    updateActions();
}

SetAsideView::~SetAsideView() = default;

void SetAsideView::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    refresh();
}

void SetAsideView::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    updateActions();
}

void SetAsideView::refresh()
{
    const int generation = ++m_listGeneration;
    if (!m_workspace) {
        m_copies.clear();
        m_list->clear();
        m_message->setText(tr("No workspace is open."));
        m_diff->clear();
        updateActions();
        return;
    }
    m_message->setText(tr("Looking for set-aside copies…"));
    const WorkspacePtr ws = m_workspace;
    runInBackground(
        this, [ws] { return services::listSetAside(*ws); },
        [this, generation](Result<QList<services::SetAsideCopy>> copies) {
            if (generation != m_listGeneration)
                return;
            if (!copies) {
                m_message->setText(tr("Cannot list the set-aside copies: %1").arg(copies.error().message));
                emit listLoaded();
                return;
            }
            fillList(*copies);
            emit listLoaded();
        });
}

void SetAsideView::fillList(const QList<services::SetAsideCopy>& copies)
{
    const QString keep = m_pendingSelection.isEmpty() ? selectedCopy() : m_pendingSelection;
    m_pendingSelection.clear();
    m_copies = copies;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTreeWidgetItem* current = nullptr;
    for (int i = 0; i < copies.size(); ++i) {
        const services::SetAsideCopy& copy = copies.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(CopyColumn, kCopyRole, i);
        item->setText(CopyColumn, copy.copy.section(u'/', -1));
        item->setToolTip(CopyColumn, copy.copy);
        item->setText(NotebookColumn, copy.shadows.isEmpty() ? tr("unknown") : copy.shadows);
        item->setToolTip(NotebookColumn, copy.owner.isEmpty() ? copy.why : tr("owned by %1").arg(copy.owner));
        item->setText(ByColumn, copy.mine ? tr("%1 (you)").arg(copy.member) : copy.member);
        if (copy.when.isValid()) {
            item->setText(WhenColumn, NotebooksModel::relativeTime(copy.when.toSecsSinceEpoch(), now));
            item->setToolTip(WhenColumn, exactTime(copy.when));
        } else {
            item->setText(WhenColumn, tr("unknown"));
        }
        if (copy.copy == keep)
            current = item;
    }
    for (int column = ByColumn; column <= WhenColumn; ++column)
        m_list->resizeColumnToContents(column);
    m_list->setColumnWidth(NotebookColumn,
                           qMax(m_list->columnWidth(NotebookColumn), fontMetrics().averageCharWidth() * 30));
    if (copies.isEmpty())
        m_message->setText(
            tr("No set-aside copies. When a sync keeps someone's edit of a notebook they do not own, "
               "the copy is listed here for the notebook's owner to review."));
    else
        m_message->setText(
            tr("%n copies kept by syncs. Select one to compare it with the notebook it shadows.", nullptr,
               copies.size()));
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);
    if (current)
        current->setSelected(true);
    showSelectedDiff();
}

const services::SetAsideCopy* SetAsideView::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(CopyColumn, kCopyRole).toInt();
    return index >= 0 && index < m_copies.size() ? &m_copies.at(index) : nullptr;
}

QString SetAsideView::selectedCopy() const
{
    const services::SetAsideCopy* copy = selected();
    return copy ? copy->copy : QString();
}

void SetAsideView::selectCopy(const QString& copy)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (m_copies.value(item->data(CopyColumn, kCopyRole).toInt()).copy == copy) {
            m_list->setCurrentItem(item);
            return;
        }
    }
    m_pendingSelection = copy; // shown once the list (being loaded) has it
}

void SetAsideView::showSelectedDiff()
{
    const int generation = ++m_diffGeneration;
    updateActions();
    const services::SetAsideCopy* copy = selected();
    if (!copy || !m_workspace) {
        m_diff->clear(tr("Select a copy to compare it with the notebook it shadows"));
        return;
    }
    if (copy->shadows.isEmpty() || !copy->copy.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive)) {
        m_diff->clear(copy->why);
        emit diffShown();
        return;
    }
    m_diff->clear(tr("Comparing…"));
    const WorkspacePtr ws = m_workspace;
    const QString path = copy->copy;
    const QString titleA =
        tr("%1 as it is now (%2's)").arg(copy->shadows, copy->owner.isEmpty() ? tr("nobody") : copy->owner);
    const QString titleB = copy->when.isValid()
                               ? tr("%1's copy %2, kept %3").arg(copy->member, path, exactTime(copy->when))
                               : tr("%1's copy %2").arg(copy->member, path);
    const bool canApply = copy->canApply;
    runInBackground(
        this, [ws, path] { return services::diffSetAside(*ws, path); },
        [this, generation, titleA, titleB, canApply](Result<nb::NotebookDiff> diff) {
            if (generation != m_diffGeneration)
                return;
            if (!diff) {
                m_diff->clear(diff.error().message);
            } else {
                m_diff->setCheckable(canApply);
                m_diff->setDiff(*diff, titleA, titleB);
            }
            updateActions();
            emit diffShown();
        });
}

void SetAsideView::updateActions()
{
    const services::SetAsideCopy* copy = selected();
    const bool readOnly = !m_readOnlyReason.isEmpty();
    QString applyTip;
    bool applyOk = false;
    if (readOnly)
        applyTip = m_readOnlyReason;
    else if (!copy)
        applyTip = tr("Select a copy first");
    else if (!copy->canApply)
        applyTip = copy->why;
    else if (m_diff->checkedRows().isEmpty())
        applyTip = tr("Check the changes to take into %1 in the list of differences").arg(copy->shadows);
    else {
        applyOk = true;
        applyTip = tr("Write the checked changes into %1; the next sync commits it").arg(copy->shadows);
    }
    m_apply->setEnabled(applyOk && !m_busy);
    m_apply->setToolTip(applyTip);
    m_apply->setStatusTip(applyTip);

    QString discardTip;
    bool discardOk = false;
    if (readOnly)
        discardTip = m_readOnlyReason;
    else if (!copy)
        discardTip = tr("Select a copy first");
    else if (!copy->mine)
        discardTip = tr("Only %1 can discard it (it is in their set-aside folder)").arg(copy->member);
    else {
        discardOk = true;
        discardTip = tr("Delete this copy (Delete); git history keeps it");
    }
    m_discard->setEnabled(discardOk && !m_busy);
    m_discard->setToolTip(discardTip);
    m_discard->setStatusTip(discardTip);
}

void SetAsideView::applySelected()
{
    const services::SetAsideCopy* copy = selected();
    const QList<int> rows = m_diff->checkedRows();
    if (!copy || !copy->canApply || rows.isEmpty() || !m_workspace || !m_readOnlyReason.isEmpty() || m_busy)
        return;
    m_busy = true;
    updateActions();
    const WorkspacePtr ws = m_workspace;
    const QString path = copy->copy;
    // The rows are those of the diff on screen: if the notebook or the copy changed since, they may mean
    // other cells, so the diff is made again and must match before anything is written.
    std::vector<std::tuple<nb::CellStatus, int, int>> shown;
    for (const nb::CellDiff& cell : m_diff->diff().cells)
        shown.emplace_back(cell.status, cell.a, cell.b);
    runInBackground(
        this,
        [ws, path, rows, shown]() -> Result<services::ApplyCellsReport> {
            auto now = services::diffSetAside(*ws, path);
            if (!now)
                return now.error();
            std::vector<std::tuple<nb::CellStatus, int, int>> current;
            for (const nb::CellDiff& cell : now->cells)
                current.emplace_back(cell.status, cell.a, cell.b);
            if (current != shown)
                return Error::failed(
                    tr("%1 or the notebook it shadows changed since the differences were shown; "
                       "nothing was written. Look at them again and choose the cells anew.")
                        .arg(path));
            return services::applySetAsideCells(*ws, path, rows);
        },
        [this, path](Result<services::ApplyCellsReport> report) {
            m_busy = false;
            if (!report) {
                updateActions();
                m_dialogs.showError(this, tr("Apply cells"), report.error().message);
                m_pendingSelection = path;
                refresh(); // show what is on disk now
                return;
            }
            emit statusMessage(
                tr("Applied %n change(s) to %1; the next sync commits it", nullptr, report->applied)
                    .arg(report->notebook));
            emit applied(report->notebook);
            m_pendingSelection = path;
            refresh();
        });
}

void SetAsideView::discardSelected()
{
    const services::SetAsideCopy* copy = selected();
    if (!copy || !copy->mine || !m_workspace || !m_readOnlyReason.isEmpty() || m_busy)
        return;
    const QString path = copy->copy;
    const QString question = tr("Discard %1?\n\nThe copy is deleted from this folder and the next sync "
                                "removes it for everyone. Git "
                                "history keeps it, so it can still be recovered from there.")
                                 .arg(path);
    m_dialogs.ask(this, tr("Discard set-aside copy"), question, [this, path](bool yes) {
        if (!yes || !m_workspace)
            return;
        m_busy = true;
        updateActions();
        const WorkspacePtr ws = m_workspace;
        runInBackground(
            this,
            [ws, path]() -> Result<bool> {
                if (auto discarded = services::discardSetAside(*ws, path); !discarded)
                    return discarded.error();
                return true;
            },
            [this, path](Result<bool> discarded) {
                m_busy = false;
                if (!discarded) {
                    updateActions();
                    m_dialogs.showError(this, tr("Discard set-aside copy"), discarded.error().message);
                    return;
                }
                emit statusMessage(tr("Discarded %1; git history keeps it").arg(path));
                refresh();
            });
    });
}

bool SetAsideView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Delete) {
            if (m_discard->isEnabled())
                discardSelected();
            else if (selected())
                emit statusMessage(m_discard->toolTip());
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (selected())
                m_diff->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ts::gui
