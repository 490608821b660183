// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/activity/ActivityPanel.h"

#include "Background.h"
#include "Dialogs.h"
#include "ThemedIcons.h"
#include "models/ActivityModel.h"
#include "services/ActivityHistory.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

enum TimeRange { AllTime, Today, Last7Days, Last30Days };
constexpr int kPollMs = 1000;

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

// A page of the log read and prepared for the model on the worker (the GUI thread only inserts it).
struct PreparedPage
{
    ActivityModel::Batch batch;
    qint64 highestId = 0;
    qint64 lowestId = 0;
};

Result<PreparedPage> readPrepared(const Workspace& ws, qint64 afterId, qint64 beforeId, int limit,
                                  const services::Call& call)
{
    auto page = services::readActivityPage(ws, afterId, beforeId, limit, call);
    if (!page)
        return page.error();
    return PreparedPage{ActivityModel::prepare(std::move(page->entries), page->unreadable), page->highestId,
                        page->lowestId};
}

} // namespace

ActivityPanel::ActivityPanel(const PanelContext& context, QWidget* parent)
    : Panel(parent), m_dialogs(context.dialogs)
{
    m_model = new ActivityModel(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("activity.search"));
    m_search->setPlaceholderText(tr("Search who, what, path and details (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the activity"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("activity.member"));
    m_member->setAccessibleName(tr("Member"));
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activity.kind"));
    m_kind->setAccessibleName(tr("Kind of change"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("activity.time"));
    m_time->setAccessibleName(tr("Time"));
    m_time->addItem(tr("All time"), AllTime);
    m_time->addItem(tr("Today"), Today);
    m_time->addItem(tr("Last 7 days"), Last7Days);
    m_time->addItem(tr("Last 30 days"), Last30Days);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("activity.export"));
    m_export->setToolTip(tr("Save the rows shown as a CSV file (Ctrl+E)"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_member);
    filters->addWidget(m_kind);
    filters->addWidget(m_time);
    filters->addWidget(m_export);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activity.table"));
    m_table->setAccessibleName(tr("Activity log"));
    m_table->setAccessibleDescription(
        tr("Who did what and when, newest first; filtered by the search, member, kind and time above"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityModel::WhenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_table->setColumnWidth(ActivityModel::WhenColumn, 11 * em);
    m_table->setColumnWidth(ActivityModel::WhoColumn, 6 * em);
    m_table->setColumnWidth(ActivityModel::WhatColumn, 13 * em);
    m_table->setColumnWidth(ActivityModel::PathColumn, 22 * em);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("activity.summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    setTabOrder(m_search, m_member);
    setTabOrder(m_member, m_kind);
    setTabOrder(m_kind, m_time);
    setTabOrder(m_time, m_export);
    setTabOrder(m_export, m_table);

    auto* find = new QAction(tr("Search the Activity"), this);
    find->setObjectName(QStringLiteral("activity.action.find"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    auto* exportAction = new QAction(tr("Export CSV…"), this);
    exportAction->setObjectName(QStringLiteral("activity.action.export"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ActivityPanel::exportCsv);
    addAction(exportAction);

    connect(m_search, &QLineEdit::textChanged, this, &ActivityPanel::applyFilter);
    // Return in the search goes to the results; Escape there clears it.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    auto* clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);
    for (QComboBox* combo : {m_member, m_kind, m_time})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivityPanel::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &ActivityPanel::exportCsv);
    connect(m_model, &ActivityModel::choicesChanged, this, &ActivityPanel::rebuildChoices);
    connect(m_model, &ActivityModel::entriesChanged, this, &ActivityPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPanel::updateSummary);

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        pollNow();
        if (++m_pollsSinceRedraw >= 60) { // "5 min ago" becomes "6 min ago"
            m_pollsSinceRedraw = 0;
            m_model->refreshTimes();
        }
    });
    rebuildChoices();
    updateSummary();
}

ActivityPanel::~ActivityPanel()
{
    m_call.cancel->cancel();
}

QString ActivityPanel::title() const
{
    return tr("Activity");
}

QIcon ActivityPanel::icon() const
{
    return themedIcon(QStringLiteral(":/icons/activity.svg"));
}

void ActivityPanel::setWorkspace(WorkspacePtr workspace)
{
    const QString databasePath = workspace ? workspace->databasePath : QString();
    m_workspace = std::move(workspace);
    if (databasePath == m_databasePath && m_workspace) {
        pollNow(); // a reload of the workspace shown: the log is the same, only newer entries may differ
        rebuildChoices(); // member names may have changed
        return;
    }
    m_databasePath = databasePath;
    startLoad();
}

void ActivityPanel::refresh()
{
    m_databasePath.clear();
    setWorkspace(m_workspace);
}

void ActivityPanel::startLoad()
{
    m_call.cancel->cancel();
    m_call = services::Call{};
    const int generation = ++m_generation;
    m_model->clear();
    m_highestRead = 0;
    m_readError.clear();
    m_polling = false;
    m_loading = m_workspace != nullptr;
    updateSummary();
    if (!m_workspace) {
        m_poll.stop();
        return;
    }
    m_loadTimer.start();
    const WorkspacePtr ws = m_workspace;
    runInBackground(
        this, m_call, [ws](const services::Call& call) { return readPrepared(*ws, 0, 0, kFirstPage, call); },
        [this, generation](Result<PreparedPage> page) {
            if (generation != m_generation)
                return;
            if (!page) {
                showReadError(page.error().message);
                return;
            }
            m_highestRead = page->highestId;
            m_model->addBatch(std::move(page->batch));
            emit firstRowsShown(m_loadTimer.elapsed());
            if (page->lowestId > 1)
                readRest(generation, page->lowestId);
            else {
                m_loading = false;
                updateSummary();
                emit loaded();
            }
            if (isVisible())
                m_poll.start();
        });
}

void ActivityPanel::readRest(int generation, qint64 beforeId)
{
    const WorkspacePtr ws = m_workspace;
    runInBackground(
        this, m_call,
        [ws, beforeId](const services::Call& call) { return readPrepared(*ws, 0, beforeId, 0, call); },
        [this, generation](Result<PreparedPage> page) {
            if (generation != m_generation)
                return;
            if (!page) {
                showReadError(page.error().message);
                return;
            }
            m_model->addBatch(std::move(page->batch));
            m_loading = false;
            updateSummary();
            emit loaded();
        });
}

void ActivityPanel::pollNow()
{
    if (!m_workspace || m_loading || m_polling || m_highestRead < 0)
        return;
    m_polling = true;
    const int generation = m_generation;
    const WorkspacePtr ws = m_workspace;
    const qint64 after = m_highestRead;
    runInBackground(
        this, m_call,
        [ws, after](const services::Call& call) { return readPrepared(*ws, after, 0, 0, call); },
        [this, generation](Result<PreparedPage> page) {
            if (generation != m_generation)
                return;
            m_polling = false;
            if (!page) {
                showReadError(page.error().message);
                emit polled();
                return;
            }
            if (!m_readError.isEmpty()) { // readable again
                m_readError.clear();
                updateSummary();
            }
            m_highestRead = std::max(m_highestRead, page->highestId);
            if (!page->batch.rows.empty() || page->batch.unreadable > 0)
                m_model->addBatch(std::move(page->batch));
            emit polled();
        });
}

void ActivityPanel::showReadError(const QString& message)
{
    m_readError = message;
    if (m_loading) {
        m_loading = false;
        emit loaded();
    }
    updateSummary();
}

void ActivityPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    if (m_workspace && !m_loading) {
        pollNow();
        m_poll.start();
    }
}

void ActivityPanel::hideEvent(QHideEvent* event)
{
    Panel::hideEvent(event);
    m_poll.stop(); // nobody looks: the next show catches up in one read
}

void ActivityPanel::rebuildChoices()
{
    const QString member = m_member->currentData().toString();
    const QString kind = m_kind->currentData().toString();
    {
        const QSignalBlocker blockMember(m_member);
        const QSignalBlocker blockKind(m_kind);
        m_member->clear();
        m_member->addItem(tr("Everyone"), QString());
        for (const QString& actor : m_model->actors()) {
            const Member* known = m_workspace ? m_workspace->manifest.member(actor) : nullptr;
            m_member->addItem(known ? tr("%1 (%2)").arg(known->name, actor) : actor, actor);
        }
        m_member->setCurrentIndex(std::max(0, m_member->findData(member)));
        m_kind->clear();
        m_kind->addItem(tr("Every kind"), QString());
        for (const QString& k : m_model->kinds())
            m_kind->addItem(ActivityModel::kindTitle(k), k);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    }
}

void ActivityPanel::applyFilter()
{
    ActivityFilter filter;
    filter.text = m_search->text();
    filter.member = m_member->currentData().toString();
    filter.kind = m_kind->currentData().toString();
    const QDateTime now = QDateTime::currentDateTime();
    switch (m_time->currentData().toInt()) {
    case Today:
        filter.sinceMs = QDateTime(now.date(), QTime(0, 0)).toMSecsSinceEpoch();
        break;
    case Last7Days:
        filter.sinceMs = now.addDays(-7).toMSecsSinceEpoch();
        break;
    case Last30Days:
        filter.sinceMs = now.addDays(-30).toMSecsSinceEpoch();
        break;
    default:
        break;
    }
    m_model->setFilter(filter);
    updateSummary();
}

void ActivityPanel::updateSummary()
{
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    QString text;
    if (!m_workspace)
        text = tr("No workspace is open.");
    else if (!m_readError.isEmpty())
        text = tr("Cannot read the activity log: %1").arg(m_readError);
    else if (m_loading)
        text = tr("Reading the activity log… %1 entries so far").arg(formatCount(total));
    else if (total == 0 && m_model->unreadableCount() == 0)
        text = tr("Nothing recorded yet. Changes made with Teamspace on this computer (members, layout, raw "
                  "data, notebooks, syncs) appear here as they happen.");
    else {
        text = total == 1 ? tr("1 entry, %1 shown").arg(formatCount(shown))
                          : tr("%1 entries, %2 shown").arg(formatCount(total), formatCount(shown));
        const int unreadable = m_model->unreadableCount();
        if (unreadable == 1)
            text += tr(" · 1 unreadable row skipped (written by another program)");
        else if (unreadable > 1)
            text +=
                tr(" · %1 unreadable rows skipped (written by another program)").arg(formatCount(unreadable));
    }
    m_summary->setText(text);
    m_summary->setToolTip(tr("The log of changes made with Teamspace on this computer; new entries appear "
                             "while this panel is open."));
    m_export->setEnabled(m_workspace && shown > 0);
    m_export->setToolTip(shown > 0
                             ? tr("Save the %1 rows shown as a CSV file (Ctrl+E)").arg(formatCount(shown))
                             : tr("No rows to export"));
}

void ActivityPanel::exportCsv()
{
    if (!m_workspace || m_model->rowCount() == 0)
        return;
    static const QRegularExpression notSlug(QStringLiteral("[^a-z0-9]+"));
    QString team = m_workspace->manifest.name.toLower().replace(notSlug, QStringLiteral("-"));
    while (team.startsWith(u'-'))
        team.remove(0, 1);
    while (team.endsWith(u'-'))
        team.chop(1);
    const QString name = QStringLiteral("%1-activity-%2.csv")
                             .arg(team.isEmpty() ? QStringLiteral("teamspace") : team,
                                  QDate::currentDate().toString(Qt::ISODate));
    m_dialogs.chooseSaveFile(
        this, tr("Export Activity"), QDir(QDir::homePath()).filePath(name), tr("CSV files (*.csv)"),
        [this](const QString& path) {
            QList<ActivityEntry> rows = m_model->visibleEntries(); // what is shown now, in its order
            const qsizetype count = rows.size();
            runInBackground(
                this,
                [rows = std::move(rows), path] {
                    return services::exportActivityCsv(
                        rows, path, [](const ActivityEntry& e) { return ActivityModel::describe(e.action); });
                },
                [this, path, count](Status written) {
                    if (!written) {
                        m_dialogs.showError(this, tr("Cannot export the activity"), written.error().message);
                        return;
                    }
                    emit statusMessage(tr("Exported %1 entries to %2")
                                           .arg(formatCount(count), QDir::toNativeSeparators(path)));
                    emit exported(path);
                });
        });
}

} // namespace ts::gui
