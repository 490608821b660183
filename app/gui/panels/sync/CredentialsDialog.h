// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Sign in to a remote (issue 16): which remote (its URL, no secret in it), user name, password or token
// (never echoed, never shown again), stored with QtKeychain through services::storeCredential; Forget
// removes the stored one. Says plainly when no keychain is reachable. Or, instead of a password: let git's
// credential helpers sign in to this remote (LocalSettings' opt-in, what `teamspace-cli credentials
// use-git-helper` sets; sync::chooseCredential then asks `git credential fill` before the keychain).
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ts::gui {

class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    // `remoteUrl` is the remote's URL; `reason` an optional first line ("authentication failed for …").
    CredentialsDialog(const QString& remoteUrl, const QString& reason, QWidget* parent = nullptr);

    // The keychain is asked on a worker (never on the GUI thread): these say when an answer came back.
    bool isBusy() const { return m_busy; }
    QString message() const;
    // Git's credential helpers were chosen instead of a password (the opt-in is saved on Save).
    bool usesGitHelper() const;

signals:
    // The stored user name was read (empty when none is stored) or reading failed (`error`).
    void lookedUp(const QString& error);
    // Save stored the credential (then the dialog is accepted) or failed (`error`, the dialog stays open).
    void saveFinished(const QString& error);
    void forgetFinished(const QString& error);

private:
    void lookUp();
    void save();
    void forget();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool problem);
    void updateButtons();

    QString m_remoteUrl;
    QLabel* m_message = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_secret = nullptr;
    QCheckBox* m_gitHelper = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_forget = nullptr;
    bool m_busy = false;
    bool m_stored = false;
};

} // namespace ts::gui
