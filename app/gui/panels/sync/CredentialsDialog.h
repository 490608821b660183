// Sign in to a remote (issue 16): which remote (its URL, no secret in it), user name, password or token
// (never echoed, never shown again), stored with QtKeychain through services::storeCredential; Forget
// removes the stored one. Says plainly when no keychain is reachable.
#pragma once

#include <QDialog>

namespace ts::gui {

class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    // `remoteUrl` is the remote's URL; `reason` an optional first line ("authentication failed for …").
    CredentialsDialog(const QString& remoteUrl, const QString& reason, QWidget* parent = nullptr);

private:
    QString m_remoteUrl;
};

} // namespace ts::gui
