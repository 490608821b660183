// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// File ▸ New Workspace…: the team's name and template, me as lead, the shared folder, the notebook
// repository, an optional git remote, a summary; Create runs services::createWorkspace off the GUI thread
// (progress, cancel) and nothing is written before it. The window then opens the new workspace on its
// Overview.
#pragma once

#include "services/Call.h"
#include "services/NewWorkspace.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ts::gui {

class Dialogs;
class ProgressRelay;
class SharedFolderField;

class NewWorkspaceWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { TeamPage, LeadPage, SharedFolderPage, RepositoryPage, RemotePage, SummaryPage };

    NewWorkspaceWizard(Dialogs& dialogs, QWidget* parent = nullptr);
    ~NewWorkspaceWizard() override;

    // What the pages say now (the summary and the test read it).
    services::NewWorkspaceRequest request() const;
    bool isCreating() const { return m_cancel != nullptr; }
    // The last failure, one paragraph (empty when none).
    QString failure() const { return m_failure; }
    SharedFolderField* sharedFolderField() const { return m_shared; }

    void accept() override; // Create: runs the creation, closes when it succeeded
    void reject() override; // Cancel: stops a running creation first

signals:
    // The workspace exists (pushed or not: `report.pushProblem` says); the wizard closes after this.
    void created(const services::NewWorkspaceReport& report);

private:
    QWizardPage* makeTeamPage();
    QWizardPage* makeLeadPage();
    QWizardPage* makeSharedFolderPage();
    QWizardPage* makeRepositoryPage();
    QWizardPage* makeRemotePage();
    QWizardPage* makeSummaryPage();
    void updatePreview();
    void updateSummary();
    void finished(Result<services::NewWorkspaceReport> report);

    Dialogs& m_dialogs;
    QLineEdit* m_name = nullptr;
    QComboBox* m_template = nullptr;
    QLabel* m_preview = nullptr;
    QLineEdit* m_leadName = nullptr;
    QLineEdit* m_leadEmail = nullptr;
    QLineEdit* m_leadId = nullptr;
    bool m_idEdited = false;
    SharedFolderField* m_shared = nullptr;
    QCheckBox* m_oneFolder = nullptr;
    QLineEdit* m_repo = nullptr;
    QLineEdit* m_remoteUrl = nullptr;
    QLineEdit* m_remoteUser = nullptr;
    QLineEdit* m_remoteSecret = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    ProgressRelay* m_relay = nullptr;
    std::shared_ptr<CancelToken> m_cancel;
    QString m_failure;
};

} // namespace ts::gui
