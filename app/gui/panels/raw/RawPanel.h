// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Raw data area: is our raw data safe, and unchanged? (issue 17; docs/gui.md, "Raw data").
// The protection as the file system states it (services::rawWriteAccess, per raw folder: read-only or
// writable entries, who can write, the mount and what it means), Protect / Unprotect (leads), the baseline
// (services::rawBaselineSummary), Verify and its changes, and Accept as new baseline (leads). Every job runs
// through runInBackground with a cancel token and a ProgressRelay; one at a time.
#pragma once

#include "panels/Panel.h"
#include "services/Call.h"
#include "services/RawIntegrity.h"
#include "services/RawProtection.h"

#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace ts {
class RawChangesModel;
class RawFoldersModel;
} // namespace ts

namespace ts::gui {

class ProgressRelay;
class RawChangesProxy;
class RawFoldersProxy;

class RawPanel final : public Panel
{
    Q_OBJECT
public:
    explicit RawPanel(const PanelContext& context, QWidget* parent = nullptr);
    ~RawPanel() override;

    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(WorkspacePtr workspace) override;
    // Reads the protection and the baseline again (in the background).
    void refresh() override;

    enum class Job { None, Loading, Protect, Unprotect, Verify, Accept };
    Job job() const { return m_job; }
    bool isBusy() const { return m_job != Job::None; }
    RawFoldersModel* foldersModel() const { return m_folders; }
    RawChangesModel* changesModel() const { return m_changes; }
    // The last verify's report (none before the first, or after an accept).
    const std::optional<services::RawVerifyReport>& lastVerify() const { return m_verify; }

    void protect();
    void unprotect();
    void verify();
    void accept();
    void cancel();

signals:
    void loaded();      // the protection and baseline are on screen
    void jobFinished(); // a protect, unprotect, verify or accept ended (its result is on screen)

protected:
    void readOnlyChanged() override { updateState(); }

private:
    // What one load reads off the GUI thread.
    struct State
    {
        std::optional<services::RawAccessReport> access;
        QString accessError;
        std::optional<services::RawBaselineSummary> baseline;
        QString baselineError;
        bool hasRawFolders = false;
        bool rootMissing = false;
    };
    void showState(const State& state);
    void guard(bool protect);
    void startJob(Job job, const QString& text);
    void endJob();
    void showProgress(const ts::Progress& progress);
    void showVerify(const services::RawVerifyReport& report);
    void updateState();
    void updateSummary();
    void fitTables();
    bool isLead() const;
    QString confirmGuardText(bool protect) const;

    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    Job m_job = Job::None;
    int m_generation = 0;
    std::shared_ptr<CancelToken> m_cancel;     // the running protect, unprotect, verify or accept
    std::shared_ptr<CancelToken> m_loadCancel; // the running load
    bool m_loadedOnce = false;
    bool m_hasRawFolders = false;
    QString m_loadError;
    std::optional<services::RawBaselineSummary> m_baseline;
    std::optional<services::RawVerifyReport> m_verify;
    QDateTime m_verifiedAt;

    RawFoldersModel* m_folders = nullptr;
    RawFoldersProxy* m_foldersProxy = nullptr;
    RawChangesModel* m_changes = nullptr;
    RawChangesProxy* m_changesProxy = nullptr;
    ProgressRelay* m_relay = nullptr;

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_message = nullptr;
    QGroupBox* m_protectionBox = nullptr;
    QGroupBox* m_baselineBox = nullptr;
    QTableView* m_folderTable = nullptr;
    QLabel* m_mount = nullptr;
    QLabel* m_permission = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_protect = nullptr;
    QPushButton* m_unprotect = nullptr;
    QLabel* m_baselineText = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_accept = nullptr;
    QLabel* m_verifyResult = nullptr;
    QTableView* m_changeTable = nullptr;
    QLabel* m_progress = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace ts::gui
