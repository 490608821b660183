// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "setup/SharedFolderBanner.h"

#include "Background.h"
#include "Dialogs.h"
#include "PaletteColours.h"
#include "StatusColors.h"
#include "services/LocalSetup.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ts::gui {

SharedFolderBanner::SharedFolderBanner(Dialogs& dialogs, QWidget* parent) : QFrame(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("sharedFolderBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);

    m_icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("sharedFolderBanner.text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_locate = new QPushButton(tr("&Locate…"));
    m_locate->setObjectName(QStringLiteral("sharedFolderBanner.locate"));
    m_locate->setToolTip(tr("Choose the folder where the team's shared folder is mounted on this computer"));
    connect(m_locate, &QPushButton::clicked, this, &SharedFolderBanner::locate);
    m_preferences = new QPushButton(tr("Preferences…"));
    m_preferences->setObjectName(QStringLiteral("sharedFolderBanner.preferences"));
    connect(m_preferences, &QPushButton::clicked, this, &SharedFolderBanner::preferencesRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_locate, 0, Qt::AlignVCenter);
    layout->addWidget(m_preferences, 0, Qt::AlignVCenter);
    updateColours();
    hide();
}

void SharedFolderBanner::setWorkspace(WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    const bool show = m_workspace && !m_workspace->hasSharedFolder();
    if (show) {
        const QString what =
            m_workspace->missingRootDir.isEmpty()
                ? tr("<b>No shared folder is set for this workspace on this computer.</b> Scanning, applying "
                     "the layout and protecting raw data are off until you say where it is mounted.")
                : tr("<b>The shared folder %1 is not there.</b> Mount the drive and reload (F5), or locate "
                     "it "
                     "if it moved. Scanning, applying the layout and protecting raw data are off meanwhile.")
                      .arg(QDir::toNativeSeparators(m_workspace->missingRootDir).toHtmlEscaped());
        m_text->setText(what);
    }
    setVisible(show);
}

QString SharedFolderBanner::message() const
{
    return isVisible() || (m_workspace && !m_workspace->hasSharedFolder()) ? m_text->text() : QString();
}

void SharedFolderBanner::updateColours()
{
    const QPalette app = QApplication::palette();
    QPalette p = palette();
    const QColor background =
        mixedColour(app.color(QPalette::Window), statusColor(StatusTone::Warning, app), 0.18);
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, readableOn(background, app.color(QPalette::WindowText)));
    setPalette(p);
}

void SharedFolderBanner::locate()
{
    if (!m_workspace)
        return;
    const QString start = m_workspace->missingRootDir.isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(m_workspace->missingRootDir).path();
    m_dialogs.chooseFolder(this, tr("Locate the Shared Folder"), start, [this](const QString& folder) {
        if (!m_workspace)
            return;
        m_locate->setEnabled(false);
        runInBackground(
            this,
            [workspace = m_workspace, folder] { return services::rememberSharedFolder(*workspace, folder); },
            [this](Result<services::SharedFolderVerdict> verdict) {
                m_locate->setEnabled(true);
                if (!verdict) {
                    m_dialogs.showError(this, tr("Not a shared folder for this workspace"),
                                        verdict.error().message);
                    return;
                }
                emit located(verdict->folder);
            });
    });
}

} // namespace ts::gui
