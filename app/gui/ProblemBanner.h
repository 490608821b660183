// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The strip at the top of the window that says why the workspace is read-only (teamspace.json broken or
// gone, the shared folder missing), with a Reload button. Hidden while all is well.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace ts::gui {

class ProblemBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ProblemBanner(QWidget* parent = nullptr);

    // Shows `message` (one line naming the path and the fix); an empty message hides the banner.
    void setProblem(const QString& message);
    QString problem() const { return m_problem; }

    // Picks the banner's colours for the application's theme (light or dark). The window calls it on a
    // palette change: Qt 6.4 tells only top-level windows about a new application palette, and a widget with
    // a style sheet never hears of it.
    void updateColours();

signals:
    void reloadRequested();

private:
    QString m_problem;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_reload = nullptr;
};

} // namespace ts::gui
