// A notebook-aware diff (nb::NotebookDiff) shown the way nbdime means to (issue 16): one row per cell in
// B's order, its status (unchanged cells folded), the source as a line diff (removed/added lines marked by
// sign and tone, never tone alone), outputs summarised (type, size, changed or not), metadata keys folded.
// Rows are checkable when the view is told so (applying chosen cells of a set-aside copy).
#pragma once

#include "notebooks/NotebookDiff.h"

#include <QWidget>

namespace ts::gui {

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

signals:
    void checkedRowsChanged();
};

} // namespace ts::gui
