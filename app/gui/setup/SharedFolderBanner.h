// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The strip at the top of the window that says the workspace has no shared folder on this machine (none set,
// or the one remembered is not there), with Locate… and Preferences…. Hidden while the folder is known.
#pragma once

#include "panels/Panel.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ts::gui {

class Dialogs;

class SharedFolderBanner : public QFrame
{
    Q_OBJECT
public:
    SharedFolderBanner(Dialogs& dialogs, QWidget* parent = nullptr);

    void setWorkspace(WorkspacePtr workspace);
    QString message() const;
    void updateColours();
    // Asks for the folder (the Dialogs folder picker), checks and remembers it; emits located() when kept.
    void locate();

signals:
    void located(const QString& folder);
    void preferencesRequested();

private:
    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_locate = nullptr;
    QPushButton* m_preferences = nullptr;
};

} // namespace ts::gui
