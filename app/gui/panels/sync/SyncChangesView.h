// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Sync panel's Changes page (issue 16): branch, remote, ahead/behind (fetch on open and on demand,
// cancellable), last sync; pending changes grouped (services::syncStatus); the Sync button running the real
// sync with phase progress and Cancel; the result listed; an authentication failure opens CredentialsDialog.
#pragma once

#include "panels/Panel.h"
#include "services/SyncService.h"
#include "services/SyncStatus.h"

#include <QDateTime>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ts::gui {

class CredentialsDialog;
class ProgressRelay;

class SyncChangesView : public QWidget
{
    Q_OBJECT
public:
    SyncChangesView(Dialogs& dialogs, QWidget* parent = nullptr);
    ~SyncChangesView() override;

    void setWorkspace(WorkspacePtr workspace);
    void refresh();
    void setReadOnly(const QString& reason);

    bool isSyncing() const { return m_syncing; }
    bool isFetching() const { return m_fetching; }

    // For tests and screenshots.
    const std::optional<services::SyncStatus>& status() const { return m_status; }
    QTreeWidget* pendingList() const { return m_pending; }
    QTreeWidget* resultList() const { return m_result; }
    QString progressText() const;
    QString messageText() const;
    QAction* syncAction() const { return m_syncAction; }
    // TEST SEAM: called on the sync's thread at the job's named points (sync::SyncTestHook), to hold a sync
    // at a known place (cancel tests, the "sync in progress" screenshot). Unset in the application.
    void setSyncTestHook(sync::SyncTestHook hook) { m_testHook = std::move(hook); }

public slots:
    void startSync();
    void cancelSync();
    void openCredentials();
    // Fetches, then shows the status again (ahead/behind against what the remote holds now).
    void fetch();

signals:
    void statusMessage(const QString& text);
    // A sync finished (pulled files, a new HEAD): the shell re-opens the workspace.
    void workspaceModified();
    // For tests: the status (after the fetch, when one ran) is shown; a sync ended (ok or not).
    void statusLoaded();
    void syncFinished(bool ok);
    // The progress line shows new words (a phase, a count): tests count them.
    void progressChanged(const QString& text);
    // For tests: the credentials dialog was opened (after an authentication failure or Sign In…).
    void credentialsOpened(ts::gui::CredentialsDialog* dialog);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // What a sync job hands back: its result and HEAD before and after (a failed push keeps a local commit).
    struct SyncOutcome
    {
        Result<services::SyncRun> run = Error::failed(QString());
        QString headBefore;
        QString headAfter;
    };
    void loadStatus(bool withFetch);
    void showStatus(const services::SyncStatus& status);
    void showPending(const services::SyncStatus& status);
    void showProgress(const Progress& progress);
    void finishSync(const SyncOutcome& outcome);
    void showResult(const services::SyncRun& run);
    void openCredentialsFor(const QString& reason, bool retrySync);
    // `fromStatus`: said by the status (a failed fetch, who I am), replaced by the next status.
    void showMessage(const QString& text, bool problem, bool fromStatus = false);
    void updateActions();
    void updateIcons();
    QString memberProblem() const;

    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    std::optional<services::SyncStatus> m_status;
    QString m_readOnlyReason;
    QString m_fetchedRepo; // the repository fetched on opening (once per workspace, not per reload)
    // When this page last compared with the remote (a fetch, or a sync that pushed) and for which repository:
    // a status read without fetching says "compared 5 min ago", not "as of the last fetch", after a sync.
    QDateTime m_comparedAt;
    QString m_comparedRepo;
    quint64 m_statusGeneration = 0;
    std::shared_ptr<CancelToken> m_statusCancel;
    std::shared_ptr<CancelToken> m_syncCancel;
    sync::SyncTestHook m_testHook;
    bool m_syncing = false;
    bool m_fetching = false;
    bool m_loading = false;

    QLabel* m_branch = nullptr;
    QLabel* m_aheadBehind = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_fetchButton = nullptr;
    QPushButton* m_signIn = nullptr;
    QTreeWidget* m_pending = nullptr;
    QLabel* m_plan = nullptr;
    QLabel* m_progress = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_syncButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QAction* m_syncAction = nullptr;
    QTreeWidget* m_result = nullptr;
    ProgressRelay* m_relay = nullptr;
};

} // namespace ts::gui
