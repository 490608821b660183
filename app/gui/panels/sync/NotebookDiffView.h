// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A notebook-aware diff (nb::NotebookDiff) shown the way nbdime means to (issue 16): one row per cell in
// B's order, its status (unchanged cells folded), the source as a line diff (removed/added lines marked by
// sign and tone, never tone alone), outputs summarised (type, size, changed or not), metadata keys folded.
// Rows are checkable when the view is told so (applying chosen cells of a set-aside copy).
#pragma once

#include "notebooks/NotebookDiff.h"

#include <QWidget>

class QLabel;
class QListView;

namespace ts::gui {

class NotebookDiffModel;

class NotebookDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit NotebookDiffView(QWidget* parent = nullptr);

    // `titleA`/`titleB` name the two sides ("ana's notebooks/ana/eda.ipynb", "bob's copy, 3 Dec 14:02").
    void setDiff(const nb::NotebookDiff& diff, const QString& titleA, const QString& titleB);
    void clear(const QString& message = {});
    // Changed rows get a check box (for applying them); checkedRows() are indices into diff.cells.
    void setCheckable(bool checkable);
    QList<int> checkedRows() const;
    // Checks or unchecks a changed row (index into diff.cells) as a click on its box would.
    void setRowChecked(int row, bool checked);
    const nb::NotebookDiff& diff() const;

    // For tests and screenshots.
    QListView* list() const { return m_list; }
    NotebookDiffModel* model() const { return m_model; }

signals:
    void checkedRowsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    NotebookDiffModel* m_model = nullptr;
    QLabel* m_titles = nullptr;
    QLabel* m_summary = nullptr;
    QListView* m_list = nullptr;
};

} // namespace ts::gui
