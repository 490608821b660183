// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/ScanControls.h"

#include "Background.h"
#include "ProgressRelay.h"
#include "services/ScanService.h"

#include <QDir>
#include <QHBoxLayout>
#include <QInputEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace ts::gui {

ScanControls::ScanControls(QWidget* parent) : QWidget(parent)
{
    m_relay = new ProgressRelay(this);
    connect(m_relay, &ProgressRelay::progressed, this, &ScanControls::showProgress);

    m_scan = new QToolButton;
    m_scan->setObjectName(QStringLiteral("storage.scan"));
    m_scan->setText(tr("&Scan"));
    m_scan->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scan->setPopupMode(QToolButton::MenuButtonPopup);
    m_scan->setToolTip(tr("Scan the changes since the last scan (Shift+click: rescan everything). Only this "
                          "computer's index is written; the shared folder is only read."));
    auto* menu = new QMenu(m_scan);
    menu->addAction(tr("Scan &Changes"), this, [this] { startScan(false); });
    menu->addAction(tr("&Full Rescan"), this, [this] { startScan(true); })
        ->setToolTip(tr("Read every folder again instead of only the changed ones."));
    m_scan->setMenu(menu);
    m_scan->installEventFilter(this);
    connect(m_scan, &QToolButton::clicked, this, [this] { startScan(m_clickModifiers & Qt::ShiftModifier); });

    m_stop = new QPushButton(tr("Cancel"));
    m_stop->setObjectName(QStringLiteral("storage.cancel"));
    m_stop->setToolTip(tr("Stop the scan; the previous index stays as it was."));
    connect(m_stop, &QPushButton::clicked, this, &ScanControls::cancel);

    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("storage.progressBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setTextVisible(false);
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("storage.progress"));
    m_progress->setMinimumWidth(80);
    m_progress->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scan);
    layout->addWidget(m_stop);
    layout->addWidget(m_busy);
    layout->addWidget(m_progress, 1);
    layout->addStretch(0);
    updateState();
}

bool ScanControls::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scan &&
        (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::KeyRelease ||
         event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress))
        m_clickModifiers = static_cast<QInputEvent*>(event)->modifiers();
    return QWidget::eventFilter(watched, event);
}

void ScanControls::setWorkspace(WorkspacePtr workspace)
{
    if (m_workspace && workspace && m_workspace->databasePath == workspace->databasePath &&
        m_workspace->rootDir == workspace->rootDir) {
        m_workspace = std::move(workspace); // a reload of the same workspace: a running scan goes on
        return;
    }
    if (isScanning())
        cancel();
    m_workspace = std::move(workspace);
    updateState();
}

void ScanControls::startScan(bool full)
{
    if (!m_workspace || isScanning() || !m_workspace->hasSharedFolder())
        return;
    services::Call call;
    m_cancel = call.cancel;
    call.progress = m_relay->callback();
    m_cancelling = false;
    m_clock.start();
    services::ScanSettings settings;
    settings.full = full;
    m_progress->setText(tr("%1 Starting…").arg(heading(full)));
    updateState();
    emit scanStarted(full);
    emit progressed(m_progress->text());
    runInBackground(
        this, std::move(call),
        [workspace = m_workspace, settings](const services::Call& job) {
            return services::scan(*workspace, settings, job);
        },
        [this](Result<index::ScanReport> report) {
            m_relay->flush();
            m_cancel.reset();
            m_cancelling = false;
            QString message;
            if (report) {
                message = tr("Scanned %L1 files and %L2 folders (%3) in %4 s.")
                              .arg(report->files)
                              .arg(report->dirs)
                              .arg(QLocale().formattedDataSize(report->bytes))
                              .arg(QLocale().toString(report->seconds, 'f', 1));
                if (!report->errors.isEmpty())
                    message += QLatin1Char(' ') +
                               tr("%Ln entry(ies) could not be read.", nullptr, int(report->errors.size()));
            } else if (report.error().kind == ErrorKind::Cancelled) {
                message = tr("Scan cancelled after %1 s; the previous index is unchanged.")
                              .arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1));
            } else {
                message = report.error().message;
            }
            m_progress->setText(message);
            updateState();
            emit scanFinished(bool(report), message);
        });
}

QString ScanControls::heading(bool full) const
{
    return full && m_hasIndex ? tr("Rescanning everything…") : tr("Scanning…");
}

void ScanControls::cancel()
{
    if (!m_cancel || m_cancelling)
        return;
    m_cancel->cancel();
    m_cancelling = true;
    m_progress->setText(tr("Cancelling…"));
    updateState();
    emit cancelling();
}

QString ScanControls::folderText(const QString& absolute) const
{
    if (!m_workspace || absolute.isEmpty() || !m_workspace->hasSharedFolder())
        return absolute;
    const QString relative = QDir(m_workspace->rootDir).relativeFilePath(absolute);
    return relative.startsWith(QLatin1String("..")) ? absolute : relative;
}

void ScanControls::showProgress(const ts::Progress& progress)
{
    if (!isScanning() || m_cancelling)
        return;
    const double seconds = std::max(0.001, m_clock.elapsed() / 1000.0);
    const QString text = tr("%L1 entries · %2 · %L3 entries/s · %4")
                             .arg(progress.done)
                             .arg(QLocale().formattedDataSize(progress.bytes))
                             .arg(qint64(progress.done / seconds))
                             .arg(folderText(progress.current));
    m_progress->setText(text);
    m_progress->setToolTip(progress.current);
    emit figuresChanged(text);
    emit progressed(tr("Scanning: %1").arg(text));
}

void ScanControls::updateState()
{
    const bool noSharedFolder = m_workspace && !m_workspace->hasSharedFolder();
    m_scan->setEnabled(m_workspace && !isScanning() && !noSharedFolder);
    if (noSharedFolder)
        m_scan->setToolTip(tr("No shared folder is set on this machine: set it in Preferences first"));
    else
        m_scan->setToolTip({});
    m_stop->setVisible(isScanning());
    m_stop->setEnabled(isScanning() && !m_cancelling);
    m_busy->setVisible(isScanning());
    m_progress->setVisible(isScanning() || !m_progress->text().isEmpty());
}

} // namespace ts::gui
