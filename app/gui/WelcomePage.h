// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What the window shows while no workspace is open: how to open one, and the recent ones as links.
#pragma once

#include <QStringList>
#include <QWidget>

class QVBoxLayout;

namespace ts::gui {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    // `teamNames`, when given, titles each folder's link (else the folder's name).
    void setRecentWorkspaces(const QStringList& folders, const QStringList& teamNames = {});

signals:
    void openRequested();
    void joinRequested(); // Join Workspace… (issue 17)
    void newRequested(); // the New Workspace wizard
    void recentChosen(const QString& folder);

private:
    QVBoxLayout* m_recentList = nullptr;
};

} // namespace ts::gui
