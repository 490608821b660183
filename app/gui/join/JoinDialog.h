// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// File ▸ Join Workspace… (issue 17): three steps. The repository (URL and folder; the clone runs in the
// background with progress and Cancel, and a sign-in on an authentication failure, then again), who I am (the
// manifest's members), and where the team's shared folder is mounted here (likely folders suggested, the
// folder judged as it is typed; may be skipped and set later in Preferences). Finish moves the clone into
// place and remembers both for this repository on this machine (services/JoinWorkspace.h); the main window
// then opens it. Closing the dialog before Finish removes the clone: nothing is left behind.
#pragma once

#include "services/JoinWorkspace.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace ts::gui {

class CredentialsDialog;
class Dialogs;
class ProgressRelay;

class JoinDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step { RepositoryStep, IdentityStep, SharedFolderStep };

    // `startFolder`: where new repositories go by default (the folder is <startFolder>/<repository name>).
    JoinDialog(Dialogs& dialogs, const QString& startFolder, QWidget* parent = nullptr);
    ~JoinDialog() override;

    Step step() const;
    bool isBusy() const { return m_busy; }
    // After Finish: what was joined (the main window opens report().repoDir).
    const std::optional<services::JoinReport>& report() const { return m_report; }
    // The shared folder's verdict shown now (none while it is being judged or the field is empty).
    const std::optional<services::SharedFolderVerdict>& verdict() const { return m_verdict; }

signals:
    void cloneFinished(const QString& error); // empty on success (the identity step is shown)
    void credentialsOpened(ts::gui::CredentialsDialog* dialog);
    void verdictShown();
    void finishFailed(const QString& error);

protected:
    void reject() override;
    void changeEvent(QEvent* event) override; // palette changes: the status colours follow

private:
    QWidget* buildRepositoryPage();
    QWidget* buildIdentityPage();
    QWidget* buildSharedFolderPage();
    void showStep(Step step);
    void next();
    void back();
    void startClone();
    void cloned(Result<services::StagedJoin> result);
    void openCredentials(const QString& reason);
    void chooseRepositoryFolder();
    void chooseSharedFolder();
    void urlEdited(const QString& url);
    void judgeSharedFolder();
    void showVerdict(const QString& folder, const services::SharedFolderVerdict& verdict);
    void finish();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool problem);
    void updateButtons();
    void discardStaged();
    void applyTones();

    Dialogs& m_dialogs;
    QString m_startFolder;
    bool m_folderEdited = false; // the user typed or chose the folder: the URL no longer decides it
    bool m_busy = false;
    std::optional<services::StagedJoin> m_staged;
    std::optional<services::JoinReport> m_report;
    std::optional<services::SharedFolderVerdict> m_verdict;
    QString m_verdictFolder; // the folder m_verdict is about
    int m_verdictGeneration = 0;
    bool m_messageIsProblem = false;
    std::shared_ptr<CancelToken> m_cancel;

    QLabel* m_stepLabel = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_folder = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    ProgressRelay* m_relay = nullptr;
    QLabel* m_identityIntro = nullptr;
    QTreeWidget* m_members = nullptr;
    QListWidget* m_suggestions = nullptr;
    QLineEdit* m_root = nullptr;
    QLabel* m_verdictIcon = nullptr;
    QLabel* m_verdictText = nullptr;
    QLabel* m_mountText = nullptr;
    QCheckBox* m_acceptRoot = nullptr;
    QTimer* m_judgeTimer = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_finish = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace ts::gui
