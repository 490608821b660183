// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "setup/NewWorkspaceWizard.h"

#include "Background.h"
#include "Dialogs.h"
#include "ProgressRelay.h"
#include "services/CredentialService.h"
#include "setup/SharedFolderField.h"
#include "workspace/LayoutTemplate.h"
#include "workspace/WorkspaceEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

#include <functional>

namespace ts::gui {

namespace {

// A page whose Next stays disabled while `problem` says something; the problem is shown on the page.
class CheckedPage : public QWizardPage
{
public:
    std::function<QString()> problem;
    QLabel* problemLabel = nullptr;

    explicit CheckedPage(const QString& name)
    {
        setObjectName(name);
        problemLabel = new QLabel;
        problemLabel->setObjectName(name + QStringLiteral(".problem"));
        problemLabel->setWordWrap(true);
        problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    bool isComplete() const override { return !problem || problem().isEmpty(); }
    void recheck()
    {
        const QString text = problem ? problem() : QString();
        problemLabel->setText(
            text.isEmpty() ? QString() : QCoreApplication::translate("NewWorkspaceWizard", "⚠ %1").arg(text));
        emit completeChanged();
    }
};

QLabel* wrapped(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

NewWorkspaceWizard::NewWorkspaceWizard(Dialogs& dialogs, QWidget* parent)
    : QWizard(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("newWorkspaceWizard"));
    setWindowTitle(tr("New Workspace"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setPage(TeamPage, makeTeamPage());
    setPage(LeadPage, makeLeadPage());
    setPage(SharedFolderPage, makeSharedFolderPage());
    setPage(RepositoryPage, makeRepositoryPage());
    setPage(RemotePage, makeRemotePage());
    setPage(SummaryPage, makeSummaryPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPage)
            updateSummary();
        if (auto* page = dynamic_cast<CheckedPage*>(currentPage()))
            page->recheck();
    });
    resize(720, 520);
}

NewWorkspaceWizard::~NewWorkspaceWizard()
{
    if (m_cancel)
        m_cancel->cancel();
}

QWizardPage* NewWorkspaceWizard::makeTeamPage()
{
    auto* page = new CheckedPage(QStringLiteral("wizard.team"));
    page->setTitle(tr("The team"));
    page->setSubTitle(tr("Name the workspace and choose how its folders are laid out."));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("wizard.name"));
    m_name->setPlaceholderText(tr("e.g. Vision Lab"));
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("wizard.template"));
    for (const QString& name : LayoutTemplate::names())
        m_template->addItem(tr("%1 — %2").arg(name, LayoutTemplate::description(name)), name);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("wizard.preview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Team &name:"), m_name);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("Folders:"), m_preview);
    form->addRow(page->problemLabel);
    page->problem = [this] {
        return m_name->text().trimmed().isEmpty() ? tr("Give the team a name.") : QString();
    };
    connect(m_name, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    connect(m_template, &QComboBox::currentIndexChanged, this, &NewWorkspaceWizard::updatePreview);
    updatePreview();
    return page;
}

void NewWorkspaceWizard::updatePreview()
{
    auto folders = LayoutTemplate::folders(m_template->currentData().toString());
    if (!folders) {
        m_preview->setText(folders.error().message.toHtmlEscaped());
        return;
    }
    QStringList shared;
    QStringList repository;
    for (const LayoutFolder& folder : *folders) {
        QString line = folder.path.toHtmlEscaped() + u'/';
        if (folder.perMember)
            line += tr(" <i>(one per member)</i>");
        if (folder.role == FolderRole::Raw)
            line += tr(" <i>(raw data, to protect)</i>");
        (folder.location == FolderLocation::Root ? shared : repository) << line;
    }
    m_preview->setText(
        tr("<b>In the shared folder:</b><br>%1<br><b>In the notebook repository:</b><br>%2")
            .arg(shared.join(QStringLiteral("<br>")), repository.join(QStringLiteral("<br>"))));
}

QWizardPage* NewWorkspaceWizard::makeLeadPage()
{
    auto* page = new CheckedPage(QStringLiteral("wizard.lead"));
    page->setTitle(tr("You, as the team's lead"));
    page->setSubTitle(
        tr("Your name and e-mail are those git records on your commits; the id names your folders."));
    const services::GitIdentity git = services::gitConfigIdentity();
    m_leadName = new QLineEdit(git.name);
    m_leadName->setObjectName(QStringLiteral("wizard.leadName"));
    m_leadEmail = new QLineEdit(git.email);
    m_leadEmail->setObjectName(QStringLiteral("wizard.leadEmail"));
    m_leadId = new QLineEdit(services::suggestMemberId(git.name, git.email));
    m_leadId->setObjectName(QStringLiteral("wizard.leadId"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_leadName);
    form->addRow(tr("&E-mail:"), m_leadEmail);
    form->addRow(tr("&Id:"), m_leadId);
    form->addRow(wrapped(git.name.isEmpty() && git.email.isEmpty()
                             ? tr("git has no name or e-mail configured on this computer: type yours.")
                             : tr("Filled in from your git settings.")));
    form->addRow(page->problemLabel);
    page->problem = [this] {
        Member lead{m_leadId->text().trimmed(),
                    m_leadName->text().trimmed(),
                    m_leadEmail->text().trimmed(),
                    MemberRole::Lead,
                    std::nullopt,
                    {}};
        if (lead.name.isEmpty())
            return tr("Give your name.");
        if (lead.email.isEmpty())
            return tr("Give your e-mail.");
        if (lead.id.isEmpty())
            return tr("Give an id (lower-case letters and digits, e.g. %1).")
                .arg(services::suggestMemberId(lead.name, lead.email));
        auto ok = WorkspaceEditor::validateMember(lead);
        return ok ? QString() : ok.error().message;
    };
    connect(m_leadName, &QLineEdit::textChanged, this, [this, page] {
        if (!m_idEdited)
            m_leadId->setText(services::suggestMemberId(m_leadName->text(), m_leadEmail->text()));
        page->recheck();
    });
    connect(m_leadEmail, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    connect(m_leadId, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_leadId, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    return page;
}

QWizardPage* NewWorkspaceWizard::makeSharedFolderPage()
{
    auto* page = new CheckedPage(QStringLiteral("wizard.shared"));
    page->setTitle(tr("The shared folder"));
    page->setSubTitle(
        tr("Where the team's data lives: a drive or share every member mounts (Google Drive, "
           "OneDrive, Dropbox, a network share). The layout's data folders are created in it."));
    m_shared = new SharedFolderField(m_dialogs, SharedFolderField::Use::NewTeam);
    m_oneFolder =
        new QCheckBox(tr("Advanced: use &one folder for both (the notebook repository holds the data "
                         "too, kept out of git)"));
    m_oneFolder->setObjectName(QStringLiteral("wizard.oneFolder"));
    auto* column = new QVBoxLayout(page);
    column->addWidget(m_shared);
    column->addStretch();
    column->addWidget(m_oneFolder);
    column->addWidget(page->problemLabel);
    page->problem = [this] {
        if (m_oneFolder->isChecked())
            return QString();
        if (m_shared->folder().isEmpty())
            return tr("Choose the shared folder.");
        if (!m_shared->isChecked())
            return tr("Checking the folder…");
        return m_shared->isAcceptable() ? QString() : tr("This folder cannot be used (see above).");
    };
    connect(m_shared, &SharedFolderField::verdictChanged, page, &CheckedPage::recheck);
    connect(m_oneFolder, &QCheckBox::toggled, this, [this, page](bool on) {
        m_shared->setEnabled(!on);
        page->recheck();
    });
    return page;
}

QWizardPage* NewWorkspaceWizard::makeRepositoryPage()
{
    auto* page = new CheckedPage(QStringLiteral("wizard.repository"));
    page->setTitle(tr("The notebook repository"));
    page->setSubTitle(tr("A folder on this computer for the notebooks, synced with git. It is created if it "
                         "does not exist; an existing git repository is kept as it is."));
    m_repo = new QLineEdit;
    m_repo->setObjectName(QStringLiteral("wizard.repo"));
    m_repo->setPlaceholderText(
        tr("e.g. %1").arg(QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/team-notebooks"))));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("wizard.repoBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        m_dialogs.chooseFolder(
            this, tr("Choose the Notebook Repository Folder"), QDir::homePath(),
            [this](const QString& folder) { m_repo->setText(QDir::toNativeSeparators(folder)); });
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_repo, 1);
    row->addWidget(browse);
    auto* column = new QVBoxLayout(page);
    column->addLayout(row);
    column->addWidget(page->problemLabel);
    column->addStretch();
    page->problem = [this] {
        if (m_repo->text().trimmed().isEmpty())
            return tr("Choose the folder for the notebook repository.");
        services::NewWorkspaceRequest check = request();
        check.remoteUrl.clear();
        auto ok = services::checkNewWorkspace(check);
        return ok ? QString() : ok.error().message;
    };
    connect(m_repo, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    return page;
}

QWizardPage* NewWorkspaceWizard::makeRemotePage()
{
    auto* page = new CheckedPage(QStringLiteral("wizard.remote"));
    page->setTitle(tr("A git remote (optional)"));
    page->setSubTitle(tr("Where the team's notebooks are published, e.g. an empty repository on GitHub or "
                         "GitLab. Leave it empty to add one later. With one, the workspace is pushed when it "
                         "is created."));
    m_remoteUrl = new QLineEdit;
    m_remoteUrl->setObjectName(QStringLiteral("wizard.remoteUrl"));
    m_remoteUrl->setPlaceholderText(QStringLiteral("https://github.com/team/notebooks.git"));
    m_remoteUser = new QLineEdit;
    m_remoteUser->setObjectName(QStringLiteral("wizard.remoteUser"));
    m_remoteSecret = new QLineEdit;
    m_remoteSecret->setObjectName(QStringLiteral("wizard.remoteSecret"));
    m_remoteSecret->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Remote &URL:"), m_remoteUrl);
    form->addRow(tr("User &name:"), m_remoteUser);
    form->addRow(tr("&Password or token:"), m_remoteSecret);
    form->addRow(
        wrapped(tr("The password or token is kept in this computer's keychain, never in the "
                   "repository or Teamspace's settings. Leave both empty for SSH (your SSH agent) or "
                   "a local path.")));
    form->addRow(page->problemLabel);
    page->problem = [this] {
        const QString url = m_remoteUrl->text().trimmed();
        if (url.isEmpty())
            return QString();
        if (!services::isRemoteUrl(url))
            return tr("%1 is not a git remote URL (https://…, ssh://…, host:path or a folder).").arg(url);
        if (m_remoteUser->text().trimmed().isEmpty() != m_remoteSecret->text().isEmpty())
            return tr("Give both the user name and the password or token, or neither.");
        if (url.startsWith(QLatin1String("http"), Qt::CaseInsensitive) &&
            m_remoteUser->text().trimmed().isEmpty())
            return tr("An https remote needs a user name and a password or token.");
        return QString();
    };
    for (QLineEdit* edit : {m_remoteUrl, m_remoteUser, m_remoteSecret})
        connect(edit, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    return page;
}

QWizardPage* NewWorkspaceWizard::makeSummaryPage()
{
    auto* page = new CheckedPage(QStringLiteral("wizard.summary"));
    page->setTitle(tr("Ready to create"));
    page->setSubTitle(tr("Nothing has been written yet. Create makes what is listed here."));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("wizard.summaryText"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("wizard.progressText"));
    m_progressText->setWordWrap(true);
    m_progressText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("wizard.progress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_relay = new ProgressRelay(this);
    connect(m_relay, &ProgressRelay::progressed, this, [this](const ts::Progress& p) {
        if (p.total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * p.done / std::max<qint64>(1, p.total)));
        }
        if (!p.current.isEmpty())
            m_progressText->setText(tr("Pushing: %1").arg(p.current));
    });
    auto* column = new QVBoxLayout(page);
    column->addWidget(m_summary);
    column->addStretch();
    column->addWidget(m_progress);
    column->addWidget(m_progressText);
    page->problem = [this] { return isCreating() ? tr("Creating…") : QString(); };
    return page;
}

services::NewWorkspaceRequest NewWorkspaceWizard::request() const
{
    services::NewWorkspaceRequest r;
    r.init.name = m_name->text().trimmed();
    r.init.templateName = m_template->currentData().toString();
    r.init.lead = Member{m_leadId->text().trimmed(),
                         m_leadName->text().trimmed(),
                         m_leadEmail->text().trimmed(),
                         MemberRole::Lead,
                         std::nullopt,
                         {}};
    r.init.repoDir = QDir::fromNativeSeparators(m_repo->text().trimmed());
    r.init.rootDir = m_oneFolder->isChecked() ? QString() : m_shared->folder();
    r.remoteUrl = m_remoteUrl->text().trimmed();
    if (!m_remoteUser->text().trimmed().isEmpty())
        r.credential = git::RemoteCredential{m_remoteUser->text().trimmed(), m_remoteSecret->text(), {}};
    return r;
}

void NewWorkspaceWizard::updateSummary()
{
    const services::NewWorkspaceRequest r = request();
    QStringList items;
    items << tr("Workspace <b>%1</b>, template %2").arg(r.init.name.toHtmlEscaped(), r.init.templateName);
    items << tr("You: %1 (%2), %3, lead")
                 .arg(r.init.lead.name.toHtmlEscaped(), r.init.lead.id, r.init.lead.email.toHtmlEscaped());
    items << tr("Notebook repository: %1 (teamspace.json, .gitignore, a git repository if there is none)")
                 .arg(QDir::toNativeSeparators(r.init.repoDir).toHtmlEscaped());
    items << (r.init.rootDir.isEmpty()
                  ? tr("Shared folder: the repository itself (the data folders are kept out of git)")
                  : tr("Shared folder: %1 (the layout's data folders are created there)")
                        .arg(QDir::toNativeSeparators(r.init.rootDir).toHtmlEscaped()));
    if (!r.init.rootDir.isEmpty() && !m_shared->verdict().mount.implication.isEmpty())
        items << m_shared->verdict().mount.implication.toHtmlEscaped();
    items << (r.remoteUrl.isEmpty()
                  ? tr("No remote: add one later from the Sync panel.")
                  : tr("Remote origin: %1%2, pushed when created")
                        .arg(r.remoteUrl.toHtmlEscaped(),
                             r.credential ? tr(" (credential kept in the keychain)") : QString()));
    m_summary->setText(QStringLiteral("<ul><li>") + items.join(QStringLiteral("</li><li>")) +
                       QStringLiteral("</li></ul>"));
}

void NewWorkspaceWizard::accept()
{
    if (isCreating())
        return;
    m_failure.clear();
    services::Call call;
    m_cancel = call.cancel;
    call.progress = m_relay->callback();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(tr("Creating the workspace…"));
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::FinishButton)->setEnabled(false);
    runInBackground(
        this, std::move(call),
        [request = request()](const services::Call& job) { return services::createWorkspace(request, job); },
        [this](Result<services::NewWorkspaceReport> report) { finished(std::move(report)); });
}

void NewWorkspaceWizard::finished(Result<services::NewWorkspaceReport> report)
{
    m_relay->flush();
    m_cancel.reset();
    m_progress->hide();
    button(QWizard::BackButton)->setEnabled(true);
    button(QWizard::FinishButton)->setEnabled(true);
    if (!report) {
        m_failure = report.error().kind == ErrorKind::Cancelled
                        ? tr("Cancelled: %1").arg(report.error().message)
                        : tr("Not created: %1").arg(report.error().message);
        m_progressText->setText(m_failure);
        m_dialogs.showError(this, tr("Workspace not created"), m_failure);
        return;
    }
    if (!report->pushProblem.isEmpty())
        m_dialogs.showError(this, tr("Workspace created, not pushed"),
                            tr("Created: %1.\n\nBut %2")
                                .arg(report->created.join(QStringLiteral("; ")), report->pushProblem));
    emit created(*report);
    QWizard::accept();
}

void NewWorkspaceWizard::reject()
{
    if (m_cancel) {
        m_cancel->cancel(); // the push stops; what was created stays and the result says so
        m_progressText->setText(tr("Cancelling…"));
        return;
    }
    QWizard::reject();
}

} // namespace ts::gui
