// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/notebooks/NotebookDetails.h"

#include "models/LintFindingsModel.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

QString formatted(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString rootCellWords(services::RootCellState state)
{
    switch (state) {
    case services::RootCellState::Unknown:
        return NotebookDetails::tr("ROOT_PATH cell: not checked");
    case services::RootCellState::Missing:
        return NotebookDetails::tr("ROOT_PATH cell: missing");
    case services::RootCellState::Current:
        return NotebookDetails::tr("ROOT_PATH cell: current");
    case services::RootCellState::Outdated:
        return NotebookDetails::tr("ROOT_PATH cell: outdated (not first, or for another runner or layout)");
    case services::RootCellState::NoRunner:
        return NotebookDetails::tr("ROOT_PATH cell: nobody to generate it for (no runner or owner)");
    }
    return {};
}

} // namespace

NotebookDetails::NotebookDetails(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("notebooks.details"));
    auto label = [](const QString& name) {
        auto* l = new QLabel;
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_title = label(QStringLiteral("notebooks.details.title"));
    m_facts = label(QStringLiteral("notebooks.facts"));
    m_stripState = label(QStringLiteral("notebooks.stripState"));
    m_rootState = label(QStringLiteral("notebooks.rootState"));
    m_runs = label(QStringLiteral("notebooks.runs"));
    m_riskIcon = new QLabel;
    m_riskIcon->setObjectName(QStringLiteral("notebooks.riskIcon"));
    m_findingsCaption = label(QStringLiteral("notebooks.findingsCaption"));

    m_strip = new QPushButton(tr("&Strip outputs"));
    m_strip->setObjectName(QStringLiteral("notebooks.strip"));
    m_rootCell = new QPushButton(tr("Insert ROOT_PATH &cell"));
    m_rootCell->setObjectName(QStringLiteral("notebooks.rootCell"));
    m_open = new QPushButton(tr("&Open notebook"));
    m_open->setObjectName(QStringLiteral("notebooks.open"));
    for (QPushButton* b : {m_strip, m_rootCell, m_open})
        b->setAutoDefault(false);
    connect(m_strip, &QPushButton::clicked, this, [this] { emit stripRequested(m_path); });
    connect(m_rootCell, &QPushButton::clicked, this, [this] { emit rootCellRequested(m_path); });
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(m_path); });

    m_findingsModel = new LintFindingsModel(this);
    m_findings = new QTableView;
    m_findings->setObjectName(QStringLiteral("notebooks.findings"));
    m_findings->setAccessibleName(tr("Lint findings"));
    m_findings->setAccessibleDescription(
        tr("What the lint found in the selected notebook, one finding a row"));
    m_findings->setModel(m_findingsModel);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setWordWrap(false);
    m_findings->setAlternatingRowColors(true);
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setStretchLastSection(true);

    auto* left = new QGridLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_title, 0, 0, 1, 2);
    left->addWidget(m_facts, 1, 0, 1, 2);
    left->addWidget(m_stripState, 2, 0);
    left->addWidget(m_strip, 2, 1);
    left->addWidget(m_rootState, 3, 0);
    left->addWidget(m_rootCell, 3, 1);
    auto* runs = new QHBoxLayout;
    runs->addWidget(m_riskIcon, 0, Qt::AlignTop);
    runs->addWidget(m_runs, 1);
    left->addWidget(m_open, 4, 1);
    left->addLayout(runs, 5, 0, 1, 2);
    left->setColumnStretch(0, 1);
    left->setRowStretch(6, 1);

    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_findingsCaption);
    right->addWidget(m_findings, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    clear();
}

void NotebookDetails::clear()
{
    m_path.clear();
    m_title->setText(tr("Select a notebook to see its health, its fixes and where its outputs go."));
    for (QLabel* l : {m_facts, m_stripState, m_rootState, m_runs, m_findingsCaption})
        l->clear();
    m_riskIcon->clear();
    m_findingsModel->setFindings({});
    for (QPushButton* b : {m_strip, m_rootCell, m_open})
        b->setEnabled(false);
    setPartsVisible(false); // only the hint: no greyed buttons floating in an empty area
}

void NotebookDetails::setPartsVisible(bool visible)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_strip, m_rootCell, m_open, m_findings})
        w->setVisible(visible);
}

void NotebookDetails::showNotebook(const services::NotebookRow& row, const services::NotebookHealth* health,
                                   const services::RunnerOutputs* outputs, const services::LastCommit* commit)
{
    m_path = row.path;
    setPartsVisible(true);
    QString who = row.owner.isEmpty() ? tr("no owner") : tr("owner %1").arg(row.owner);
    who += row.runner.isEmpty() ? tr(", runner not chosen") : tr(", runner %1").arg(row.runner);
    if (!row.assigned)
        who += tr(" (not assigned in teamspace.json)");
    m_title->setText(QStringLiteral("<b>%1</b> — %2").arg(row.path.toHtmlEscaped(), who.toHtmlEscaped()));

    QStringList facts;
    if (!row.onDisk) {
        facts << tr("Missing: assigned in teamspace.json, but there is no such file in the repository.");
    } else {
        facts << tr("%1 on disk").arg(formatted(row.bytes));
        if (commit)
            facts << tr("last commit by %1, %2")
                         .arg(commit->author,
                              QLocale().toString(QDateTime::fromSecsSinceEpoch(commit->timeSecs),
                                                 QLocale::ShortFormat));
    }
    if (health && health->error) {
        facts << tr("unreadable: %1").arg(health->error->message);
    } else if (health) {
        const nb::NotebookFacts& f = health->facts;
        facts << tr("kernel %1").arg(f.kernelDisplayName.isEmpty() ? tr("not set") : f.kernelDisplayName)
              << tr("nbformat %1.%2").arg(f.nbformat).arg(f.nbformatMinor)
              << tr("%L1 cells (%L2 code)").arg(f.cells).arg(f.codeCells)
              << tr("outputs %1").arg(formatted(f.outputBytes));
        if (f.accelerator)
            facts << tr("declares %1").arg(*f.accelerator);
    } else if (row.onDisk) {
        facts << tr("checking…");
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_facts->setToolTip(row.onDisk ? tr("%L1 bytes").arg(row.bytes) : QString());

    const bool loaded = health && !health->error;
    if (!loaded) {
        m_stripState->setText(row.onDisk ? tr("Outputs: not checked yet") : QString());
        m_rootState->clear();
    } else {
        m_stripState->setText(health->stripped
                                  ? tr("Stripped: nothing to remove")
                                  : tr("Not stripped: %1 → %2 after stripping")
                                        .arg(formatted(row.bytes), formatted(health->strippedBytes)));
        m_rootState->setText(rootCellWords(health->rootCell));
    }
    m_rootCell->setText(loaded && health->rootCell != services::RootCellState::Missing
                            ? tr("Refresh ROOT_PATH &cell")
                            : tr("Insert ROOT_PATH &cell"));

    m_findingsModel->setFindings(loaded ? health->findings : QList<nb::LintFinding>());
    m_findingsCaption->setText(!loaded ? tr("Findings: not checked yet")
                               : health->findings.isEmpty()
                                   ? tr("No lint findings")
                                   : tr("%L1 lint findings").arg(health->findings.size()));

    m_riskIcon->clear();
    if (row.runner.isEmpty() && row.owner.isEmpty()) {
        m_runs->setText(tr("Runs: nobody runs it, so its outputs have no folder."));
    } else if (!outputs) {
        m_runs->setText(tr("Runs: looking up the runner's folders…"));
    } else {
        QStringList lines;
        lines << tr("Runs on %1's quota: results in %2, checkpoints in %3")
                     .arg(outputs->member,
                          outputs->resultsFolder.isEmpty() ? tr("(no results folder in the layout)")
                                                           : outputs->resultsFolder + QStringLiteral("/…"),
                          outputs->checkpointsFolder.isEmpty()
                              ? tr("(no checkpoints folder in the layout)")
                              : outputs->checkpointsFolder + QStringLiteral("/…"));
        if (outputs->atRisk) {
            lines << tr("Work at risk: %1").arg(outputs->explanation);
            const int side = fontMetrics().height();
            m_riskIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
        } else if (!outputs->explanation.isEmpty()) {
            lines << outputs->explanation;
        }
        m_runs->setText(lines.join(QLatin1Char('\n')));
    }
    m_open->setEnabled(row.onDisk);
}

} // namespace ts::gui
