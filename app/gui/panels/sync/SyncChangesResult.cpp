// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Changes page running a sync (SyncChangesView, second half): the job in the background with its phase
// progress and Cancel, the result listed (committed, pulled, set aside, refused, pushed), what a failure
// means for the user (cancelled, sign-in, offline with the local commit kept), and the sign-in dialog.
#include "ThemedIcons.h"
#include "panels/sync/CredentialsDialog.h"
#include "panels/sync/SyncChangesView.h"

#include "Background.h"
#include "ProgressRelay.h"
#include "UserMessages.h"
#include "git/GitRepository.h"

#include <QPointer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>

namespace ts::gui {

namespace {

const QStringList kPhases = {QStringLiteral("strip"), QStringLiteral("commit"), QStringLiteral("fetch"),
                             QStringLiteral("merge"), QStringLiteral("push"),   QStringLiteral("confirm")};

QString headOf(const QString& repoDir)
{
    auto repo = git::GitRepository::open(repoDir);
    if (!repo)
        return {};
    auto head = repo->headOid();
    return head && *head ? git::oidToString(**head) : QString();
}

QTreeWidgetItem* addGroup(QTreeWidget* tree, const QIcon& icon, const QString& title,
                          const QString& detail = {})
{
    auto* item = new QTreeWidgetItem(tree, {title, detail});
    item->setIcon(0, icon);
    item->setToolTip(1, detail);
    item->setExpanded(true);
    return item;
}

void addEntry(QTreeWidgetItem* group, const QString& path, const QString& detail = {})
{
    auto* item = new QTreeWidgetItem(group, {path, detail});
    item->setToolTip(0, path);
    item->setToolTip(1, detail);
}

bool isRemoteFailure(const QString& message)
{
    return message.contains(QLatin1String("fetch from \"")) ||
           message.contains(QLatin1String("push to \"")) || message.contains(QLatin1String("remote \""));
}

} // namespace

void SyncChangesView::startSync()
{
    if (!m_workspace || m_syncing || m_fetching || !memberProblem().isEmpty() || !m_readOnlyReason.isEmpty())
        return;
    services::Call call;
    m_syncCancel = call.cancel;
    call.progress = m_relay->callback();
    m_syncing = true;
    m_message->hide();
    showProgress(Progress{0, -1, 0, QStringLiteral("strip")});
    updateActions();
    runInBackground(
        this, std::move(call),
        [workspace = m_workspace, hook = m_testHook](const services::Call& job) {
            SyncOutcome outcome;
            outcome.headBefore = headOf(workspace->repoDir);
            services::SyncOptions options;
            options.testHook = hook;
            outcome.run = services::sync(*workspace, options, job);
            outcome.headAfter = headOf(workspace->repoDir);
            return outcome;
        },
        [this](const SyncOutcome& outcome) { finishSync(outcome); });
}

void SyncChangesView::cancelSync()
{
    if (m_syncing && m_syncCancel) {
        m_syncCancel->cancel();
        m_progress->setText(tr("Cancelling…"));
        emit progressChanged(m_progress->text());
    } else if (m_fetching && m_statusCancel) {
        m_statusCancel->cancel();
    }
}

void SyncChangesView::showProgress(const Progress& progress)
{
    const QString remote =
        m_status && !m_status->remoteName.isEmpty() ? m_status->remoteName : QStringLiteral("origin");
    const QString objects =
        progress.total > 0 ? tr(" %1 of %2 objects").arg(progress.done).arg(progress.total) : QString();
    QString words;
    if (progress.current == QLatin1String("strip"))
        words = tr("Stripping and checking notebooks…");
    else if (progress.current == QLatin1String("commit"))
        words = tr("Committing…");
    else if (progress.current == QLatin1String("fetch"))
        words = tr("Fetching from %1…").arg(remote) + objects;
    else if (progress.current == QLatin1String("merge"))
        words = tr("Merging what came in…");
    else if (progress.current == QLatin1String("push"))
        words = tr("Pushing to %1…").arg(remote) + objects;
    else if (progress.current == QLatin1String("confirm"))
        words = tr("Checking that %1 holds the new commit…").arg(remote);
    else
        words = progress.current;
    const qsizetype step = kPhases.indexOf(progress.current);
    if (m_syncing && step >= 0) {
        words = tr("Step %1 of %2: %3").arg(step + 1).arg(kPhases.size()).arg(words);
        m_progressBar->setRange(0, int(kPhases.size()));
        m_progressBar->setValue(int(step));
    } else {
        m_progressBar->setRange(0, 0); // busy
    }
    m_progressBar->show();
    if (words != m_progress->text()) {
        m_progress->setText(words);
        emit progressChanged(words);
        emit statusMessage(words);
    }
}

void SyncChangesView::finishSync(const SyncOutcome& outcome)
{
    m_relay->flush();
    m_syncing = false;
    m_progressBar->hide();
    m_progress->clear();
    const bool committedLocally = !outcome.headAfter.isEmpty() && outcome.headAfter != outcome.headBefore;
    if (outcome.run) {
        const services::SyncRun& run = *outcome.run;
        if (run.report.pushed && m_workspace) { // the sync fetched and pushed: ahead/behind are current
            m_comparedAt = QDateTime::currentDateTimeUtc();
            m_comparedRepo = m_workspace->repoDir;
        }
        showResult(run);
        const QString summary =
            run.report.pushed ? tr("Synced: %1 holds %2.")
                                    .arg(m_status && !m_status->remoteName.isEmpty() ? m_status->remoteName
                                                                                     : tr("the remote"),
                                         run.report.remoteHead.left(7))
                              : tr("Committed on this computer; nothing was pushed (no remote).");
        showMessage(summary, false);
        emit statusMessage(summary);
    } else {
        const Error& error = outcome.run.error();
        const QString kept =
            committedLocally
                ? tr(" Your changes are committed on this computer (%1) and go out with the next "
                     "sync.")
                      .arg(outcome.headAfter.left(7))
                : QString();
        QString text;
        if (error.kind == ErrorKind::Cancelled)
            text =
                tr("Sync cancelled. Nothing is lost: what was done is kept and the next sync completes it.") +
                kept;
        else if (services::isAuthenticationFailure(error.message))
            text = tr("Signing in to the remote failed: %1").arg(error.message) + kept;
        else if (isRemoteFailure(error.message))
            text = tr("The remote could not be reached (offline?), so nothing was pushed: %1.")
                       .arg(error.message) +
                   kept;
        else
            text = tr("Sync failed: %1").arg(inAppWords(error.message)) + kept;
        showMessage(text, error.kind != ErrorKind::Cancelled);
        emit statusMessage(text);
        if (services::isAuthenticationFailure(error.message))
            openCredentialsFor(error.message, true);
    }
    updateActions();
    // Files changed here (stripped, set aside, pulled) or HEAD moved: the shell re-opens the workspace, and
    // the page reads its status again either way.
    if (outcome.run || committedLocally)
        emit workspaceModified();
    loadStatus(false);
    emit syncFinished(outcome.run.ok());
}

void SyncChangesView::showResult(const services::SyncRun& run)
{
    const sync::SyncReport& report = run.report;
    m_result->clear();
    if (report.pushed)
        addGroup(m_result, statusIcon("present"), tr("Pushed"),
                 tr("the remote holds %1 (confirmed)").arg(report.remoteHead.left(7)));
    else
        addGroup(m_result, statusIcon("unexpected"), tr("Not pushed"), tr("committed on this computer only"));
    if (!report.committed.isEmpty()) {
        QTreeWidgetItem* group =
            addGroup(m_result, statusIcon("present"),
                     tr("Committed — %1").arg(tr("%n file(s)", nullptr, report.committed.size())));
        for (const QString& path : report.committed)
            addEntry(group, path);
    }
    if (!report.pulled.isEmpty()) {
        QTreeWidgetItem* group =
            addGroup(m_result, statusIcon("present"),
                     tr("Pulled — %1").arg(tr("%n file(s)", nullptr, report.pulled.size())));
        for (const QString& path : report.pulled)
            addEntry(group, path, tr("brought in from the remote"));
    }
    if (!report.setAside.isEmpty()) {
        QTreeWidgetItem* group =
            addGroup(m_result, statusIcon("unexpected"),
                     tr("Set aside — %1").arg(tr("%n file(s)", nullptr, report.setAside.size())),
                     tr("see the Set aside page"));
        for (const sync::SetAside& entry : report.setAside)
            addEntry(group, entry.path,
                     entry.copy.isEmpty() ? entry.reason
                                          : tr("kept as %1 (%2)").arg(entry.copy, entry.reason));
    }
    if (!report.refused.isEmpty()) {
        QTreeWidgetItem* group =
            addGroup(m_result, statusIcon("blocked"),
                     tr("Refused — %1").arg(tr("%n file(s)", nullptr, report.refused.size())));
        for (const sync::Refused& entry : report.refused)
            addEntry(group, entry.path, entry.reason);
    }
    for (const QString& note : run.notes + report.notes)
        addGroup(m_result, statusIcon("present"), tr("Note"), note);
    for (const QString& warning : run.warnings)
        addGroup(m_result, statusIcon("unexpected"), tr("Warning"), warning);
    m_result->resizeColumnToContents(0);
    m_result->show();
}

void SyncChangesView::openCredentials()
{
    openCredentialsFor(QString(), false);
}

void SyncChangesView::openCredentialsFor(const QString& reason, bool retrySync)
{
    if (!m_status || m_status->remoteName.isEmpty() || findChild<CredentialsDialog*>())
        return;
    auto* dialog = new CredentialsDialog(m_status->remoteUrl, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, retrySync, dialog = QPointer<CredentialsDialog>(dialog)] {
        emit statusMessage(dialog && dialog->usesGitHelper()
                               ? tr("git's credential helpers sign in to the remote from now on.")
                               : tr("Credential saved in the keychain."));
        if (retrySync)
            startSync();
        else
            fetch();
    });
    dialog->open(); // window-modal, no nested event loop
    emit credentialsOpened(dialog);
}

} // namespace ts::gui
