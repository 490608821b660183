// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/DuplicatesView.h"

#include "Background.h"
#include "ProgressRelay.h"
#include "models/DuplicateGroupsModel.h"
#include "panels/storage/StorageListView.h"
#include "services/StorageQueries.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ts::gui {

DuplicatesView::DuplicatesView(DuplicateGroupsModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("storage.duplicates"));
    m_relay = new ProgressRelay(this);
    connect(m_relay, &ProgressRelay::progressed, this, &DuplicatesView::showProgress);
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("storage.duplicates.caption"));
    m_caption->setWordWrap(true);
    m_find = new QPushButton(tr("&Find Duplicates"));
    m_find->setObjectName(QStringLiteral("storage.duplicates.find"));
    m_find->setToolTip(tr("Reads and compares the files that have the same size. Nothing is deleted."));
    m_stop = new QPushButton(tr("Cancel"));
    m_stop->setObjectName(QStringLiteral("storage.duplicates.cancel"));
    connect(m_find, &QPushButton::clicked, this, &DuplicatesView::find);
    connect(m_stop, &QPushButton::clicked, this, &DuplicatesView::cancel);
    m_list = new StorageListView;
    m_list->setObjectName(QStringLiteral("storage.duplicates.list"));
    m_list->setAccessibleName(tr("Duplicate files"));
    m_list->setAccessibleDescription(tr("Groups of identical files with the space each group could free"));
    m_list->setRootIsDecorated(true);
    m_list->setSourceModel(model, DuplicateGroupsModel::NameColumn);

    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_find);
    top->addWidget(m_stop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addStretch(0); // keeps the caption at the top while the list is hidden
    updateState();
}

void DuplicatesView::setWorkspace(WorkspacePtr workspace)
{
    cancel();
    m_workspace = std::move(workspace);
    m_model->clear();
    updateState();
}

void DuplicatesView::find()
{
    if (!m_workspace || isFinding())
        return;
    services::Call call;
    m_cancel = call.cancel;
    call.progress = m_relay->callback();
    const int generation = ++m_generation;
    m_caption->setText(tr("Reading the files that have the same size…"));
    updateState();
    runInBackground(
        this, std::move(call),
        [workspace = m_workspace](const services::Call& job) {
            return services::duplicates(*workspace, services::DuplicateSettings{}, job);
        },
        [this, generation](Result<index::DuplicateReport> report) {
            if (generation != m_generation)
                return;
            m_relay->flush();
            m_cancel.reset();
            if (!report) {
                m_caption->setText(report.error().kind == ErrorKind::Cancelled
                                       ? tr("Search cancelled; nothing was changed.")
                                       : report.error().message);
                emit statusMessage(m_caption->text());
            } else {
                m_model->setReport(*report);
                m_list->expandToDepth(0);
                emit statusMessage(
                    tr("%n group(s) of duplicate files", nullptr, report->groups.size()) +
                    tr(": %1 reclaimable").arg(QLocale().formattedDataSize(report->reclaimableBytes)));
            }
            updateState();
            emit finished();
        });
}

void DuplicatesView::cancel()
{
    if (!m_cancel)
        return;
    m_cancel->cancel();
    m_cancel.reset();
    ++m_generation; // the job ends on its own; its result is ignored
    m_caption->setText(tr("Search cancelled; nothing was changed."));
    updateState();
    emit finished();
}

void DuplicatesView::showProgress(const ts::Progress& progress)
{
    if (!isFinding())
        return;
    m_caption->setText(
        tr("Compared %L1 files (%2)…").arg(progress.done).arg(QLocale().formattedDataSize(progress.bytes)));
}

void DuplicatesView::updateState()
{
    m_find->setEnabled(m_workspace && !isFinding());
    m_stop->setVisible(isFinding());
    m_list->setVisible(m_model->hasReport());
    if (isFinding())
        return;
    if (!m_model->hasReport()) {
        m_caption->setText(
            tr("Finding duplicates reads every file that has a twin of the same size, which takes "
               "a while on a big shared folder. It never deletes anything."));
        return;
    }
    const index::DuplicateReport& report = m_model->report();
    m_caption->setText(
        report.groups.isEmpty()
            ? tr("No duplicate files.")
            : tr("%n group(s) of identical files", nullptr, report.groups.size()) +
                  tr(": %1 would be freed by keeping one copy of each. Nothing is deleted here.")
                      .arg(QLocale().formattedDataSize(report.reclaimableBytes)));
}

} // namespace ts::gui
