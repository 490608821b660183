// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Choosing a team's shared folder: a path with Browse…, the likely places on this machine (sync clients'
// folders, cloud and network mounts) and the verdict on the folder, re-checked as it changes (off the GUI
// thread): whether it can be this team's, what its mount means for protecting raw data. Used by Preferences
// and the new-workspace wizard.
#pragma once

#include "services/SharedFolder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ts::gui {

class Dialogs;

class SharedFolderField : public QWidget
{
    Q_OBJECT
public:
    enum class Use {
        ExistingTeam, // Preferences, joining: the folder should hold the team's layout
        NewTeam       // the wizard: an empty folder is right, the layout is created in it
    };
    SharedFolderField(Dialogs& dialogs, Use use, QWidget* parent = nullptr);

    // The team whose folder this is: its manifest and repository (a planned repository for a new team);
    // `repositoryAllowed`: the workspace was created as one folder for both, so the repository is accepted.
    void setTeam(const Manifest& manifest, const QString& repoDir, bool repositoryAllowed);
    void setFolder(const QString& folder);
    QString folder() const;
    // The last verdict, for the folder shown now (false while a check runs).
    bool isChecked() const { return m_checked; }
    // A folder that can be used: exists, readable (writable for a new team), not the repository (unless
    // allowed); empty is acceptable when `allowEmpty`.
    bool isAcceptable() const;
    void setAllowEmpty(bool allow) { m_allowEmpty = allow; }
    const services::SharedFolderVerdict& verdict() const { return m_verdict; }
    QString verdictText() const;

signals:
    // The verdict for the folder shown changed (acceptable or not).
    void verdictChanged();

private:
    void recheck();
    void showVerdict();

    Dialogs& m_dialogs;
    Use m_use;
    Manifest m_manifest;
    QString m_repoDir;
    bool m_repositoryAllowed = false;
    bool m_allowEmpty = false;
    bool m_checked = false;
    int m_generation = 0;
    services::SharedFolderVerdict m_verdict;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_suggestions = nullptr;
    QLabel* m_verdictIcon = nullptr;
    QLabel* m_verdictText = nullptr;
};

} // namespace ts::gui
