// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/notebooks/ReassignDialog.h"

#include "Background.h"
#include "StatusColors.h"
#include "services/Members.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

QString memberLabel(const Member& member)
{
    return member.name.isEmpty() ? member.id : QStringLiteral("%1 (%2)").arg(member.name, member.id);
}

// What `member` is for `notebook`: owner, runner or both.
QString roleOf(const Manifest& manifest, const QString& notebook, const QString& member)
{
    const NotebookAssignment* a = manifest.assignment(notebook);
    const QString owner = a && !a->owner.isEmpty() ? a->owner : nb::defaultOwner(manifest, notebook);
    const bool owns = owner == member;
    const bool runs = a && a->runner == member;
    if (owns && runs)
        return ReassignDialog::tr("owner and runner");
    return owns ? ReassignDialog::tr("owner") : runs ? ReassignDialog::tr("runner") : QString();
}

struct SaveOutcome
{
    Result<services::ReassignReport> report;
    bool removed = false;
    QString removeError; // the hand-over was saved, the removal refused
};

} // namespace

ReassignDialog::ReassignDialog(WorkspacePtr workspace, const QString& fromMember, bool thenRemove,
                               QWidget* parent)
    : QDialog(parent), m_workspace(std::move(workspace)), m_from(fromMember)
{
    setObjectName(QStringLiteral("reassignDialog"));
    const Manifest& manifest = m_workspace->manifest;
    const Member* from = manifest.member(m_from);
    const QString fromLabel = from ? memberLabel(*from) : m_from;
    setWindowTitle(tr("Hand Over %1's Notebooks").arg(m_from));
    m_notebooks = services::notebooksOf(*m_workspace, m_from);

    m_heading = new QLabel(
        m_notebooks.isEmpty()
            ? tr("%1 owns and runs no notebooks.").arg(fromLabel)
            : tr("%1 owns or runs %n notebooks; they move to the members chosen below in one edit.", nullptr,
                 m_notebooks.size())
                  .arg(fromLabel));
    m_heading->setObjectName(QStringLiteral("reassignDialog.from"));
    m_heading->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("reassignDialog.notebooks"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Notebook"), tr("%1 is its").arg(m_from)});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Notebooks that move"));
    for (const QString& notebook : m_notebooks)
        new QTreeWidgetItem(m_list, {notebook, roleOf(manifest, notebook, m_from)});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(140);

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("reassignDialog.owner"));
    m_runner = new QComboBox;
    m_runner->setObjectName(QStringLiteral("reassignDialog.runner"));
    m_runner->addItem(tr("Not chosen"), QString());
    for (const Member& member : manifest.members) {
        if (member.id == m_from)
            continue;
        m_owner->addItem(memberLabel(member), member.id);
        m_runner->addItem(memberLabel(member), member.id);
    }
    // The one doing the hand-over is the likeliest new owner; the runner comes from the suggestion.
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_workspace->me)));
    connect(m_runner, &QComboBox::activated, this, [this] { m_runnerTouched = true; });

    m_thenRemove = new QCheckBox(tr("&Then remove %1 from the team").arg(fromLabel));
    m_thenRemove->setObjectName(QStringLiteral("reassignDialog.thenRemove"));
    m_thenRemove->setChecked(thenRemove);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("reassignDialog.error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, statusColor(StatusTone::Bad, QGuiApplication::palette()));
    m_error->setPalette(errorPalette);
    auto* note = new QLabel(tr("Saved to teamspace.json; published with the next sync."));
    note->setObjectName(QStringLiteral("reassignDialog.note"));
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("New &owner:"), m_owner);
    form->addRow(tr("New &runner:"), m_runner);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("reassignDialog.buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reassignDialog.ok"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand Over"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reassignDialog.cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReassignDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_thenRemove);
    layout->addWidget(m_error);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(560, 440);
    m_owner->setFocus();
    loadSuggestion();
}

void ReassignDialog::loadSuggestion()
{
    // The runner is chosen for the notebook with the largest expected output: who has room for that has
    // room for the others one at a time.
    QString largest;
    qint64 largestBytes = -1;
    for (const QString& notebook : m_notebooks) {
        const NotebookAssignment* a = m_workspace->manifest.assignment(notebook);
        const qint64 bytes = a && a->expectedOutputBytes ? *a->expectedOutputBytes : 0;
        if (a && a->runner == m_from && bytes > largestBytes) {
            largest = notebook;
            largestBytes = bytes;
        }
    }
    if (largest.isEmpty()) { // runs nothing: no runner to choose
        m_suggestionLoaded = true;
        QMetaObject::invokeMethod(this, &ReassignDialog::suggestionArrived, Qt::QueuedConnection);
        return;
    }
    runInBackground(
        this,
        [workspace = m_workspace, largest] {
            return services::suggestRunner(*workspace, largest, std::nullopt);
        },
        [this](Result<services::RunnerSuggestion> suggestion) {
            if (suggestion && !m_runnerTouched) {
                for (const nb::RunnerCandidate& candidate : suggestion->candidates) {
                    if (candidate.member == m_from)
                        continue;
                    m_runner->setCurrentIndex(std::max(0, m_runner->findData(candidate.member)));
                    m_runner->setToolTip(tr("Suggested: %1").arg(candidate.explanation));
                    break;
                }
            }
            m_suggestionLoaded = true;
            emit suggestionArrived();
        });
}

void ReassignDialog::submit()
{
    services::ReassignRequest request;
    request.from = m_from;
    request.owner = m_owner->currentData().toString();
    request.runner = m_runner->currentData().toString();
    const bool thenRemove = m_thenRemove->isChecked();
    setBusy(true);
    runInBackground(
        this,
        [workspace = *m_workspace, request, thenRemove]() mutable {
            SaveOutcome outcome{services::reassignNotebooks(workspace, request), false, {}};
            if (outcome.report && thenRemove) {
                auto removed = services::removeMember(workspace, request.from);
                outcome.removed = removed.ok();
                if (!removed)
                    outcome.removeError = removed.error().message;
            }
            return outcome;
        },
        [this](SaveOutcome outcome) {
            setBusy(false);
            if (!outcome.report) {
                m_error->setText(outcome.report.error().message);
                emit refused(outcome.report.error().message);
                return;
            }
            emit saved(*outcome.report, outcome.removed);
            if (!outcome.removeError.isEmpty()) { // handed over, but still a member: say why, stay open
                m_error->setText(tr("The notebooks were handed over, but %1 was not removed: %2")
                                     .arg(m_from, outcome.removeError));
                m_thenRemove->setChecked(false);
                return;
            }
            accept();
        });
}

void ReassignDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_owner, m_runner, m_thenRemove, m_buttons})
        w->setEnabled(!busy);
    if (busy)
        m_error->clear();
}

} // namespace ts::gui
