// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Join Workspace dialog: the steps and their buttons here; the work (clone, checks, moving into place,
// local settings) is services/JoinWorkspace.h, always on a worker through runInBackground.
#include "join/JoinDialog.h"

#include "Background.h"
#include "Dialogs.h"
#include "ProgressRelay.h"
#include "StatusColors.h"
#include "ThemedIcons.h"
#include "panels/sync/CredentialsDialog.h"
#include "services/SyncStatus.h"
#include "util/RedactUrl.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

constexpr int kMemberIdRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The user's words for an authentication failure (the service's message names a command for the terminal).
QString signInReason(const QString& message)
{
    return message.contains(QLatin1String("no credential stored"))
               ? JoinDialog::tr("The remote asks who you are: sign in with your user name and password or "
                                "access token for it.")
               : JoinDialog::tr(
                     "The remote refused the user name and password stored for it: sign in again.");
}

} // namespace

JoinDialog::JoinDialog(Dialogs& dialogs, const QString& startFolder, QWidget* parent)
    : QDialog(parent), m_dialogs(dialogs), m_startFolder(startFolder)
{
    setObjectName(QStringLiteral("joinDialog"));
    setWindowTitle(tr("Join a Team's Workspace"));
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("join.step"));
    QFont bold = m_stepLabel->font();
    bold.setBold(true);
    m_stepLabel->setFont(bold);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildRepositoryPage());
    m_pages->addWidget(buildIdentityPage());
    m_pages->addWidget(buildSharedFolderPage());

    m_message = wrappedLabel(QStringLiteral("join.message"), this);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("join.back"));
    m_next = buttons->addButton(tr("&Next >"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("join.next"));
    m_finish = buttons->addButton(tr("&Finish"), QDialogButtonBox::ActionRole);
    m_finish->setObjectName(QStringLiteral("join.finish"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("join.cancel"));
    connect(m_back, &QPushButton::clicked, this, &JoinDialog::back);
    connect(m_next, &QPushButton::clicked, this, &JoinDialog::next);
    connect(m_finish, &QPushButton::clicked, this, &JoinDialog::finish);
    connect(m_cancelButton, &QPushButton::clicked, this, &JoinDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    showStep(RepositoryStep);
    m_url->setFocus();
}

JoinDialog::~JoinDialog()
{
    if (m_cancel)
        m_cancel->cancel();
    discardStaged();
}

QWidget* JoinDialog::buildRepositoryPage()
{
    auto* page = new QWidget(this);
    auto* intro = wrappedLabel(QStringLiteral("join.repositoryIntro"), page);
    intro->setText(tr("Copy the team's notebook repository to this computer. Ask your team lead for its "
                      "address (it looks like https://host/team/notebooks.git or a folder on a share)."));
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("join.url"));
    m_url->setPlaceholderText(tr("https://github.com/team/notebooks.git"));
    connect(m_url, &QLineEdit::textEdited, this, &JoinDialog::urlEdited);
    connect(m_url, &QLineEdit::textChanged, this, &JoinDialog::updateButtons);
    m_folder = new QLineEdit(page);
    m_folder->setObjectName(QStringLiteral("join.folder"));
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
    connect(m_folder, &QLineEdit::textChanged, this, &JoinDialog::updateButtons);
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("join.browseFolder"));
    connect(browse, &QPushButton::clicked, this, &JoinDialog::chooseRepositoryFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* folderLabel = new QLabel(tr("Put it in &folder:"), page);
    folderLabel->setBuddy(m_folder);
    auto* form = new QFormLayout;
    form->addRow(tr("Repository &address:"), m_url);
    form->addRow(folderLabel, folderRow);
    auto* folderHint = wrappedLabel(QStringLiteral("join.folderHint"), page);
    folderHint->setText(tr("A new or empty folder on this computer, not the shared folder."));
    form->addRow(QString(), folderHint);

    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("join.progress"));
    m_progress->hide();
    m_progressText = wrappedLabel(QStringLiteral("join.progressText"), page);
    m_progressText->hide();
    m_relay = new ProgressRelay(this);
    connect(m_relay, &ProgressRelay::progressed, this, [this](const Progress& progress) {
        m_progress->setRange(0, progress.total > 0 ? int(std::min<qint64>(progress.total, INT_MAX)) : 0);
        m_progress->setValue(int(std::min<qint64>(progress.done, INT_MAX)));
        m_progressText->setText(tr("Receiving objects: %L1 of %L2 (%3)")
                                    .arg(progress.done)
                                    .arg(progress.total)
                                    .arg(QLocale().formattedDataSize(progress.bytes)));
    });

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addStretch(1);
    return page;
}

QWidget* JoinDialog::buildIdentityPage()
{
    auto* page = new QWidget(this);
    m_identityIntro = wrappedLabel(QStringLiteral("join.identityIntro"), page);
    m_members = new QTreeWidget(page);
    m_members->setObjectName(QStringLiteral("join.members"));
    m_members->setAccessibleName(tr("Members of the team"));
    m_members->setAccessibleDescription(tr("The team as the repository lists it; choose who you are"));
    m_members->setHeaderLabels({tr("Name"), tr("E-mail"), tr("Role")});
    m_members->setRootIsDecorated(false);
    m_members->setAllColumnsShowFocus(true);
    m_members->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_members, &QTreeWidget::currentItemChanged, this, &JoinDialog::updateButtons);
    // Return reaches the default button (Next) by itself; a double click does the same.
    connect(m_members, &QTreeWidget::itemDoubleClicked, this, [this] { next(); });
    auto* hint = wrappedLabel(QStringLiteral("join.identityHint"), page);
    hint->setText(tr("Not in the list? Ask the team lead to add you as a member, then join again."));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_identityIntro);
    layout->addWidget(m_members, 1);
    layout->addWidget(hint);
    return page;
}

QWidget* JoinDialog::buildSharedFolderPage()
{
    auto* page = new QWidget(this);
    auto* intro = wrappedLabel(QStringLiteral("join.sharedIntro"), page);
    intro->setText(tr("Where is the team's shared folder (raw data, results, checkpoints) mounted on this "
                      "computer? You can skip this and set it later in Preferences."));
    auto* suggestionsLabel = new QLabel(tr("&Likely folders on this computer:"), page);
    m_suggestions = new QListWidget(page);
    m_suggestions->setObjectName(QStringLiteral("join.suggestions"));
    m_suggestions->setAccessibleName(tr("Where the shared folder may be"));
    m_suggestions->setAccessibleDescription(
        tr("Folders on this computer that look like the team's shared folder"));
    suggestionsLabel->setBuddy(m_suggestions);
    m_suggestions->setMaximumHeight(fontMetrics().height() * 6);
    connect(m_suggestions, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        // Only the user's own choice (arrows, a click) fills the field, not the list filling itself.
        if (item && m_suggestions->hasFocus() && item->data(kPathRole).isValid())
            m_root->setText(item->data(kPathRole).toString());
    });
    m_root = new QLineEdit(page);
    m_root->setObjectName(QStringLiteral("join.root"));
    m_root->setPlaceholderText(tr("empty: set it later in Preferences"));
    auto* browse = new QPushButton(tr("B&rowse…"), page);
    browse->setObjectName(QStringLiteral("join.browseRoot"));
    connect(browse, &QPushButton::clicked, this, &JoinDialog::chooseSharedFolder);
    auto* rootRow = new QHBoxLayout;
    auto* rootLabel = new QLabel(tr("&Shared folder:"), page);
    rootLabel->setBuddy(m_root);
    rootRow->addWidget(rootLabel);
    rootRow->addWidget(m_root, 1);
    rootRow->addWidget(browse);

    m_verdictIcon = new QLabel(page);
    m_verdictIcon->setObjectName(QStringLiteral("join.verdictIcon"));
    m_verdictText = wrappedLabel(QStringLiteral("join.verdict"), page);
    m_mountText = wrappedLabel(QStringLiteral("join.mount"), page);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    auto* verdictColumn = new QVBoxLayout;
    verdictColumn->addWidget(m_verdictText);
    verdictColumn->addWidget(m_mountText);
    verdictRow->addLayout(verdictColumn, 1);
    m_acceptRoot =
        new QCheckBox(tr("&Use this folder anyway: I am sure it is the team's shared folder"), page);
    m_acceptRoot->setObjectName(QStringLiteral("join.acceptRoot"));
    m_acceptRoot->hide();
    connect(m_acceptRoot, &QCheckBox::toggled, this, &JoinDialog::updateButtons);

    m_judgeTimer = new QTimer(this);
    m_judgeTimer->setSingleShot(true);
    m_judgeTimer->setInterval(250);
    connect(m_judgeTimer, &QTimer::timeout, this, &JoinDialog::judgeSharedFolder);
    connect(m_root, &QLineEdit::textChanged, this, [this] {
        m_verdict.reset();
        ++m_verdictGeneration;
        m_acceptRoot->setChecked(false);
        m_acceptRoot->hide();
        m_verdictIcon->clear();
        m_mountText->clear();
        applyTones();
        m_verdictText->setText(m_root->text().trimmed().isEmpty()
                                   ? tr("No shared folder: the workspace opens without one until you set it "
                                        "in Preferences.")
                                   : tr("Checking the folder…"));
        m_judgeTimer->start();
        updateButtons();
    });

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(suggestionsLabel);
    layout->addWidget(m_suggestions);
    layout->addLayout(rootRow);
    layout->addLayout(verdictRow);
    layout->addWidget(m_acceptRoot);
    layout->addStretch(1);
    return page;
}

JoinDialog::Step JoinDialog::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void JoinDialog::showStep(Step step)
{
    m_pages->setCurrentIndex(step);
    const QStringList titles{tr("Step 1 of 3: the team's repository"), tr("Step 2 of 3: who you are"),
                             tr("Step 3 of 3: the shared folder")};
    m_stepLabel->setText(titles.value(step));
    m_message->hide();
    if (step == IdentityStep)
        m_members->setFocus();
    else if (step == SharedFolderStep)
        m_root->setFocus();
    updateButtons();
}

void JoinDialog::updateButtons()
{
    const Step current = step();
    m_back->setEnabled(!m_busy && current != RepositoryStep);
    m_next->setVisible(current != SharedFolderStep);
    m_finish->setVisible(current == SharedFolderStep);
    m_next->setText(current == RepositoryStep && !m_staged ? tr("&Clone") : tr("&Next >"));
    m_url->setEnabled(!m_busy && !m_staged);
    m_folder->setEnabled(!m_busy && !m_staged);
    if (current == RepositoryStep)
        m_next->setEnabled(!m_busy && (m_staged || (!m_url->text().trimmed().isEmpty() &&
                                                    !m_folder->text().trimmed().isEmpty())));
    else if (current == IdentityStep)
        m_next->setEnabled(!m_busy && m_members->currentItem());
    const bool noRoot = m_root->text().trimmed().isEmpty();
    const bool rootUsable = m_verdict && m_verdict->exists && m_verdict->readable &&
                            !m_verdict->isRepository &&
                            (m_verdict->looksLikeTeams() || m_acceptRoot->isChecked());
    m_finish->setEnabled(!m_busy && m_staged && (noRoot || rootUsable));
    m_finish->setText(noRoot ? tr("&Finish without a shared folder") : tr("&Finish"));
    QPushButton* primary = current == SharedFolderStep ? m_finish : m_next;
    primary->setDefault(true);
    m_cancelButton->setText(m_busy && current == RepositoryStep ? tr("Cancel Clone") : tr("Cancel"));
}

void JoinDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void JoinDialog::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_messageIsProblem = problem;
    applyTones();
    m_message->setVisible(!text.isEmpty());
}

// Status colours are computed for the palette in use (StatusColors.h): again whenever it changes.
void JoinDialog::applyTones()
{
    const auto tone = [this](QLabel* label, std::optional<StatusTone> statusTone) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, statusTone ? statusColor(*statusTone, this->palette())
                                                          : this->palette().color(QPalette::WindowText));
        label->setPalette(palette);
    };
    tone(m_message, m_messageIsProblem ? std::optional(StatusTone::Bad) : std::nullopt);
    std::optional<StatusTone> verdictTone;
    if (m_verdict) {
        const bool unusable = !m_verdict->exists || !m_verdict->readable || m_verdict->isRepository;
        verdictTone = unusable                      ? StatusTone::Bad
                      : m_verdict->looksLikeTeams() ? StatusTone::Good
                                                    : StatusTone::Warning;
    }
    tone(m_verdictText, verdictTone);
}

void JoinDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_message)
        applyTones();
}

void JoinDialog::urlEdited(const QString& url)
{
    if (m_folderEdited)
        return;
    const QString name = services::defaultJoinFolderName(url);
    m_folder->setText(name.isEmpty() ? QString() : QDir(m_startFolder).filePath(name));
}

void JoinDialog::chooseRepositoryFolder()
{
    const QString start = m_folder->text().isEmpty() ? m_startFolder : QFileInfo(m_folder->text()).path();
    m_dialogs.chooseFolder(this, tr("Put the Repository In"), start, [this](const QString& folder) {
        const bool empty = QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QString name = services::defaultJoinFolderName(m_url->text());
        // An empty folder is used as it is; otherwise the repository goes inside it under its own name.
        m_folder->setText(empty || name.isEmpty() ? folder : QDir(folder).filePath(name));
        m_folderEdited = true;
    });
}

void JoinDialog::chooseSharedFolder()
{
    const QString start = m_root->text().isEmpty() ? QDir::homePath() : m_root->text();
    m_dialogs.chooseFolder(this, tr("The Team's Shared Folder"), start,
                           [this](const QString& folder) { m_root->setText(folder); });
}

void JoinDialog::next()
{
    switch (step()) {
    case RepositoryStep:
        if (m_staged)
            showStep(IdentityStep);
        else
            startClone();
        return;
    case IdentityStep:
        if (!m_members->currentItem())
            return;
        showStep(SharedFolderStep);
        if (m_suggestions->count() == 0)
            runInBackground(
                this, [] { return services::likelySharedFolders(); },
                [this](const QList<services::SharedFolderCandidate>& found) {
                    for (const services::SharedFolderCandidate& candidate : found) {
                        auto* item = new QListWidgetItem(
                            QStringLiteral("%1 — %2").arg(candidate.label,
                                                          QDir::toNativeSeparators(candidate.path)),
                            m_suggestions);
                        item->setData(kPathRole, candidate.path);
                        item->setToolTip(candidate.mount.implication);
                    }
                    if (found.isEmpty())
                        new QListWidgetItem(tr("(none found: type the folder or use Browse…)"),
                                            m_suggestions);
                });
        if (m_root->text().isEmpty())
            m_verdictText->setText(
                tr("No shared folder: the workspace opens without one until you set it in Preferences."));
        return;
    case SharedFolderStep:
        return;
    }
}

void JoinDialog::back()
{
    if (step() != RepositoryStep)
        showStep(static_cast<Step>(step() - 1));
}

void JoinDialog::startClone()
{
    const QString url = m_url->text().trimmed();
    const QString folder = QDir::cleanPath(m_folder->text().trimmed());
    services::Call call;
    m_cancel = call.cancel;
    call.progress = m_relay->callback();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Connecting to %1…").arg(redactUrlUserinfo(url)));
    m_progressText->show();
    showMessage({}, false);
    setBusy(true);
    runInBackground(
        this, call,
        [url, folder](const services::Call& job) -> Result<services::StagedJoin> {
            auto staged = services::stageJoin(url, folder, job);
            if (staged && job.isCancelled()) { // the clone ended as Cancel was pressed: nothing is kept
                services::discardJoin(*staged);
                return Error::cancelled();
            }
            return staged;
        },
        [this](Result<services::StagedJoin> result) { cloned(std::move(result)); });
}

void JoinDialog::cloned(Result<services::StagedJoin> result)
{
    m_relay->flush();
    m_cancel.reset();
    m_progress->hide();
    m_progressText->hide();
    setBusy(false);
    if (!result) {
        const Error& error = result.error();
        if (error.kind == ErrorKind::Cancelled)
            showMessage(tr("Clone cancelled; nothing was kept."), false);
        else if (services::isAuthenticationFailure(error.message))
            showMessage(signInReason(error.message), true);
        else if (error.kind == ErrorKind::BadInput)
            showMessage(tr("This repository cannot be joined: %1").arg(error.message), true);
        else
            showMessage(error.message, true);
        emit cloneFinished(error.message);
        if (services::isAuthenticationFailure(error.message))
            openCredentials(signInReason(error.message));
        return;
    }
    m_staged = std::move(result).value();
    const Manifest& manifest = m_staged->manifest;
    m_identityIntro->setText(tr("Who are you in \"%1\"? Teamspace remembers it for this workspace on this "
                                "computer; it decides which notebooks you may change.")
                                 .arg(manifest.name));
    m_members->clear();
    for (const Member& member : manifest.members) {
        const bool lead = member.role == MemberRole::Lead;
        auto* item =
            new QTreeWidgetItem(m_members, {member.name, member.email, lead ? tr("lead") : tr("member")});
        item->setIcon(
            0, themedIcon(lead ? QStringLiteral(":/icons/lead.svg") : QStringLiteral(":/icons/member.svg")));
        item->setData(0, kMemberIdRole, member.id);
        item->setToolTip(0, tr("member id: %1").arg(member.id));
    }
    showStep(IdentityStep);
    emit cloneFinished(QString());
}

void JoinDialog::openCredentials(const QString& reason)
{
    auto* dialog = new CredentialsDialog(m_url->text().trimmed(), reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showMessage(tr("Credential saved in the keychain; cloning again."), false);
        startClone();
    });
    dialog->open();
    emit credentialsOpened(dialog);
}

void JoinDialog::judgeSharedFolder()
{
    const QString folder = m_root->text().trimmed();
    if (folder.isEmpty() || !m_staged)
        return;
    const int generation = m_verdictGeneration;
    runInBackground(
        this, [staged = *m_staged, folder] { return services::checkJoinSharedFolder(staged, folder); },
        [this, folder, generation](const services::SharedFolderVerdict& verdict) {
            if (generation == m_verdictGeneration) // the field has not changed since
                showVerdict(folder, verdict);
        });
}

void JoinDialog::showVerdict(const QString& folder, const services::SharedFolderVerdict& verdict)
{
    m_verdict = verdict;
    m_verdictFolder = folder;
    const int size = fontMetrics().height();
    const bool unusable = !verdict.exists || !verdict.readable || verdict.isRepository;
    const char* icon = unusable ? "blocked" : verdict.looksLikeTeams() ? "present" : "unexpected";
    m_verdictIcon->setPixmap(statusIcon(icon).pixmap(size, size));
    QString text;
    if (unusable)
        text = tr("Cannot be the shared folder: %1").arg(verdict.problem);
    else if (verdict.looksLikeTeams())
        text = tr("Looks like this team's shared folder: %1 of %2 of its folders")
                   .arg(verdict.layoutFoldersPresent)
                   .arg(verdict.layoutFolders) +
               (verdict.baselineFiles > 0 ? tr(", %L1 of %L2 raw files checked are there.")
                                                .arg(verdict.baselineFilesPresent)
                                                .arg(verdict.baselineFilesChecked)
                                          : QStringLiteral(".")) +
               (verdict.writable ? QString() : tr(" You can read it but not write to it."));
    else
        text = tr("Does not look like this team's shared folder: %1").arg(verdict.problem);
    m_verdictText->setText(text);
    applyTones();
    m_mountText->setText(verdict.exists ? tr("On this computer: %1").arg(verdict.mount.implication)
                                        : QString());
    m_acceptRoot->setVisible(!unusable && !verdict.looksLikeTeams());
    updateButtons();
    emit verdictShown();
}

void JoinDialog::finish()
{
    if (!m_staged || !m_members->currentItem())
        return;
    services::JoinChoice choice;
    choice.memberId = m_members->currentItem()->data(0, kMemberIdRole).toString();
    choice.rootDir = m_root->text().trimmed();
    choice.acceptUnusualRoot = m_acceptRoot->isChecked();
    setBusy(true);
    runInBackground(
        this, [staged = *m_staged, choice] { return services::finishJoin(staged, choice); },
        [this](Result<services::JoinReport> result) {
            setBusy(false);
            if (!result) {
                showMessage(result.error().message, true);
                emit finishFailed(result.error().message);
                return;
            }
            m_staged.reset(); // moved into place: nothing to discard any more
            m_report = std::move(result).value();
            accept();
        });
}

void JoinDialog::discardStaged()
{
    if (!m_staged)
        return;
    // Removing a large clone takes a moment: on the pool, with its own copy of what to remove.
    QThreadPool::globalInstance()->start([staged = *m_staged] { services::discardJoin(staged); });
    m_staged.reset();
}

void JoinDialog::reject()
{
    if (m_busy && m_cancel && step() == RepositoryStep) {
        m_cancel->cancel(); // the clone stops; the dialog stays to say so
        m_progressText->setText(tr("Cancelling…"));
        return;
    }
    if (m_busy)
        return; // finishing: a few file moves, never left half done
    discardStaged();
    QDialog::reject();
}

} // namespace ts::gui
