// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/LayoutPanel.h"

#include "Background.h"
#include "Dialogs.h"
#include "ThemedIcons.h"
#include "UserMessages.h"
#include "models/LayoutModel.h"
#include "panels/LayoutTableProxy.h"
#include "services/RawProtection.h"
#include "workspace/LayoutPlanner.h"
#include "workspace/WorkspaceEditor.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

QString pathList(const QList<ExpectedFolder>& folders, int atMost = 6)
{
    QStringList paths;
    for (const ExpectedFolder& folder : folders.mid(0, atMost))
        paths << folder.path;
    if (folders.size() > atMost)
        paths << QCoreApplication::translate("LayoutPanel", "and %n more")
                     .replace(QStringLiteral("%n"), QString::number(folders.size() - atMost));
    return paths.join(QStringLiteral(", "));
}

} // namespace

LayoutPanel::LayoutPanel(const PanelContext& context, QWidget* parent)
    : Panel(parent), m_dialogs(context.dialogs)
{
    m_model = new LayoutModel(this);
    m_proxy = new LayoutTableProxy(this);
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("layout.table"));
    m_table->setAccessibleName(tr("Folder layout"));
    m_table->setAccessibleDescription(tr("Each folder the layout expects and whether it is there"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // layout order until the user sorts
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LayoutModel::PathColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("layout.summary"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("layout.result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_check = new QPushButton(tr("&Check Again"));
    m_check->setObjectName(QStringLiteral("layout.check"));
    m_apply = new QPushButton(tr("&Apply Layout"));
    m_apply->setObjectName(QStringLiteral("layout.apply"));
    connect(m_check, &QPushButton::clicked, this, &LayoutPanel::refresh);
    connect(m_apply, &QPushButton::clicked, this, &LayoutPanel::apply);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Layout</b>")));
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_check);
    top->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    updateState();
}

QString LayoutPanel::title() const
{
    return tr("Layout");
}

QIcon LayoutPanel::icon() const
{
    return themedIcon(QStringLiteral(":/icons/layout.svg"));
}

void LayoutPanel::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    m_result->clear();
    refresh();
}

void LayoutPanel::refresh()
{
    ++m_generation;
    if (!m_workspace) {
        m_model->setEntries({});
        m_checking = false;
        updateState();
        return;
    }
    m_checking = true;
    updateState();
    runInBackground(
        this, [workspace = m_workspace] { return LayoutPlanner(*workspace).inspect(); },
        [this, generation = m_generation](Result<LayoutStatus> status) {
            if (generation != m_generation)
                return; // a newer workspace or check superseded this one
            m_checking = false;
            if (!status) {
                m_model->setEntries({});
                m_result->setText(inAppWords(status.error().message));
            } else {
                m_model->setLayoutStatus(*status);
                m_model->setRawStates(m_rawStates); // the last reading until the new one arrives
                if (status->sharedFolderUnknown)
                    m_result->setText(tr("No shared folder is set on this machine: only the repository's "
                                         "folders are shown. Set it in Preferences."));
            }
            updateState();
            emit checked();
            checkRawProtection(generation);
        });
}

void LayoutPanel::checkRawProtection(int generation)
{
    // The raw rows say what the file system does (the Raw data panel's service), not what the layout
    // intends: walking a big raw folder takes a while, so it runs after the table is shown.
    runInBackground(
        this, [workspace = m_workspace] { return services::rawWriteAccess(*workspace, services::Call{}); },
        [this, generation](const Result<services::RawAccessReport>& access) {
            if (generation != m_generation)
                return;
            m_rawStates.clear();
            if (access)
                for (const permissions::FolderWriteAccess& folder : access->folders)
                    m_rawStates.insert(folder.path, services::rawStateOf(folder));
            m_model->setRawStates(m_rawStates);
            emit rawProtectionChecked();
        });
}

void LayoutPanel::apply()
{
    if (!m_workspace || isBusy() || isReadOnly() || !m_workspace->hasSharedFolder())
        return;
    m_applying = true;
    m_result->setText(tr("Creating the missing folders…"));
    updateState();
    runInBackground(
        this, [workspace = *m_workspace]() mutable { return WorkspaceEditor(workspace).applyLayout(); },
        [this](Result<LayoutApplyReport> report) {
            m_applying = false;
            if (!report) {
                m_result->setText(inAppWords(report.error().message));
                m_dialogs.showError(this, tr("Layout not applied"), report.error().message);
            } else {
                QStringList lines;
                if (report->created.isEmpty())
                    lines << tr("Nothing to create: every expected folder was there.");
                else
                    lines << tr("Created %n folder(s): %1.", nullptr, report->created.size())
                                 .arg(pathList(report->created));
                if (!report->blocked.isEmpty())
                    lines << tr("Left alone, files are in the way of %n folders: %1 (move or rename the "
                                "files, then apply again).",
                                nullptr, report->blocked.size())
                                 .arg(pathList(report->blocked));
                m_result->setText(lines.join(u' '));
                emit statusMessage(lines.first());
            }
            connect(this, &LayoutPanel::checked, this, &LayoutPanel::applied, Qt::SingleShotConnection);
            refresh();
        });
}

void LayoutPanel::updateState()
{
    const bool noSharedFolder = m_workspace && !m_workspace->hasSharedFolder();
    setEditActionEnabled(
        m_apply,
        m_workspace && !isBusy() && !noSharedFolder && (m_model->count(LayoutModel::Status::Missing) > 0),
        noSharedFolder ? tr("No shared folder is set on this machine: set it in Preferences first")
                       : tr("Create the missing folders. Nothing is ever deleted, moved or replaced."));
    m_check->setEnabled(m_workspace && !isBusy());
    if (!m_workspace) {
        m_summary->clear();
        return;
    }
    if (m_checking && m_model->rowCount() == 0) {
        m_summary->setText(tr("Checking the folders…"));
        return;
    }
    QStringList parts;
    parts << tr("%1 present").arg(m_model->count(LayoutModel::Status::Present))
          << tr("%1 missing").arg(m_model->count(LayoutModel::Status::Missing));
    if (int blocked = m_model->count(LayoutModel::Status::FileInsteadOfFolder))
        parts << tr("%1 blocked by a file").arg(blocked);
    parts << tr("%1 unexpected").arg(m_model->count(LayoutModel::Status::Unexpected));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace ts::gui
