// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/MembersPanel.h"

#include "Background.h"
#include "Dialogs.h"
#include "ThemedIcons.h"
#include "models/MembersModel.h"
#include "panels/MemberDialog.h"
#include "panels/MembersTableProxy.h"
#include "services/NotebookOwnership.h"
#include "util/ByteSize.h"
#include "workspace/WorkspaceEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

QString folderList(const QList<ExpectedFolder>& folders)
{
    QStringList paths;
    for (const ExpectedFolder& folder : folders)
        paths << folder.path;
    return paths.join(QStringLiteral(", "));
}

} // namespace

MembersPanel::MembersPanel(const PanelContext& context, QWidget* parent)
    : Panel(parent), m_dialogs(context.dialogs)
{
    m_model = new MembersModel(this);
    m_proxy = new MembersTableProxy(this);
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("members.table"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setAccessibleDescription(tr("The team: role, quota and usage of each member"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // manifest order until the user sorts
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MembersModel::EmailColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("members.summary"));
    m_permission = new QLabel;
    m_permission->setObjectName(QStringLiteral("members.permission"));
    m_permission->setWordWrap(true);

    auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        return b;
    };
    m_add = button(tr("&Add…"), QStringLiteral("members.add"));
    m_edit = button(tr("&Edit…"), QStringLiteral("members.edit"));
    m_remove = button(tr("&Remove…"), QStringLiteral("members.remove"));
    connect(m_add, &QPushButton::clicked, this, &MembersPanel::openAddDialog);
    connect(m_edit, &QPushButton::clicked, this, &MembersPanel::openEditDialog);
    connect(m_remove, &QPushButton::clicked, this, &MembersPanel::confirmRemove);
    connect(m_table, &QTableView::doubleClicked, this, &MembersPanel::openEditDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPanel::updateActions);

    auto* heading = new QLabel(tr("<b>Members</b>"));
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_permission);
    updateActions();
}

QString MembersPanel::title() const
{
    return tr("Members");
}

QIcon MembersPanel::icon() const
{
    return themedIcon(QStringLiteral(":/icons/members.svg"));
}

void MembersPanel::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    refresh();
}

void MembersPanel::refresh()
{
    if (!m_workspace) {
        m_model->setMembers({});
        m_summary->clear();
        m_permission->clear();
        updateActions();
        return;
    }
    const Manifest& manifest = m_workspace->manifest;
    // A reload (the watcher's, after another program's edit) keeps the selection.
    if (m_selectAfterReload.isEmpty())
        m_selectAfterReload = selectedMemberId();
    m_model->setMembers(manifest.members, m_workspace->me);

    qint64 quotas = 0;
    for (const Member& m : manifest.members)
        quotas += m.quotaBytes.value_or(0);
    m_summary->setText(tr("%n member(s), %1 of quota in total", nullptr, manifest.members.size())
                           .arg(formatByteSize(quotas)));

    updatePermission();
    if (!m_selectAfterReload.isEmpty()) {
        selectMember(m_selectAfterReload);
        m_selectAfterReload.clear();
    }
    updateActions();
}

void MembersPanel::updatePermission()
{
    if (!m_workspace) {
        m_permission->clear();
        return;
    }
    const Manifest& manifest = m_workspace->manifest;
    if (isReadOnly()) {
        m_permission->setText(tr("Read-only until the workspace reloads (see the message at the top)."));
        return;
    }
    if (manifest.isLead(m_workspace->me)) {
        m_permission->setText(
            tr("You are a lead: changes are saved to teamspace.json and published with the next sync."));
    } else {
        QStringList leads;
        for (const Member& m : manifest.members)
            if (m.role == MemberRole::Lead)
                leads << m.name;
        const QString who = m_workspace->me.isEmpty()
                                ? tr("Who you are is not set on this computer (set it in Preferences)")
                                : tr("You are %1, not a lead").arg(m_workspace->me);
        m_permission->setText(
            tr("%1: only a lead (%2) changes the team.").arg(who, leads.join(QStringLiteral(", "))));
    }
}

QString MembersPanel::selectedMemberId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(MembersModel::MemberIdRole).toString();
}

void MembersPanel::selectMember(const QString& memberId)
{
    const int row = m_model->rowOf(memberId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
}

void MembersPanel::updateActions()
{
    const bool lead = m_workspace && m_workspace->manifest.isLead(m_workspace->me);
    const bool selected = !selectedMemberId().isEmpty();
    setEditActionEnabled(m_add, lead && !m_busy);
    setEditActionEnabled(m_edit, lead && selected && !m_busy);
    setEditActionEnabled(m_remove, lead && selected && !m_busy);
}

void MembersPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void MembersPanel::openAddDialog()
{
    if (!m_workspace)
        return;
    QStringList ids;
    for (const Member& m : m_workspace->manifest.members)
        ids << m.id;
    auto* dialog = new MemberDialog(MemberDialog::Mode::Add, Member{}, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::submitted, this,
            [this, dialog](const Member& member) { save(dialog, member); });
    dialog->open();
}

void MembersPanel::openEditDialog()
{
    const Member* member = m_workspace ? m_workspace->manifest.member(selectedMemberId()) : nullptr;
    if (!member || !m_edit->isEnabled())
        return;
    auto* dialog = new MemberDialog(MemberDialog::Mode::Edit, *member, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::submitted, this,
            [this, dialog](const Member& changed) { save(dialog, changed); });
    dialog->open();
}

void MembersPanel::save(MemberDialog* dialog, const Member& member)
{
    if (m_busy || !m_workspace)
        return;
    if (isReadOnly()) { // the dialog was opened before a reload failed
        dialog->showError(tr("Not saved, the workspace is read-only: %1").arg(readOnlyReason()));
        return;
    }
    setBusy(true);
    dialog->setBusy(true);
    const bool adding = dialog->mode() == MemberDialog::Mode::Add;
    runInBackground(
        this,
        [workspace = *m_workspace, member, adding]() mutable {
            WorkspaceEditor editor(workspace);
            return adding ? editor.addMember(member) : editor.updateMember(member);
        },
        [this, dialog = QPointer<MemberDialog>(dialog), adding](Result<MemberChangeReport> report) {
            setBusy(false);
            if (!report) {
                if (dialog)
                    dialog->showError(report.error().message);
                else
                    m_dialogs.showError(this, tr("Member not saved"), report.error().message);
                // Refused because another program changed teamspace.json, or the file is broken now: show
                // the team as it is on disk (or the banner saying what is wrong with it).
                emit reloadRequested();
                return;
            }
            if (dialog)
                dialog->accept();
            const QString id = report->member.id;
            if (adding)
                emit statusMessage(
                    report->createdFolders.isEmpty()
                        ? tr("Added %1").arg(id)
                        : tr("Added %1; created %2").arg(id, folderList(report->createdFolders)));
            else
                emit statusMessage(tr("Saved %1").arg(id));
            m_selectAfterReload = id;
            emit workspaceModified();
        });
}

void MembersPanel::confirmRemove()
{
    const Member* member = m_workspace ? m_workspace->manifest.member(selectedMemberId()) : nullptr;
    if (!member || !m_remove->isEnabled())
        return;
    const QString id = member->id;
    const QStringList notebooks = services::notebooksOf(*m_workspace, id);
    if (!notebooks.isEmpty()) {
        // removeMember would refuse: offer the way out (hand the notebooks over in the Notebooks panel).
        m_dialogs.ask(this, tr("Remove Member"),
                      tr("%1 owns or runs %n notebooks (%2). Hand them to other members first, then remove "
                         "%1?",
                         nullptr, notebooks.size())
                          .arg(id, notebooks.join(QStringLiteral(", "))),
                      [this, id](bool yes) {
                          if (yes)
                              emit openPanelRequested(
                                  QStringLiteral("notebooks"),
                                  {{QStringLiteral("reassign"), id}, {QStringLiteral("thenRemove"), true}});
                      });
        return;
    }
    m_dialogs.ask(this, tr("Remove Member"),
                  tr("Remove %1 (%2) from the team? Their folders and files stay where they are.")
                      .arg(member->name, id),
                  [this, id](bool yes) {
                      if (yes)
                          remove(id);
                  });
}

void MembersPanel::remove(const QString& memberId)
{
    if (m_busy || !m_workspace || isReadOnly())
        return;
    setBusy(true);
    runInBackground(
        this,
        [workspace = *m_workspace, memberId]() mutable {
            return WorkspaceEditor(workspace).removeMember(memberId);
        },
        [this](Result<MemberChangeReport> report) {
            setBusy(false);
            if (!report) {
                m_dialogs.showError(this, tr("Member not removed"), report.error().message);
                emit reloadRequested();
                return;
            }
            emit statusMessage(report->keptFolders.isEmpty()
                                   ? tr("Removed %1").arg(report->member.id)
                                   : tr("Removed %1; their folders stay: %2")
                                         .arg(report->member.id, folderList(report->keptFolders)));
            emit workspaceModified();
        });
}

} // namespace ts::gui
