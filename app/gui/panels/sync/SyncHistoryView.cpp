// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/sync/SyncHistoryView.h"

#include "Background.h"
#include "models/NotebooksModel.h"
#include "panels/sync/NotebookDiffView.h"
#include "services/SetAside.h"

#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

enum Column { WhenColumn, WhoColumn, SummaryColumn, NotebooksColumn };
constexpr int kCommitRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;

QString statusWord(char status)
{
    switch (status) {
    case 'A':
        return SyncHistoryView::tr("added");
    case 'D':
        return SyncHistoryView::tr("deleted");
    default:
        return SyncHistoryView::tr("modified");
    }
}

} // namespace

SyncHistoryView::SyncHistoryView(QWidget* parent) : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Summary"), tr("Notebooks changed")});
    m_tree->header()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAccessibleName(tr("Sync history"));
    m_tree->setAccessibleDescription(tr("The last commits, newest first; expand one to see its notebooks"));
    m_diff = new NotebookDiffView(this);
    m_diff->setObjectName(QStringLiteral("historyDiff"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sync.historySplit")); // its sizes are kept between starts
    splitter->addWidget(m_tree);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { showSelected(); });
    // Return on a notebook opens its diff (moves there); on a commit it expands the commit.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->parent())
            m_diff->setFocus(Qt::OtherFocusReason);
        else
            item->setExpanded(!item->isExpanded());
    });
    m_diff->clear(tr("Select a notebook of a commit to see what that commit changed in it"));
}

SyncHistoryView::~SyncHistoryView()
{
    m_call.cancel->cancel();
}

void SyncHistoryView::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    refresh();
}

void SyncHistoryView::refresh()
{
    m_call.cancel->cancel();
    m_call = services::Call{};
    const int generation = ++m_generation;
    if (!m_workspace) {
        m_tree->clear();
        m_message->setText(tr("No workspace is open."));
        m_diff->clear();
        return;
    }
    m_message->setText(tr("Reading the history…"));
    const WorkspacePtr ws = m_workspace;
    runInBackground(
        this, m_call, [ws](const services::Call& call) { return services::syncHistory(*ws, kCommits, call); },
        [this, generation](Result<QList<services::HistoryCommit>> history) {
            if (generation != m_generation)
                return;
            if (!history) {
                m_message->setText(tr("Cannot read the history: %1").arg(history.error().message));
                emit historyLoaded();
                return;
            }
            const QSignalBlocker blocker(m_tree);
            m_tree->clear();
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            for (const services::HistoryCommit& commit : *history) {
                auto* item = new QTreeWidgetItem(m_tree);
                item->setData(WhenColumn, kCommitRole, commit.commit);
                item->setText(WhenColumn, NotebooksModel::relativeTime(commit.timeSecs, now));
                item->setToolTip(
                    WhenColumn,
                    QLocale().toString(QDateTime::fromSecsSinceEpoch(commit.timeSecs), QLocale::LongFormat));
                item->setText(WhoColumn, commit.member.isEmpty() ? commit.author : commit.member);
                item->setToolTip(WhoColumn, QStringLiteral("%1 <%2>").arg(commit.author, commit.authorEmail));
                item->setText(SummaryColumn, commit.summary);
                item->setToolTip(SummaryColumn, commit.commit);
                QString notebooks = tr("%n notebook(s)", nullptr, commit.notebooks.size());
                if (commit.otherFiles > 0)
                    notebooks += tr(", %n other file(s)", nullptr, commit.otherFiles);
                item->setText(NotebooksColumn, notebooks);
                for (const services::HistoryFile& file : commit.notebooks) {
                    auto* child = new QTreeWidgetItem(item);
                    child->setData(WhenColumn, kCommitRole, commit.commit);
                    child->setData(WhenColumn, kPathRole, file.path);
                    child->setText(WhenColumn, statusWord(file.status));
                    child->setText(SummaryColumn, file.path);
                    child->setToolTip(SummaryColumn,
                                      tr("Return shows what this commit changed in %1").arg(file.path));
                }
            }
            m_tree->resizeColumnToContents(WhenColumn);
            m_tree->resizeColumnToContents(WhoColumn);
            m_tree->resizeColumnToContents(NotebooksColumn);
            m_message->setText(
                history->isEmpty()
                    ? tr("Nothing committed yet.")
                    : tr("The last %n commits. Expand one and select a notebook to see what it changed.",
                         nullptr, history->size()));
            emit historyLoaded();
        });
}

bool SyncHistoryView::selectNotebook(const QString& commit, const QString& path)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(WhenColumn, kCommitRole).toString() != commit)
            continue;
        for (int j = 0; j < item->childCount(); ++j) {
            if (item->child(j)->data(WhenColumn, kPathRole).toString() == path) {
                item->setExpanded(true);
                m_tree->setCurrentItem(item->child(j));
                return true;
            }
        }
    }
    return false;
}

void SyncHistoryView::showSelected()
{
    const int generation = ++m_diffGeneration;
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->parent() || !m_workspace) {
        m_diff->clear(tr("Select a notebook of a commit to see what that commit changed in it"));
        return;
    }
    const QString commit = item->data(WhenColumn, kCommitRole).toString();
    const QString path = item->data(WhenColumn, kPathRole).toString();
    const QString who = item->parent()->text(WhoColumn);
    m_diff->clear(tr("Comparing…"));
    const WorkspacePtr ws = m_workspace;
    runInBackground(
        this, [ws, commit, path] { return services::diffAtCommit(*ws, commit, path); },
        [this, generation, commit, path, who](Result<nb::NotebookDiff> diff) {
            if (generation != m_diffGeneration)
                return;
            if (!diff)
                m_diff->clear(diff.error().message);
            else
                m_diff->setDiff(*diff, tr("%1 before commit %2").arg(path, commit.left(10)),
                                tr("%1 after %2's commit %3").arg(path, who, commit.left(10)));
            emit diffShown();
        });
}

} // namespace ts::gui
