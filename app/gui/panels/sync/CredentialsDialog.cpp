// SCAFFOLD (issue 16): replaced by the sync-panel engineer.
#include "panels/sync/CredentialsDialog.h"

namespace ts::gui {

CredentialsDialog::CredentialsDialog(const QString& remoteUrl, const QString& reason, QWidget* parent)
    : QDialog(parent), m_remoteUrl(remoteUrl)
{
    Q_UNUSED(reason);
}

} // namespace ts::gui
