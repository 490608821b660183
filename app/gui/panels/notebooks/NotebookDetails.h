// The selected notebook's details under the Notebooks table: path and assignment, facts (kernel, nbformat,
// cells, outputs size), lint findings (LintFindingsModel: cell, line, rule, message, fix), strip state with
// Strip, ROOT_PATH-cell state with Insert/Refresh, Open (system default app), and the Runs part: where its
// outputs go and whether its runner's work is at risk. Fix actions are enabled only for my own notebooks;
// others' show why in the tooltip. Object names: notebooks.details, notebooks.facts, notebooks.findings,
// notebooks.strip, notebooks.rootCell, notebooks.open, notebooks.runs.
#pragma once

#include <QWidget>

namespace ts::gui {

class NotebookDetails final : public QWidget
{
    Q_OBJECT
public:
    explicit NotebookDetails(QWidget* parent = nullptr);
};

} // namespace ts::gui
