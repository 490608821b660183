// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Assign a notebook (leads only): owner, runner, accelerator (CPU, GPU, TPU) and expected output size, with
// the runner suggestion (services::suggestRunner, in the background, again when the expected output
// changes): every member ranked by headroom with "fits" / "does not fit" and the figures, the best one
// preselected as runner. Saving runs services::assignNotebook in the background (compare-and-swap of
// teamspace.json, logged); a refusal stays in the dialog with what was chosen, and `refused` lets the panel
// reload. Object names: assignDialog, assignDialog.owner, assignDialog.runner, assignDialog.candidates,
// assignDialog.accelerator, assignDialog.expectedOutput, assignDialog.buttons, assignDialog.error,
// assignDialog.note.
#pragma once

#include "notebooks/Ownership.h"
#include "panels/Panel.h"
#include "util/Result.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ts {
class RunnerCandidatesModel;
}

namespace ts::gui {

class AssignDialog final : public QDialog
{
    Q_OBJECT
public:
    // `notebook`: repository-relative (a row of the panel; it may be only in the manifest).
    AssignDialog(WorkspacePtr workspace, const QString& notebook, QWidget* parent = nullptr);
    QString notebook() const { return m_notebook; }
    // True once the suggestion arrived (tests wait for it).
    bool suggestionLoaded() const { return m_suggestionLoaded; }
    // The runner suggestion as shown (tests compare it with the command line's).
    const RunnerCandidatesModel* candidates() const { return m_model; }

signals:
    void saved(const ts::NotebookAssignment& assignment);
    void refused(const QString& message);
    void suggestionArrived();

private:
    void loadSuggestion();
    void showSuggestion(const QList<nb::RunnerCandidate>& candidates);
    void candidateChosen(const QModelIndex& index);
    void selectCandidateOf(const QString& memberId);
    void expectedChanged();
    // The expected output as typed: nullopt when empty; an error when it does not parse.
    Result<std::optional<qint64>> readExpected() const;
    void submit();
    void setBusy(bool busy);
    void showError(const QString& message);
    void setErrorText(const QString& message); // empty: the line is hidden

    WorkspacePtr m_workspace;
    QString m_notebook;
    bool m_suggestionLoaded = false;
    bool m_runnerChosen = false;    // the notebook has a runner, or the user picked one: keep it
    bool m_syncing = false;         // runner combo ↔ table selection guard
    int m_suggestionGeneration = 0; // newer requests win over late answers
    std::optional<qint64> m_originalExpected;
    QString m_expectedShown; // unchanged text keeps the exact bytes
    RunnerCandidatesModel* m_model = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_runner = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_accelerator = nullptr;
    QLineEdit* m_expected = nullptr;
    QLabel* m_suggestionState = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace ts::gui
