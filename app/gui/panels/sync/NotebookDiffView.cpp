// SCAFFOLD (issue 16): replaced by the set-aside engineer.
#include "panels/sync/NotebookDiffView.h"

namespace ts::gui {

NotebookDiffView::NotebookDiffView(QWidget* parent) : QWidget(parent) {}

void NotebookDiffView::setDiff(const nb::NotebookDiff& diff, const QString& titleA, const QString& titleB)
{
    Q_UNUSED(diff);
    Q_UNUSED(titleA);
    Q_UNUSED(titleB);
}

void NotebookDiffView::clear(const QString& message)
{
    Q_UNUSED(message);
}

void NotebookDiffView::setCheckable(bool checkable)
{
    Q_UNUSED(checkable);
}

QList<int> NotebookDiffView::checkedRows() const
{
    return {};
}

} // namespace ts::gui
