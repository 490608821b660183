// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Storage panel's scan: the Scan button (changes since the last scan; a full rescan from its menu or
// with Shift+click), Cancel, and the progress (entries, bytes, rate, the folder being listed). The scan is
// services::scan on a worker with a co-owned cancel token; Cancel returns within a fraction of a second and
// leaves the previous index as it was.
//
// Scan stays enabled while the panel is read-only: it writes only this machine's index, never the shared
// folder or teamspace.json (a shared folder that looks unmounted is refused by the scan itself).
#pragma once

#include "panels/Panel.h"
#include "util/Cancellation.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace ts::gui {

class ProgressRelay;

class ScanControls : public QWidget
{
    Q_OBJECT
public:
    explicit ScanControls(QWidget* parent = nullptr);

    void setWorkspace(WorkspacePtr workspace);
    bool isScanning() const { return m_cancel != nullptr; }
    // Whether an index exists: a full scan without one is a first scan ("Scanning…"), not a rescan.
    void setHasIndex(bool hasIndex) { m_hasIndex = hasIndex; }
    // What a scan is called while it runs: "Rescanning everything…" for a full rescan, else "Scanning…".
    QString heading(bool full) const;
    QToolButton* scanButton() const { return m_scan; }

    void startScan(bool full);
    // Asks the running scan to stop; scanFinished follows once it has (well within 200 ms).
    void cancel();

signals:
    void scanStarted(bool full);
    // The latest figures, as one line for the status bar.
    void progressed(const QString& text);
    // The latest figures alone (entries · bytes · rate · folder), for the empty state.
    void figuresChanged(const QString& text);
    void cancelling();
    // The scan ended: `ok` false when it failed or was cancelled (the previous index is unchanged);
    // `message` says what happened.
    void scanFinished(bool ok, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showProgress(const ts::Progress& progress);
    void updateState();
    QString folderText(const QString& absolute) const;

    WorkspacePtr m_workspace;
    std::shared_ptr<CancelToken> m_cancel;
    bool m_cancelling = false;
    bool m_hasIndex = false;
    Qt::KeyboardModifiers m_clickModifiers;
    QElapsedTimer m_clock;
    ProgressRelay* m_relay = nullptr;
    QToolButton* m_scan = nullptr;
    QPushButton* m_stop = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_progress = nullptr;
};

} // namespace ts::gui
