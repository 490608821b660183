#include "panels/notebooks/NotebookDetails.h"

// SCAFFOLD: filled in by the panel part of issue 15.
namespace ts::gui {

NotebookDetails::NotebookDetails(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("notebooks.details"));
}

} // namespace ts::gui
