// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Preferences: for the open workspace, who I am and where its shared folder is mounted on this computer
// (LocalSettings, checked as joining checks it); for every workspace, scanning on open and the theme.
#pragma once

#include "panels/Panel.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace ts::gui {

class Dialogs;
class SharedFolderField;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Dialogs& dialogs, WorkspacePtr workspace, QWidget* parent = nullptr);

    SharedFolderField* sharedFolder() const { return m_folder; }
    // Checks and saves; emits saved() and closes when all was kept, else says why and stays open.
    void save();

signals:
    // After a save: `workspaceChanged` when who I am or the shared folder changed (the window reopens it).
    void saved(bool workspaceChanged);

private:
    void updateState();

    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    bool m_saving = false;
    QComboBox* m_me = nullptr;
    SharedFolderField* m_folder = nullptr;
    QCheckBox* m_scanOnOpen = nullptr;
    QCheckBox* m_followTheme = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ts::gui
