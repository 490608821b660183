// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Changes page: the status comes from services::syncStatus (the sync's own dry run), the sync from
// services::sync, both off the GUI thread through runInBackground with a cancel token and a ProgressRelay.
#include "panels/sync/SyncChangesView.h"

#include "Background.h"
#include "ProgressRelay.h"
#include "StatusColors.h"
#include "ThemedIcons.h"
#include "UserMessages.h"
#include "sync/CredentialStore.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ts::gui {

using services::PendingChange;

namespace {

// "just now", "5 min ago", "2 h ago", "3 days ago": how long ago, for people (the exact time in the tooltip).
QString ago(const QDateTime& when)
{
    const qint64 seconds = qMax<qint64>(0, when.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 60)
        return SyncChangesView::tr("just now");
    if (seconds < 3600)
        return SyncChangesView::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return SyncChangesView::tr("%n h ago", nullptr, int(seconds / 3600));
    return SyncChangesView::tr("%n days ago", nullptr, int(seconds / 86400));
}

// What the sync does with a pending change, as an icon and a word (never colour alone).
std::pair<QIcon, QString> actionOf(const PendingChange& change, bool isLead)
{
    switch (change.group) {
    case PendingChange::Group::Mine:
        if (change.reason.contains(QLatin1String("nothing to commit")))
            return {statusIcon("present"), SyncChangesView::tr("Strip only")};
        return {statusIcon("present"), SyncChangesView::tr("Commit")};
    case PendingChange::Group::LeadOnly:
        return isLead ? std::pair{statusIcon("present"), SyncChangesView::tr("Publish")}
                      : std::pair{statusIcon("unexpected"), SyncChangesView::tr("Set aside")};
    case PendingChange::Group::Others:
        return {statusIcon("unexpected"), SyncChangesView::tr("Set aside")};
    case PendingChange::Group::Refused:
        break;
    }
    return {statusIcon("blocked"), SyncChangesView::tr("Refused")};
}

QTreeWidget* makeTree(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

SyncChangesView::SyncChangesView(Dialogs& dialogs, QWidget* parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("syncChanges"));
    m_relay = new ProgressRelay(this);
    connect(m_relay, &ProgressRelay::progressed, this, &SyncChangesView::showProgress);

    m_branch = new QLabel(this);
    m_branch->setObjectName(QStringLiteral("syncChanges.branch"));
    QFont bold = m_branch->font();
    bold.setBold(true);
    m_branch->setFont(bold);
    m_branch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_aheadBehind = new QLabel(this);
    m_aheadBehind->setObjectName(QStringLiteral("syncChanges.aheadBehind"));
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("syncChanges.lastSync"));
    m_fetchButton = new QPushButton(tr("Fe&tch"), this);
    m_fetchButton->setObjectName(QStringLiteral("syncChanges.fetch"));
    m_fetchButton->setToolTip(tr("Ask the remote what is new, without changing any file here"));
    connect(m_fetchButton, &QPushButton::clicked, this, &SyncChangesView::fetch);
    m_signIn = new QPushButton(tr("Sign &In…"), this);
    m_signIn->setObjectName(QStringLiteral("syncChanges.signIn"));
    m_signIn->setToolTip(tr("Store or forget the user name and password or token for the remote"));
    connect(m_signIn, &QPushButton::clicked, this, &SyncChangesView::openCredentials);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncChanges.message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_pending =
        makeTree(QStringLiteral("syncChanges.pending"), {tr("File"), tr("Sync will"), tr("Why")}, this);
    auto* pendingLabel = new QLabel(tr("&Changes on this computer"), this);
    pendingLabel->setBuddy(m_pending);
    m_pending->setAccessibleName(tr("Changes on this computer"));
    m_pending->setAccessibleDescription(
        tr("The files the next sync commits, pulls, sets aside or refuses, and why"));
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("syncChanges.plan"));
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::PlainText);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("syncChanges.progress"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("syncChanges.progressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("syncChanges.cancel"));
    m_cancelButton->setToolTip(tr("Stop now: what was done is kept, and the next sync completes it (Esc)"));
    m_cancelButton->setShortcut(QKeySequence::Cancel);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncChangesView::cancelSync);

    m_syncButton = new QPushButton(tr("&Sync"), this);
    m_syncButton->setObjectName(QStringLiteral("syncChanges.sync"));
    m_syncButton->setDefault(true);
    // Ctrl+S: Sync is this app's Save (it commits and publishes my work); nothing else in the app saves.
    m_syncAction = new QAction(tr("Sync"), this);
    m_syncAction->setObjectName(QStringLiteral("action.sync"));
    m_syncAction->setShortcut(QKeySequence::Save);
    m_syncAction->setShortcutContext(Qt::WindowShortcut); // only while this page is shown
    addAction(m_syncAction);
    connect(m_syncAction, &QAction::triggered, this, &SyncChangesView::startSync);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncChangesView::startSync);

    m_result = makeTree(QStringLiteral("syncChanges.result"), {tr("Last sync"), tr("Details")}, this);
    m_result->setAccessibleName(tr("Last sync"));
    m_result->setAccessibleDescription(tr("What the last sync committed, pulled, set aside and refused"));
    m_result->hide();

    auto* header = new QGridLayout;
    header->addWidget(m_branch, 0, 0);
    header->addWidget(m_aheadBehind, 1, 0);
    header->addWidget(m_lastSync, 2, 0);
    auto* headerButtons = new QVBoxLayout;
    headerButtons->addWidget(m_fetchButton);
    headerButtons->addWidget(m_signIn);
    headerButtons->addStretch(1);
    header->addLayout(headerButtons, 0, 1, 3, 1);
    header->setColumnStretch(0, 1);

    auto* pendingBox = new QWidget(this);
    auto* pendingLayout = new QVBoxLayout(pendingBox);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    pendingLayout->addWidget(pendingLabel);
    pendingLayout->addWidget(m_pending, 1);
    pendingLayout->addWidget(m_plan);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sync.changesSplit")); // its sizes are kept between starts
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(pendingBox);
    splitter->addWidget(m_result);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_syncButton);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_progressBar);
    actions->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    setTabOrder(m_fetchButton, m_signIn);
    setTabOrder(m_signIn, m_pending);
    setTabOrder(m_pending, m_syncButton);
    setTabOrder(m_syncButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_result);
    m_progressBar->hide();
    m_cancelButton->hide();
    updateIcons();
    updateActions();
}

void SyncChangesView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void SyncChangesView::updateIcons()
{
    m_syncButton->setIcon(themedIcon(QStringLiteral(":/icons/sync.svg")));
}

SyncChangesView::~SyncChangesView()
{
    // Jobs keep their own tokens; cancelling lets them end early now that nobody waits for them.
    if (m_statusCancel)
        m_statusCancel->cancel();
}

void SyncChangesView::setWorkspace(WorkspacePtr workspace)
{
    const bool sameRepo = workspace && m_workspace && workspace->repoDir == m_workspace->repoDir;
    m_workspace = std::move(workspace);
    if (!sameRepo) {
        m_status.reset();
        m_pending->clear();
        m_result->clear();
        m_result->hide();
        m_message->hide();
        m_branch->clear();
        m_aheadBehind->clear();
        m_lastSync->clear();
        m_plan->clear();
    }
    if (!m_workspace) {
        updateActions();
        return;
    }
    if (m_syncing) {
        updateActions();
        return; // the reload a sync's own changes cause: the pending list stays as it was until it ends
    }
    const bool fetchNow = isVisible() && m_fetchedRepo != m_workspace->repoDir && !m_syncing;
    if (fetchNow)
        m_fetchedRepo = m_workspace->repoDir;
    loadStatus(fetchNow);
}

void SyncChangesView::refresh()
{
    if (m_workspace && !m_syncing && !m_fetching)
        loadStatus(false);
}

void SyncChangesView::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    updateActions();
}

void SyncChangesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Fetch on opening: the first time the page is shown for a workspace (not after every reload).
    if (m_workspace && m_fetchedRepo != m_workspace->repoDir && !m_syncing && !m_fetching) {
        m_fetchedRepo = m_workspace->repoDir;
        loadStatus(true);
    }
}

QString SyncChangesView::progressText() const
{
    return m_progress->text();
}

QString SyncChangesView::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SyncChangesView::fetch()
{
    if (m_workspace && !m_syncing && !m_fetching)
        loadStatus(true);
}

void SyncChangesView::loadStatus(bool withFetch)
{
    if (m_statusCancel)
        m_statusCancel->cancel();
    services::Call call;
    m_statusCancel = call.cancel;
    if (withFetch) {
        m_fetching = true;
        call.progress = m_relay->callback();
        showProgress(Progress{0, -1, 0, QStringLiteral("fetch")});
    }
    m_loading = true;
    const quint64 generation = ++m_statusGeneration;
    updateActions();
    runInBackground(
        this, std::move(call),
        [workspace = m_workspace, withFetch](const services::Call& job) {
            services::SyncStatusOptions options;
            options.fetch = withFetch;
            return services::syncStatus(*workspace, options, job);
        },
        [this, generation, withFetch](const Result<services::SyncStatus>& status) {
            if (generation != m_statusGeneration)
                return; // a newer status is on its way
            m_loading = false;
            if (withFetch) {
                m_fetching = false;
                if (!m_syncing) {
                    m_progress->clear();
                    m_progressBar->hide();
                }
            }
            if (!status) {
                if (status.error().kind == ErrorKind::Cancelled)
                    showMessage(tr("Fetch cancelled: what is ahead or behind is as of the last fetch."),
                                false, true);
                else
                    showMessage(inAppWords(status.error().message), true, true);
            } else {
                showStatus(*status);
                if (withFetch && status->fetched)
                    emit statusMessage(
                        tr("Fetched from %1: %2").arg(status->remoteName, m_aheadBehind->text()));
            }
            updateActions();
            emit statusLoaded();
        });
}

void SyncChangesView::showStatus(const services::SyncStatus& status)
{
    m_status = status;
    const QString branch = status.branch.isEmpty() ? tr("(no commit yet)") : status.branch;
    if (status.remoteName.isEmpty())
        m_branch->setText(tr("Branch %1 · no remote: a sync commits on this computer only").arg(branch));
    else
        m_branch->setText(tr("Branch %1 → %2 (%3)").arg(branch, status.remoteName, status.remoteUrl));

    QString counts;
    if (status.remoteName.isEmpty())
        counts.clear();
    else if (status.ahead < 0 || status.behind < 0)
        counts = tr("Not compared with %1 yet: the remote has no branch %2 (the first sync creates it)")
                     .arg(status.remoteName, branch);
    else if (status.ahead == 0 && status.behind == 0)
        counts = tr("Up to date with %1").arg(status.remoteName);
    else if (status.behind == 0)
        counts = tr("%1 to push").arg(tr("%n commit(s)", nullptr, status.ahead));
    else if (status.ahead == 0)
        counts = tr("%1 to pull").arg(tr("%n commit(s)", nullptr, status.behind));
    else
        counts =
            tr("%1 to push · %2 to pull")
                .arg(tr("%n commit(s)", nullptr, status.ahead), tr("%n commit(s)", nullptr, status.behind));
    if (status.fetched && m_workspace) {
        m_comparedAt = QDateTime::currentDateTimeUtc();
        m_comparedRepo = m_workspace->repoDir;
    }
    const bool compared = m_workspace && m_comparedRepo == m_workspace->repoDir && m_comparedAt.isValid();
    if (!counts.isEmpty())
        counts += status.fetched ? tr(" (fetched just now)")
                  : compared     ? tr(" (compared with the remote %1)").arg(ago(m_comparedAt))
                                 : tr(" (as of the last fetch)");
    m_aheadBehind->setText(counts);

    if (status.lastSync.isValid()) {
        m_lastSync->setText(tr("Last synced %1: %2").arg(ago(status.lastSync), status.lastSyncResult));
        m_lastSync->setToolTip(QLocale().toString(status.lastSync.toLocalTime(), QLocale::LongFormat) +
                               QStringLiteral(" (") + status.lastSync.toString(Qt::ISODate) + u')');
    } else {
        m_lastSync->setText(tr("Not synced from this computer yet"));
        m_lastSync->setToolTip({});
    }

    if (status.fetchAuthFailed)
        showMessage(
            tr("Signing in to %1 failed: %2. Use Sign In… to enter the user name and password or token.")
                .arg(status.remoteName, status.fetchError),
            true, true);
    else if (status.fetchError.startsWith(QLatin1String("no keychain is reachable")))
        showMessage(tr("Could not fetch: %1. What is ahead or behind is as of the last fetch.")
                        .arg(inAppWords(status.fetchError)),
                    true, true);
    else if (!status.fetchError.isEmpty())
        showMessage(tr("Could not fetch (offline?): %1. What is ahead or behind is as of the last fetch.")
                        .arg(status.fetchError),
                    true, true);
    else if (const QString problem = memberProblem(); !problem.isEmpty())
        showMessage(problem, true, true);
    else if (m_message->property("fromStatus").toBool())
        m_message->hide();
    showPending(status);
}

void SyncChangesView::showPending(const services::SyncStatus& status)
{
    const QString selected = m_pending->currentItem() ? m_pending->currentItem()->text(0) : QString();
    m_pending->clear();
    for (PendingChange::Group group : {PendingChange::Group::Mine, PendingChange::Group::LeadOnly,
                                       PendingChange::Group::Others, PendingChange::Group::Refused}) {
        QList<const PendingChange*> changes;
        for (const PendingChange& change : status.pending) {
            if (change.group == group)
                changes.append(&change);
        }
        if (changes.isEmpty())
            continue;
        auto* title = new QTreeWidgetItem(m_pending);
        title->setText(0, QStringLiteral("%1 — %2").arg(services::pendingGroupTitle(group),
                                                        tr("%n file(s)", nullptr, changes.size())));
        title->setData(0, Qt::UserRole, services::pendingGroupKey(group));
        title->setFirstColumnSpanned(true);
        QFont font = title->font(0);
        font.setBold(true);
        title->setFont(0, font);
        for (const PendingChange* change : std::as_const(changes)) {
            auto* item = new QTreeWidgetItem(title);
            item->setText(0, change->path);
            const auto [icon, word] = actionOf(*change, status.isLead);
            item->setIcon(1, icon);
            item->setText(1, word);
            item->setText(2, change->reason);
            item->setToolTip(0, change->path);
            item->setToolTip(2, change->reason);
            if (change->path == selected)
                m_pending->setCurrentItem(item);
        }
        title->setExpanded(true);
    }
    if (status.pending.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_pending, {tr("No changes on this computer: nothing to commit")});
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
    }
    // The paths in full (the group titles span the row and do not count), up to half the list's width.
    int pathWidth = 0;
    for (const PendingChange& change : status.pending)
        pathWidth = qMax(pathWidth, m_pending->fontMetrics().horizontalAdvance(change.path));
    const int indent = 2 * m_pending->indentation() + fontMetrics().averageCharWidth() * 2;
    m_pending->setColumnWidth(0, qBound(fontMetrics().averageCharWidth() * 20, pathWidth + indent,
                                        qMax(200, m_pending->viewport()->width() / 2)));
    m_pending->resizeColumnToContents(1);

    const sync::SyncReport& plan = status.plan;
    int copies = 0;
    for (const QString& path : plan.committed)
        copies += path.contains(QLatin1String("/set-aside/")) ? 1 : 0;
    QString text =
        plan.committed.isEmpty()
            ? tr("A sync now would commit nothing")
            : tr("A sync now would commit %1").arg(tr("%n file(s)", nullptr, plan.committed.size()));
    if (copies > 0)
        text += tr(" (%1 among them)").arg(tr("%n set-aside copy(ies)", nullptr, copies));
    if (!plan.setAside.isEmpty())
        text += tr(", set aside %1").arg(plan.setAside.size());
    if (!plan.refused.isEmpty())
        text += tr(", leave %1 refused").arg(plan.refused.size());
    text += status.remoteName.isEmpty() ? tr(", on this computer only.")
                                        : tr(", then fetch, merge and push to %1.").arg(status.remoteName);
    for (const QString& note : status.notes)
        text += QStringLiteral("\n") + tr("Note: %1").arg(note);
    m_plan->setText(text);
}

void SyncChangesView::showMessage(const QString& text, bool problem, bool fromStatus)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, problem ? statusColor(StatusTone::Bad, this->palette())
                                                   : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text); // the words say what happened; the colour only underlines a problem
    m_message->setProperty("fromStatus", fromStatus);
    m_message->show();
}

QString SyncChangesView::memberProblem() const
{
    if (!m_workspace)
        return tr("No workspace is open.");
    if (m_workspace->me.isEmpty())
        return tr("Sync needs to know who you are: open the workspace as one of its members.");
    if (!m_workspace->manifest.member(m_workspace->me))
        return tr("%1 is not a member of this workspace: only members sync (ask a lead to add you).")
            .arg(m_workspace->me);
    return {};
}

void SyncChangesView::updateActions()
{
    const QString problem = memberProblem();
    QString why;
    if (!m_readOnlyReason.isEmpty())
        why = tr("Read-only: %1").arg(m_readOnlyReason);
    else if (!problem.isEmpty())
        why = problem;
    else if (m_syncing)
        why = tr("A sync is running");
    else if (m_fetching)
        why = tr("Wait for the fetch to finish, or cancel it");
    const bool canSync = why.isEmpty();
    const QString syncTip =
        canSync
            ? tr("Commit my notebooks (stripped), set aside edits to others' files, fetch, merge, push and "
                 "confirm (%1)")
                  .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))
            : why;
    m_syncButton->setEnabled(canSync);
    m_syncAction->setEnabled(canSync);
    m_syncButton->setToolTip(syncTip);
    m_syncButton->setStatusTip(syncTip);
    const bool hasRemote = m_status && !m_status->remoteName.isEmpty();
    m_fetchButton->setEnabled(problem.isEmpty() && hasRemote && !m_syncing && !m_fetching);
    m_signIn->setEnabled(hasRemote && !m_syncing &&
                         sync::credentialUseFor(m_status->remoteUrl) != sync::CredentialUse::None);
    m_signIn->setToolTip(m_signIn->isEnabled() || !hasRemote
                             ? tr("Store or forget the user name and password or token for the remote")
                             : tr("This remote needs no sign-in (a folder on this computer or a share)"));
    m_cancelButton->setVisible(m_syncing || m_fetching);
    m_cancelButton->setEnabled(m_syncing || m_fetching);
}

} // namespace ts::gui
