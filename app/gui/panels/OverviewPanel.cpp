// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/OverviewPanel.h"

#include "ThemedIcons.h"
#include "setup/NextStepsView.h"
#include "util/ByteSize.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ts::gui {

OverviewPanel::OverviewPanel(const PanelContext& /*context*/, QWidget* parent) : Panel(parent)
{
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("overview.heading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    m_name = addFact(form, tr("Workspace"), QStringLiteral("overview.name"));
    m_me = addFact(form, tr("You are"), QStringLiteral("overview.me"));
    m_members = addFact(form, tr("Members"), QStringLiteral("overview.members"));
    m_quota = addFact(form, tr("Quotas"), QStringLiteral("overview.quota"));
    m_repository = addFact(form, tr("Notebook repository"), QStringLiteral("overview.repository"));
    m_sharedFolder = addFact(form, tr("Shared folder (ROOT_PATH)"), QStringLiteral("overview.sharedFolder"));
    m_template = addFact(form, tr("Template"), QStringLiteral("overview.template"));
    m_layout = addFact(form, tr("Layout"), QStringLiteral("overview.layout"));
    m_notebooks = addFact(form, tr("Notebook assignments"), QStringLiteral("overview.notebooks"));
    m_policies = addFact(form, tr("Policies"), QStringLiteral("overview.policies"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_heading);
    layout->addSpacing(12);
    layout->addLayout(form);
    m_nextSteps = new NextStepsView;
    connect(m_nextSteps, &NextStepsView::openPanelRequested, this,
            [this](const QString& panel) { emit openPanelRequested(panel, {}); });
    layout->addSpacing(16);
    layout->addWidget(m_nextSteps);
    layout->addStretch();
}

QString OverviewPanel::title() const
{
    return tr("Overview");
}

QIcon OverviewPanel::icon() const
{
    return themedIcon(QStringLiteral(":/icons/overview.svg"));
}

QLabel* OverviewPanel::addFact(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label + u':', value);
    return value;
}

void OverviewPanel::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    refresh();
}

void OverviewPanel::refresh()
{
    m_nextSteps->setWorkspace(m_workspace);
    if (!m_workspace) {
        for (QLabel* label : findChildren<QLabel*>())
            label->clear();
        return;
    }
    const Workspace& ws = *m_workspace;
    const Manifest& m = ws.manifest;
    m_heading->setText(m.name);
    m_name->setText(tr("%1 (id %2)").arg(m.name, m.id));

    if (const Member* me = m.member(ws.me))
        m_me->setText(
            tr("%1 <%2>, %3")
                .arg(me->name, me->email, me->role == MemberRole::Lead ? tr("lead") : tr("member")));
    else
        m_me->setText(tr("not set on this computer — set who you are in Preferences"));

    QStringList leads;
    qint64 totalQuota = 0;
    int withQuota = 0;
    for (const Member& member : m.members) {
        if (member.role == MemberRole::Lead)
            leads << member.name;
        if (member.quotaBytes) {
            totalQuota += *member.quotaBytes;
            ++withQuota;
        }
    }
    m_members->setText(
        leads.isEmpty()
            ? tr("%n member(s), no lead", nullptr, m.members.size())
            : tr("%n member(s); lead: %1", nullptr, m.members.size()).arg(leads.join(QStringLiteral(", "))));
    m_quota->setText(
        withQuota == 0
            ? tr("none set")
            : tr("%1 in total over %n members", nullptr, withQuota).arg(formatByteSize(totalQuota)));
    m_repository->setText(QDir::toNativeSeparators(ws.repoDir));
    m_sharedFolder->setText(!ws.hasSharedFolder() ? tr("not set on this machine (set it in Preferences)")
                            : ws.sameFolder()
                                ? tr("%1 (the repository itself)").arg(QDir::toNativeSeparators(ws.rootDir))
                                : QDir::toNativeSeparators(ws.rootDir));
    m_template->setText(m.templateName.isEmpty() ? tr("custom") : m.templateName);
    int perMember = 0;
    for (const LayoutFolder& folder : m.layout)
        perMember += folder.perMember ? 1 : 0;
    m_layout->setText(tr("%n folder(s), %1 of them per member", nullptr, m.layout.size()).arg(perMember));
    int withRunner = 0;
    for (const NotebookAssignment& a : m.notebooks)
        withRunner += a.runner.isEmpty() ? 0 : 1;
    m_notebooks->setText(
        tr("%n notebook(s) assigned, %1 with a runner", nullptr, m.notebooks.size()).arg(withRunner));
    m_policies->setText(
        tr("split files above %1 · at most %2 entries per folder · checkpoints stale after %3 h")
            .arg(formatByteSize(m.policies.splitThresholdBytes))
            .arg(m.policies.folderEntryLimit)
            .arg(double(m.policies.checkpointMaxAgeSeconds) / 3600.0));
}

} // namespace ts::gui
