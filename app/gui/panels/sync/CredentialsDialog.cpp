// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The sign-in dialog: every keychain call (read, store, forget) runs on a worker through runInBackground (the
// keychain refuses the GUI thread: its D-Bus round trips can take seconds); the secret lives only in the
// field and in the job's copy until it reaches the keychain.
#include "panels/sync/CredentialsDialog.h"

#include "Background.h"
#include "StatusColors.h"
#include "UserMessages.h"
#include "services/CredentialService.h"
#include "sync/CredentialStore.h"
#include "sync/KeychainCredentialStore.h"
#include "workspace/LocalSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ts::gui {

namespace {

struct LookUp
{
    QString username;
    QString error;
    bool stored = false;
};

} // namespace

CredentialsDialog::CredentialsDialog(const QString& remoteUrl, const QString& reason, QWidget* parent)
    : QDialog(parent), m_remoteUrl(remoteUrl)
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Sign In to the Remote"));
    const QString shownUrl = sync::credentialKeyFor(remoteUrl); // no user name or password in it

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("credentials.intro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(
        (reason.isEmpty() ? QString() : reason + QStringLiteral("\n\n")) +
        tr("Teamspace signs in to %1 with this user name and password or access token. They are kept in this "
           "computer's keychain, never in the workspace.")
            .arg(shownUrl));

    auto* remote = new QLabel(shownUrl, this);
    remote->setObjectName(QStringLiteral("credentials.remote"));
    remote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("credentials.username"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("credentials.secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("never shown"));
    auto* form = new QFormLayout;
    form->addRow(tr("Remote:"), remote);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password or token:"), m_secret);
    m_gitHelper = new QCheckBox(tr("Let &git's credential helpers sign in instead, as git push does here"), this);
    m_gitHelper->setObjectName(QStringLiteral("credentials.gitHelper"));
    m_gitHelper->setToolTip(
        tr("Teamspace asks git's credential helpers (git credential fill) for %1 before its keychain, and tells "
           "them whether the password worked. Nothing is stored by Teamspace.")
            .arg(shownUrl));
    m_gitHelper->setChecked(LocalSettings::usesGitCredentialHelper(shownUrl));
    connect(m_gitHelper, &QCheckBox::toggled, this, &CredentialsDialog::updateButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("credentials.message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_buttons = new QDialogButtonBox(this);
    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("credentials.save"));
    m_save->setDefault(true);
    m_forget = m_buttons->addButton(tr("&Forget Stored"), QDialogButtonBox::DestructiveRole);
    m_forget->setObjectName(QStringLiteral("credentials.forget"));
    m_forget->setToolTip(
        tr("Remove the user name and password stored for %1 from the keychain").arg(shownUrl));
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("credentials.cancel"));
    // Save and Forget ask the keychain first: the dialog closes only once the answer is known.
    connect(m_save, &QPushButton::clicked, this, &CredentialsDialog::save);
    connect(m_forget, &QPushButton::clicked, this, &CredentialsDialog::forget);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &CredentialsDialog::updateButtons);
    connect(m_secret, &QLineEdit::textChanged, this, &CredentialsDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_gitHelper);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wrapped labels need their height for the dialog's width: never smaller than that (a message that
    // appears later grows the dialog).
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_username->setFocus();
    lookUp();
}

QString CredentialsDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool CredentialsDialog::usesGitHelper() const
{
    return m_gitHelper->isChecked();
}

void CredentialsDialog::lookUp()
{
    setBusy(true);
    runInBackground(
        this,
        [url = m_remoteUrl]() {
            LookUp result;
            sync::KeychainCredentialStore store;
            auto read = store.read(url);
            if (!read)
                result.error = read.error().message;
            else if (*read)
                result = {(*read)->username, {}, true};
            return result;
        },
        [this](const LookUp& result) {
            setBusy(false);
            m_stored = result.stored;
            if (!result.error.isEmpty() && m_gitHelper->isChecked()) {
                showMessage(tr("git's credential helpers sign in to this remote; no keychain is reachable to "
                               "store a password instead."),
                            false);
            } else if (!result.error.isEmpty()) {
                // Inside this dialog, "Credentials… in the Sync panel" is the box above.
                showMessage(tr("Nothing can be stored: %1")
                                .arg(inAppWords(result.error)
                                         .replace(tr("(Credentials… in the Sync panel)"), tr("(the box above)"))),
                            true);
            } else if (result.stored) {
                if (m_username->text().isEmpty())
                    m_username->setText(result.username);
                m_secret->setFocus();
                showMessage(tr("A password is stored for %1; saving replaces it.").arg(result.username),
                            false);
            }
            updateButtons();
            emit lookedUp(result.error);
        });
}

void CredentialsDialog::save()
{
    const QString key = sync::credentialKeyFor(m_remoteUrl);
    if (!m_busy && m_gitHelper->isChecked()) {
        // A local setting, no secret: written here, and the next sync asks git's helpers first.
        LocalSettings::setUsesGitCredentialHelper(key, true);
        emit saveFinished(QString());
        accept();
        return;
    }
    if (m_busy || m_username->text().trimmed().isEmpty() || m_secret->text().isEmpty())
        return;
    LocalSettings::setUsesGitCredentialHelper(key, false); // the password typed here is the one to use
    setBusy(true);
    const git::RemoteCredential credential{m_username->text().trimmed(), m_secret->text(), {}};
    runInBackground(
        this,
        [url = m_remoteUrl, credential]() {
            auto stored = services::storeCredential(url, credential);
            return stored ? QString() : stored.error().message;
        },
        [this](const QString& error) {
            setBusy(false);
            emit saveFinished(error);
            if (!error.isEmpty()) {
                showMessage(tr("Not saved: %1").arg(inAppWords(error)), true);
                return;
            }
            m_secret->clear();
            accept();
        });
}

void CredentialsDialog::forget()
{
    if (m_busy)
        return;
    setBusy(true);
    runInBackground(
        this,
        [url = m_remoteUrl]() {
            auto forgotten = services::forgetCredential(url);
            return forgotten ? QString() : forgotten.error().message;
        },
        [this](const QString& error) {
            setBusy(false);
            if (error.isEmpty()) {
                m_stored = false;
                showMessage(tr("The stored password for %1 was removed from the keychain.")
                                .arg(sync::credentialKeyFor(m_remoteUrl)),
                            false);
            } else {
                showMessage(tr("Not removed: %1").arg(error), true);
            }
            updateButtons();
            emit forgetFinished(error);
        });
}

void CredentialsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CredentialsDialog::showMessage(const QString& text, bool problem)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, problem ? statusColor(StatusTone::Bad, this->palette())
                                                   : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    // The words carry the meaning ("Not saved:", "No keychain"); the colour only underlines it.
    m_message->setText(text);
    m_message->show();
    adjustSize();
}

void CredentialsDialog::updateButtons()
{
    const bool helper = m_gitHelper->isChecked();
    m_username->setEnabled(!helper);
    m_secret->setEnabled(!helper);
    const bool complete = helper || (!m_username->text().trimmed().isEmpty() && !m_secret->text().isEmpty());
    m_save->setEnabled(!m_busy && complete);
    m_save->setToolTip(complete ? QString() : tr("Enter the user name and the password or token first"));
    m_forget->setEnabled(!m_busy && m_stored);
}

} // namespace ts::gui
