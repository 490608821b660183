// The Changes page after a sync (SyncChangesView, second half): the result listed (committed, pulled, set
// aside, refused, pushed), what a failure means for the user (cancelled, sign-in, offline with the local
// commit kept), and the sign-in dialog.
#include "panels/sync/CredentialsDialog.h"
#include "panels/sync/SyncChangesView.h"

#include "Plural.h"
#include "ProgressRelay.h"

#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>

namespace ts::gui {

namespace {

QIcon statusIcon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/status-%1.svg").arg(QLatin1String(name)));
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

void SyncChangesView::finishSync(const SyncOutcome& outcome)
{
    m_relay->flush();
    m_syncing = false;
    m_progressBar->hide();
    m_progress->clear();
    const bool committedLocally = !outcome.headAfter.isEmpty() && outcome.headAfter != outcome.headBefore;
    if (outcome.run) {
        const services::SyncRun& run = *outcome.run;
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
            text = tr("Sync failed: %1").arg(error.message) + kept;
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
        QTreeWidgetItem* group = addGroup(
            m_result, statusIcon("present"),
            tr("Committed — %1").arg(counted(report.committed.size(), tr("%n file"), tr("%n files"))));
        for (const QString& path : report.committed)
            addEntry(group, path);
    }
    if (!report.pulled.isEmpty()) {
        QTreeWidgetItem* group =
            addGroup(m_result, statusIcon("present"),
                     tr("Pulled — %1").arg(counted(report.pulled.size(), tr("%n file"), tr("%n files"))));
        for (const QString& path : report.pulled)
            addEntry(group, path, tr("brought in from the remote"));
    }
    if (!report.setAside.isEmpty()) {
        QTreeWidgetItem* group =
            addGroup(m_result, statusIcon("unexpected"),
                     tr("Set aside — %1").arg(counted(report.setAside.size(), tr("%n file"), tr("%n files"))),
                     tr("see the Set aside page"));
        for (const sync::SetAside& entry : report.setAside)
            addEntry(group, entry.path,
                     entry.copy.isEmpty() ? entry.reason
                                          : tr("kept as %1 (%2)").arg(entry.copy, entry.reason));
    }
    if (!report.refused.isEmpty()) {
        QTreeWidgetItem* group =
            addGroup(m_result, statusIcon("blocked"),
                     tr("Refused — %1").arg(counted(report.refused.size(), tr("%n file"), tr("%n files"))));
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
    connect(dialog, &QDialog::accepted, this, [this, retrySync] {
        emit statusMessage(tr("Credential saved in the keychain."));
        if (retrySync)
            startSync();
        else
            fetch();
    });
    dialog->open(); // window-modal, no nested event loop
    emit credentialsOpened(dialog);
}

} // namespace ts::gui
