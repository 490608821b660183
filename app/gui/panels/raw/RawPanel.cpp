// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Raw data panel's widgets and what they say; the background jobs are in RawPanelJobs.cpp.
#include "panels/raw/RawPanel.h"

#include "Dialogs.h"
#include "PaletteColours.h"
#include "ProgressRelay.h"
#include "ThemedIcons.h"
#include "models/RawChangesModel.h"
#include "models/RawFoldersModel.h"
#include "panels/raw/RawTableProxies.h"
#include "permissions/FileSystemInfo.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

QTableView* makeTable(const QString& objectName, QAbstractItemModel* model, int stretchColumn)
{
    auto* table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the service's order until the user sorts
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel* makeLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString agoText(const QDateTime& when)
{
    const qint64 seconds = qMax<qint64>(0, when.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 60)
        return RawPanel::tr("just now");
    if (seconds < 3600)
        return RawPanel::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return RawPanel::tr("%n h ago", nullptr, int(seconds / 3600));
    return RawPanel::tr("%n days ago", nullptr, int(seconds / 86400));
}

QString exactTime(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat) + QStringLiteral(" (") +
           when.toString(Qt::ISODate) + u')';
}

} // namespace

RawPanel::RawPanel(const PanelContext& context, QWidget* parent) : Panel(parent), m_dialogs(context.dialogs)
{
    m_folders = new RawFoldersModel(this);
    m_foldersProxy = new RawFoldersProxy(this);
    m_foldersProxy->setSourceModel(m_folders);
    m_changes = new RawChangesModel(this);
    m_changesProxy = new RawChangesProxy(this);
    m_changesProxy->setSourceModel(m_changes);
    m_relay = new ProgressRelay(this);
    connect(m_relay, &ProgressRelay::progressed, this, &RawPanel::showProgress);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("raw.summary"));
    m_check = new QPushButton(tr("&Check Again"));
    m_check->setObjectName(QStringLiteral("raw.check"));
    m_check->setToolTip(tr("Read the permissions and the baseline from the disk again (F5)"));
    connect(m_check, &QPushButton::clicked, this, &RawPanel::refresh);

    m_empty = makeLabel(QStringLiteral("raw.empty"));
    m_message = makeLabel(QStringLiteral("raw.message"));
    m_empty->hide();
    m_message->hide();

    // Protection.
    m_folderTable = makeTable(QStringLiteral("raw.folders"), m_foldersProxy, RawFoldersModel::WritersColumn);
    m_folderTable->setAccessibleName(tr("Raw folders"));
    m_folderTable->setAccessibleDescription(
        tr("Each raw data folder, whether it is read-only and who can write to it"));
    m_mount = makeLabel(QStringLiteral("raw.mount"));
    m_permission = makeLabel(QStringLiteral("raw.permission"));
    m_protect = new QPushButton(tr("&Protect…"));
    m_protect->setObjectName(QStringLiteral("raw.protect"));
    m_unprotect = new QPushButton(tr("&Unprotect…"));
    m_unprotect->setObjectName(QStringLiteral("raw.unprotect"));
    connect(m_protect, &QPushButton::clicked, this, &RawPanel::protect);
    connect(m_unprotect, &QPushButton::clicked, this, &RawPanel::unprotect);
    auto* guardRow = new QHBoxLayout;
    guardRow->addWidget(m_protect);
    guardRow->addWidget(m_unprotect);
    guardRow->addWidget(m_permission, 1);
    m_protectionBox = new QGroupBox(tr("Protection on this computer's file system"));
    auto* protection = new QVBoxLayout(m_protectionBox);
    protection->addWidget(m_folderTable, 1);
    protection->addWidget(m_mount);
    protection->addLayout(guardRow);

    // Baseline and verify.
    m_baselineText = makeLabel(QStringLiteral("raw.baseline"));
    m_verifyButton = new QPushButton(tr("V&erify"));
    m_verifyButton->setObjectName(QStringLiteral("raw.verify"));
    m_accept = new QPushButton(tr("&Accept as New Baseline…"));
    m_accept->setObjectName(QStringLiteral("raw.accept"));
    connect(m_verifyButton, &QPushButton::clicked, this, &RawPanel::verify);
    connect(m_accept, &QPushButton::clicked, this, &RawPanel::accept);
    m_verifyResult = makeLabel(QStringLiteral("raw.verifyResult"));
    m_changeTable = makeTable(QStringLiteral("raw.changes"), m_changesProxy, RawChangesModel::PathColumn);
    m_changeTable->setAccessibleName(tr("Changes since the baseline"));
    m_changeTable->setAccessibleDescription(
        tr("The raw files the last verify found changed, added or removed"));
    m_changeTable->hide();
    auto* baselineRow = new QHBoxLayout;
    baselineRow->addWidget(m_baselineText, 1);
    baselineRow->addWidget(m_verifyButton);
    baselineRow->addWidget(m_accept);
    m_baselineBox = new QGroupBox(tr("Baseline: the content the team agreed on"));
    auto* baseline = new QVBoxLayout(m_baselineBox);
    baseline->addLayout(baselineRow);
    baseline->addWidget(m_verifyResult);
    baseline->addWidget(m_changeTable, 1);

    // Progress of the running job.
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("raw.progress"));
    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("raw.progressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("raw.cancel"));
    m_cancelButton->setShortcut(QKeySequence::Cancel);
    m_cancelButton->setToolTip(tr("Stop now (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &RawPanel::cancel);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Raw data</b>")));
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_check);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_progressBar);
    bottom->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_message);
    layout->addWidget(m_protectionBox);
    layout->addWidget(m_baselineBox);
    layout->addStretch(1); // takes the room while there is no list of changes (fitTables)
    layout->addLayout(bottom);
    m_layout = layout;

    setTabOrder(m_check, m_folderTable);
    setTabOrder(m_folderTable, m_protect);
    setTabOrder(m_protect, m_unprotect);
    setTabOrder(m_unprotect, m_verifyButton);
    setTabOrder(m_verifyButton, m_accept);
    setTabOrder(m_accept, m_changeTable);
    setTabOrder(m_changeTable, m_cancelButton);
    m_protect->setIcon(themedIcon(QStringLiteral(":/icons/raw.svg")));
    updateState();
}

RawPanel::~RawPanel()
{
    // The jobs keep their own tokens; nobody waits for them any more.
    if (m_cancel)
        m_cancel->cancel();
    if (m_loadCancel)
        m_loadCancel->cancel();
}

QString RawPanel::title() const
{
    return tr("Raw data");
}

QIcon RawPanel::icon() const
{
    return themedIcon(QStringLiteral(":/icons/raw.svg"));
}

void RawPanel::setWorkspace(WorkspacePtr workspace)
{
    const bool same = workspace && m_workspace && workspace->repoDir == m_workspace->repoDir &&
                      workspace->rootDir == m_workspace->rootDir;
    m_workspace = std::move(workspace);
    if (!same) {
        // Another workspace: nothing of the old one's result applies.
        if (m_cancel && isBusy() && m_job != Job::Loading)
            m_cancel->cancel();
        m_verify.reset();
        m_changes->setChanges({});
        m_baseline.reset();
        m_folders->setFolders({});
        m_loadedOnce = false;
        m_message->clear();
    }
    refresh();
}

bool RawPanel::isLead() const
{
    return m_workspace && m_workspace->manifest.isLead(m_workspace->me);
}

QString RawPanel::confirmGuardText(bool protect) const
{
    qint64 entries = 0, writable = 0;
    QStringList folders;
    for (const permissions::FolderWriteAccess& f : m_folders->folders()) {
        if (!f.exists)
            continue;
        entries += f.entries;
        writable += f.writableEntries;
        folders << f.path;
    }
    const QString where = folders.join(QStringLiteral(", "));
    if (protect)
        return tr("Make raw data read-only?\n\n%1 of %2 entries in %3 can be written now: their write "
                  "permission is removed for the owner, the group, everyone else and every ACL entry. "
                  "Nothing is deleted or moved, and no file's content changes.\n\nA lead can give the "
                  "owner write back with Unprotect.")
            .arg(QLocale().toString(writable), QLocale().toString(entries), where);
    return tr("Make raw data writable again?\n\nThe owner of each of the %1 entries in %2 gets write "
              "permission back, so anyone working as that user can change or delete raw files until it is "
              "protected again. ACL entries removed by Protect are not restored.")
        .arg(QLocale().toString(entries), where);
}

void RawPanel::showState(const State& state)
{
    m_loadedOnce = true;
    m_hasRawFolders = state.hasRawFolders;
    QStringList problems;
    if (state.access)
        m_folders->setFolders(state.access->folders);
    else
        problems << state.accessError;
    m_baseline = state.baseline;
    if (!state.baselineError.isEmpty())
        problems << state.baselineError;
    m_loadError = problems.join(u'\n');

    // Empty states: they explain themselves and name the next step.
    QString empty;
    if (!state.hasRawFolders)
        empty = tr("This workspace's layout has no raw data folder, so there is nothing to protect or "
                   "verify. A lead adds a folder with the role \"raw\" to the layout (data/raw in the "
                   "team templates); the Layout panel then creates it.");
    else if (state.rootMissing)
        empty = tr("The shared folder is not reachable at %1, so the raw data cannot be checked. Mount it "
                   "(or connect the drive), then Check Again.")
                    .arg(m_workspace ? m_workspace->rootDir : QString());
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_protectionBox->setVisible(state.hasRawFolders);
    m_baselineBox->setVisible(state.hasRawFolders);

    // What the mount means.
    QStringList mount;
    for (const permissions::FolderWriteAccess& f : m_folders->folders()) {
        if (!f.exists)
            mount << tr("%1 does not exist yet: apply the layout to create it.").arg(f.path);
        else if (!f.modeBitsAuthoritative)
            mount << tr("%1 is on a %2 mount, which ignores or emulates permission bits: read-only here "
                        "does not stop anyone. %3")
                         .arg(f.path, f.fileSystem, permissions::sharingStepAdvice(f.path));
    }
    if (mount.isEmpty() && !m_folders->folders().isEmpty())
        mount << tr("On %1 this computer enforces the permission bits: once protected, no one but an "
                    "administrator can change the raw files here.")
                     .arg(m_folders->folders().constFirst().fileSystem);
    m_mount->setText(mount.join(u'\n'));
    fitTables();

    if (!m_baseline) {
        m_baselineText->setText(
            isLead() ? tr("No baseline yet. Take one to be able to tell later whether any raw file changed.")
                     : tr("No baseline yet: a lead (%1) takes it, then everyone can verify against it.")
                           .arg(m_workspace ? services::leadNames(*m_workspace) : QString()));
        m_baselineText->setToolTip({});
    } else {
        m_baselineText->setText(
            tr("Taken %1%2 · %3 · %4 · %5")
                .arg(agoText(m_baseline->recordedAt),
                     m_baseline->recordedHere ? tr(" on this computer") : tr(" (when it arrived here)"),
                     tr("%n file(s)", nullptr, m_baseline->files),
                     QLocale().formattedDataSize(m_baseline->bytes),
                     permissions::toString(m_baseline->algorithm)));
        m_baselineText->setToolTip(tr("%1\n%L2 bytes, in %3")
                                       .arg(exactTime(m_baseline->recordedAt))
                                       .arg(m_baseline->bytes)
                                       .arg(m_baseline->file));
    }
    if (!m_loadError.isEmpty()) {
        m_message->setText(m_loadError);
        m_message->show();
    } else if (m_message->property("fromLoad").toBool()) {
        m_message->hide();
    }
    m_message->setProperty("fromLoad", !m_loadError.isEmpty());
    updateState();
}

void RawPanel::fitTables()
{
    // The folders table is as high as its rows (a layout has one or two raw folders); the list of changes,
    // when there is one, takes the rest of the panel.
    const int rows = qBound(1, m_foldersProxy->rowCount(), 6);
    const int frame = 2 * m_folderTable->frameWidth();
    m_folderTable->setFixedHeight(m_folderTable->horizontalHeader()->sizeHint().height() +
                                  rows * m_folderTable->verticalHeader()->defaultSectionSize() + frame);
    const bool changes = !m_changeTable->isHidden();
    m_layout->setStretchFactor(m_baselineBox, changes ? 1 : 0);
    m_layout->setStretch(m_layout->count() - 2, changes ? 0 : 1);
}

void RawPanel::showVerify(const services::RawVerifyReport& report)
{
    m_verify = report;
    m_verifiedAt = QDateTime::currentDateTimeUtc();
    m_changes->setChanges(report.changes);
    const permissions::VerifyReport& r = report.result;
    QString text;
    if (!r.differs())
        text = tr("Unchanged: all %L1 files have the content of the baseline (compared with %2, just now).")
                   .arg(r.unchanged)
                   .arg(permissions::toString(report.algorithm));
    else
        text =
            tr("Changed since the baseline: %1 modified, %2 added, %3 removed; %L4 unchanged. If the change "
               "was intended, a lead accepts it as the new baseline; if not, restore the files from a "
               "backup.")
                .arg(r.modified.size())
                .arg(r.added.size())
                .arg(r.removed.size())
                .arg(r.unchanged);
    if (!r.errors.isEmpty())
        text +=
            u' ' + tr("%n files could not be read, so their integrity is unknown.", nullptr, r.errors.size());
    m_verifyResult->setText(text);
    m_changeTable->setVisible(r.differs());
    fitTables();
}

void RawPanel::updateSummary()
{
    if (!m_workspace) {
        m_summary->clear();
        return;
    }
    if (!m_loadedOnce) {
        m_summary->setText(tr("Reading the permissions and the baseline…"));
        return;
    }
    if (!m_hasRawFolders) {
        m_summary->setText(tr("No raw data folder in this layout"));
        return;
    }
    QStringList parts;
    const int writable = m_folders->count(services::RawState::Writable);
    const int unknown = m_folders->count(services::RawState::UnknownOnThisMount);
    const int missing = m_folders->count(services::RawState::Missing);
    if (writable > 0)
        parts << tr("Writable: %n raw folder(s)", nullptr, writable);
    else if (unknown > 0)
        parts << tr("Protection unknown on this mount");
    else if (missing == m_folders->rowCount())
        parts << tr("Raw folder missing");
    else
        parts << tr("Read-only");
    if (!m_baseline)
        parts << tr("no baseline yet");
    else
        parts << tr("baseline %1").arg(agoText(m_baseline->recordedAt));
    if (m_verify)
        parts << (m_verify->result.differs()
                      ? tr("last verify: %1 changed").arg(tr("%n file(s)", nullptr, m_verify->changes.size()))
                      : tr("last verify: unchanged"));
    else if (m_baseline)
        parts << tr("not verified yet");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void RawPanel::updateState()
{
    const bool ready = m_workspace && m_loadedOnce && !isBusy() && m_hasRawFolders;
    const bool lead = isLead();
    const QString leads = m_workspace ? services::leadNames(*m_workspace) : QString();
    const QString notLead =
        !m_workspace ? QString()
        : m_workspace->me.isEmpty()
            ? tr("Your identity is not set on this computer: only a lead (%1) protects "
                 "raw data or records its baseline")
                  .arg(leads)
            : tr("only a lead protects raw data or records its baseline; ask %1").arg(leads);
    bool anyExists = false, anyWritable = false, anyReadOnly = false;
    for (const permissions::FolderWriteAccess& f : m_folders->folders()) {
        anyExists |= f.exists;
        anyWritable |= f.exists && f.writableEntries > 0;
        anyReadOnly |= f.exists && f.entries > f.writableEntries;
    }
    setEditActionEnabled(m_protect, ready && lead && anyWritable,
                         !lead ? notLead
                         : !anyWritable
                             ? tr("Nothing to protect: every entry is read-only already")
                             : tr("Remove write permission from everything under the raw folders"));
    setEditActionEnabled(m_unprotect, ready && lead && anyReadOnly,
                         !lead ? notLead
                               : tr("Give the owner write permission back (to add or fix raw files)"));
    const bool hasBaseline = m_baseline.has_value();
    m_accept->setText(hasBaseline ? tr("&Accept as New Baseline…") : tr("Take &Baseline…"));
    setEditActionEnabled(m_accept, ready && lead && anyExists,
                         !lead ? notLead
                         : hasBaseline
                             ? tr("Make the files as they are now the content everyone verifies against")
                             : tr("Record the content of every raw file, to tell later whether any changed"));
    m_verifyButton->setEnabled(ready && hasBaseline);
    m_verifyButton->setToolTip(hasBaseline
                                   ? tr("Read every raw file and compare its content with the baseline")
                                   : tr("There is no baseline to compare with yet"));
    for (QPushButton* b : {m_protect, m_unprotect, m_accept, m_verifyButton})
        b->setStatusTip(b->toolTip());
    m_check->setEnabled(m_workspace && !isBusy());

    if (!m_workspace)
        m_permission->clear();
    else if (isReadOnly())
        m_permission->setText(tr("Read-only until the workspace reloads (see the message at the top)."));
    else
        m_permission->setText(
            lead ? tr("You are a lead: you may protect, unprotect and accept a new baseline.")
            : m_workspace->me.isEmpty()
                ? notLead + u'.'
                : tr("You are %1, not a lead: only a lead (%2) protects raw data or records its baseline. "
                     "You can verify.")
                      .arg(m_workspace->me, leads));

    const bool running = isBusy() && m_job != Job::Loading;
    m_progress->setVisible(running || !m_progress->text().isEmpty());
    m_progressBar->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    updateSummary();
}

} // namespace ts::gui
