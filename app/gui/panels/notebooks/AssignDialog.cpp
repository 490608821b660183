// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/notebooks/AssignDialog.h"

#include "Background.h"
#include "StatusColors.h"
#include "models/RunnerCandidatesModel.h"
#include "panels/notebooks/RunnerCandidatesProxy.h"
#include "services/NotebookOwnership.h"
#include "util/ByteSize.h"
#include "UserMessages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace ts::gui {

namespace {

QLabel* errorLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, statusColor(StatusTone::Bad, QGuiApplication::palette()));
    label->setPalette(palette);
    return label;
}

} // namespace

AssignDialog::AssignDialog(WorkspacePtr workspace, const QString& notebook, QWidget* parent)
    : QDialog(parent), m_workspace(std::move(workspace)), m_notebook(notebook)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign %1").arg(notebook));
    const Manifest& manifest = m_workspace->manifest;
    const NotebookAssignment* current = manifest.assignment(notebook);
    const QString owner =
        current && !current->owner.isEmpty() ? current->owner : nb::defaultOwner(manifest, notebook);
    const QString runner = current ? current->runner : QString();
    m_runnerChosen = !runner.isEmpty();
    m_originalExpected = current ? current->expectedOutputBytes : std::nullopt;

    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("assignDialog.owner"));
    m_runner = new QComboBox;
    m_runner->setObjectName(QStringLiteral("assignDialog.runner"));
    m_runner->addItem(tr("Not chosen"), QString());
    for (const Member& member : manifest.members) {
        const QString label = member.name.isEmpty() ? member.id : tr("%1 (%2)").arg(member.name, member.id);
        m_owner->addItem(label, member.id);
        m_runner->addItem(label, member.id);
    }
    if (m_owner->findData(owner) < 0 && !owner.isEmpty())
        m_owner->addItem(tr("%1 (not a member)").arg(owner), owner);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    if (m_runner->findData(runner) < 0)
        m_runner->addItem(tr("%1 (not a member)").arg(runner), runner);
    m_runner->setCurrentIndex(std::max(0, m_runner->findData(runner)));

    m_model = new RunnerCandidatesModel(this);
    auto* proxy = new RunnerCandidatesProxy(this);
    proxy->setSourceModel(m_model);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("assignDialog.candidates"));
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(150);
    m_table->setAccessibleName(tr("Runner suggestion"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssignDialog::candidateChosen);
    connect(m_runner, &QComboBox::activated, this, [this] {
        m_runnerChosen = true;
        selectCandidateOf(m_runner->currentData().toString());
    });

    m_accelerator = new QComboBox;
    m_accelerator->setObjectName(QStringLiteral("assignDialog.accelerator"));
    m_accelerator->addItem(tr("Not planned"), QString());
    for (const QString& accelerator : kAccelerators)
        m_accelerator->addItem(accelerator, accelerator);
    const QString accelerator = current && current->accelerator ? *current->accelerator : QString();
    m_accelerator->setCurrentIndex(std::max(0, m_accelerator->findData(accelerator)));

    // Shown rounded; the exact bytes are kept unless the text is edited (as the member dialog's quota).
    m_expectedShown = m_originalExpected ? formatByteSize(*m_originalExpected) : QString();
    m_expected = new QLineEdit(m_expectedShown);
    m_expected->setObjectName(QStringLiteral("assignDialog.expectedOutput"));
    m_expected->setPlaceholderText(tr("e.g. 2GB or 1.5GiB; empty: not estimated"));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AssignDialog::loadSuggestion);
    connect(m_expected, &QLineEdit::textChanged, this, &AssignDialog::expectedChanged);

    m_suggestionState = new QLabel(tr("Ranking the members by free quota…"));
    m_suggestionState->setObjectName(QStringLiteral("assignDialog.suggestionState"));
    m_suggestionState->setWordWrap(true);
    m_error = errorLabel(QStringLiteral("assignDialog.error"));
    m_note = new QLabel(tr("Saved to teamspace.json; published with the next sync."));
    m_note->setObjectName(QStringLiteral("assignDialog.note"));
    m_note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Owner (edits it):"), m_owner);
    form->addRow(tr("&Runner (pays for its outputs):"), m_runner);
    form->addRow(tr("&Accelerator:"), m_accelerator);
    form->addRow(tr("&Expected output:"), m_expected);
    auto* candidatesLabel = new QLabel(tr("&Suggested runners, most free quota first:"));
    candidatesLabel->setBuddy(m_table);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("assignDialog.buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("assignDialog.ok"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("assignDialog.cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(candidatesLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_suggestionState);
    layout->addWidget(m_error);
    m_error->hide();
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    setTabOrder(m_owner, m_runner);
    setTabOrder(m_runner, m_accelerator);
    setTabOrder(m_accelerator, m_expected);
    setTabOrder(m_expected, m_table);
    setTabOrder(m_table, m_buttons);
    resize(640, 520);
    m_owner->setFocus();
    expectedChanged();
    loadSuggestion();
}

Result<std::optional<qint64>> AssignDialog::readExpected() const
{
    if (m_expected->text() == m_expectedShown)
        return m_originalExpected;
    const QString text = m_expected->text().trimmed();
    if (text.isEmpty())
        return std::optional<qint64>();
    auto bytes = parseByteSize(text, tr("expected output"));
    if (!bytes)
        return bytes.error();
    return std::optional<qint64>(*bytes);
}

void AssignDialog::expectedChanged()
{
    const auto expected = readExpected();
    const QString hint = tr("Units: KB, MB, GB, TB are powers of 1000; KiB, MiB, GiB, TiB powers of 1024.");
    if (!expected) {
        setErrorText(inAppWords(expected.error().message));
        m_expected->setToolTip(hint);
    } else {
        setErrorText({});
        m_expected->setToolTip(
            (*expected ? tr("Exactly %1 bytes.").arg(QLocale().toString(**expected)) : tr("Not estimated.")) +
            u' ' + hint);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bool(expected));
    if (expected && sender() == m_expected)
        m_debounce->start(); // (re)started: only the last edit of a burst asks again
}

void AssignDialog::loadSuggestion()
{
    const auto expected = readExpected();
    if (!expected)
        return;
    const int generation = ++m_suggestionGeneration;
    m_suggestionState->setText(tr("Ranking the members by free quota…"));
    runInBackground(
        this,
        [workspace = m_workspace, notebook = m_notebook, bytes = *expected] {
            return services::suggestRunner(*workspace, notebook, bytes);
        },
        [this, generation](Result<services::RunnerSuggestion> suggestion) {
            if (generation != m_suggestionGeneration)
                return; // a newer expected output was asked for meanwhile
            if (!suggestion) {
                m_suggestionState->setText(tr("No suggestion: %1").arg(suggestion.error().message));
                m_model->setCandidates({});
            } else {
                showSuggestion(suggestion->candidates);
            }
            m_suggestionLoaded = true;
            emit suggestionArrived();
        });
}

void AssignDialog::showSuggestion(const QList<nb::RunnerCandidate>& candidates)
{
    QHash<QString, QString> names;
    for (const Member& member : m_workspace->manifest.members)
        names.insert(member.id, member.name);
    m_syncing = true;
    m_model->setCandidates(candidates, names);
    m_syncing = false;
    for (int c = 0; c < m_table->model()->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
    const int fitting = int(std::count_if(candidates.begin(), candidates.end(),
                                          [](const nb::RunnerCandidate& c) { return c.fits; }));
    if (candidates.isEmpty())
        m_suggestionState->setText(tr("No members to suggest."));
    else
        m_suggestionState->setText(tr("%1 of %2 members have room for its outputs. Hover a row for the "
                                      "arithmetic; choose a row to make that member the runner.")
                                       .arg(fitting)
                                       .arg(candidates.size()));
    if (!m_runnerChosen && !candidates.isEmpty()) {
        m_runner->setCurrentIndex(std::max(0, m_runner->findData(candidates.first().member)));
    }
    selectCandidateOf(m_runner->currentData().toString());
}

void AssignDialog::selectCandidateOf(const QString& memberId)
{
    m_syncing = true;
    const int row = m_model->rowOf(memberId);
    if (row < 0) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_table->model()->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_syncing = false;
}

void AssignDialog::candidateChosen(const QModelIndex& index)
{
    if (m_syncing || !index.isValid())
        return;
    const QString member = index.data(RunnerCandidatesModel::MemberIdRole).toString();
    if (member.isEmpty())
        return;
    m_runnerChosen = true;
    m_runner->setCurrentIndex(std::max(0, m_runner->findData(member)));
}

void AssignDialog::submit()
{
    const auto expected = readExpected();
    if (!expected) {
        showError(expected.error().message);
        return;
    }
    services::AssignRequest request;
    request.notebook = m_notebook;
    request.owner = m_owner->currentData().toString();
    request.runner = m_runner->currentData().toString();
    request.expectedOutputBytes = *expected;
    request.accelerator = m_accelerator->currentData().toString();
    setBusy(true);
    runInBackground(
        this,
        [workspace = *m_workspace, request]() mutable {
            return services::assignNotebook(workspace, request);
        },
        [this](Result<NotebookAssignment> assignment) {
            if (!assignment) {
                showError(assignment.error().message);
                emit refused(assignment.error().message);
                return;
            }
            setBusy(false);
            emit saved(*assignment);
            accept();
        });
}

void AssignDialog::setBusy(bool busy)
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_owner, m_runner, m_table, m_accelerator, m_expected, m_buttons})
        w->setEnabled(!busy);
    if (busy)
        setErrorText({});
}

void AssignDialog::setErrorText(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty()); // no blank line above the note while all is well
}

void AssignDialog::showError(const QString& message)
{
    setBusy(false);
    setErrorText(message);
}

} // namespace ts::gui
