// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The selected notebook's details under the Notebooks table: path and assignment, facts (kernel, nbformat,
// cells, outputs size), lint findings (LintFindingsModel: cell, line, rule, message, fix), strip state with
// Strip, ROOT_PATH-cell state with Insert/Refresh, Open (system default app), and the Runs part: where its
// outputs go and whether its runner's work is at risk. Fix actions are enabled only for my own notebooks;
// others' show why in the tooltip. Object names: notebooks.details, notebooks.facts, notebooks.findings,
// notebooks.strip, notebooks.rootCell, notebooks.open, notebooks.runs.
#pragma once

#include "services/NotebookHealth.h"
#include "services/NotebookTable.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ts {
class LintFindingsModel;
}

namespace ts::gui {

class NotebookDetails final : public QWidget
{
    Q_OBJECT
public:
    explicit NotebookDetails(QWidget* parent = nullptr);

    // Shows one notebook; any pointer may be null (not loaded yet, no runner). `ownerName` for the words.
    void showNotebook(const services::NotebookRow& row, const services::NotebookHealth* health,
                      const services::RunnerOutputs* outputs, const services::LastCommit* commit);
    void clear(); // nothing selected
    QString path() const { return m_path; }

    // The panel enables these (setEditActionEnabled: mine only, not read-only).
    QPushButton* stripButton() const { return m_strip; }
    QPushButton* rootCellButton() const { return m_rootCell; }
    QPushButton* openButton() const { return m_open; }

signals:
    void stripRequested(const QString& path);
    void rootCellRequested(const QString& path);
    void openRequested(const QString& path);

private:
    void
    setPartsVisible(bool visible); // the buttons and the findings table, hidden while nothing is selected

    QString m_path;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_stripState = nullptr;
    QLabel* m_rootState = nullptr;
    QLabel* m_runs = nullptr;
    QLabel* m_riskIcon = nullptr;
    QLabel* m_findingsCaption = nullptr;
    QTableView* m_findings = nullptr;
    LintFindingsModel* m_findingsModel = nullptr;
    QPushButton* m_strip = nullptr;
    QPushButton* m_rootCell = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace ts::gui
