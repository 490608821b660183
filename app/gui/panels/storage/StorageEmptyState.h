// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What the Storage panel shows before this computer has scanned the workspace: what a scan does, how long it
// may take, and a button to start it. While the first scan runs it says so, with the scan's progress and
// Cancel, and Scan Now is disabled.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ts::gui {

class StorageEmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit StorageEmptyState(QWidget* parent = nullptr);

    // A line under the explanation (why there is no index, a scan's error); empty hides it.
    void setDetail(const QString& text);
    QPushButton* scanButton() const { return m_scan; }
    QPushButton* cancelButton() const { return m_cancel; }

    // A scan started: `heading` ("Scanning…") replaces the title, the progress reads "Starting…" until the
    // first figures arrive, Cancel shows and Scan Now is disabled.
    void setScanning(const QString& heading);
    // The scan's latest figures (entries, bytes, rate, folder), as one line.
    void setProgress(const QString& text);
    // Cancel was pressed: the scan stops shortly.
    void setCancelling();
    // The scan ended: back to the explanation and Scan Now.
    void setIdle();
    bool isScanning() const;

signals:
    void scanRequested();
    void cancelRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_detail = nullptr;
    QWidget* m_running = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace ts::gui
