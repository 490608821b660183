// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Activity area: who did what, when? (issue 17; docs/gui.md, "Activity"). The activity log of this
// computer's local database as a table (ActivityModel: when, who, what, path, details; newest first,
// sortable), filtered by member, kind, time and a search (Ctrl+F), with a summary line, live while shown (the
// log is polled off the GUI thread), and Export CSV of the rows shown.
//
// Loading: the newest kFirstPage entries first (the table answers at once), then the rest in one background
// read; a poll every second while the panel is visible reads the entries above the highest id seen.
#pragma once

#include "panels/Panel.h"
#include "services/Call.h"

#include <QElapsedTimer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ts {
class ActivityModel;
}

namespace ts::gui {

class ActivityPanel final : public Panel
{
    Q_OBJECT
public:
    explicit ActivityPanel(const PanelContext& context, QWidget* parent = nullptr);
    ~ActivityPanel() override;

    static constexpr int kFirstPage = 500;

    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(WorkspacePtr workspace) override;
    void refresh() override;

    // For tests and screenshots.
    ActivityModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool isLoading() const { return m_loading; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    // Reads new entries now (as the timer does); nothing when a read is under way.
    void pollNow();
    // Asks where to save, then writes the rows shown as CSV (also the Export button and Ctrl+E).
    void exportCsv();

signals:
    void firstRowsShown(qint64 ms); // the first page is in the table, `ms` after the load started
    void loaded();                  // the whole log is in (or reading it failed: the summary says why)
    void polled();                  // a poll finished (new entries, if any, are in)
    void exported(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void startLoad();
    void readRest(int generation, qint64 beforeId);
    void rebuildChoices();
    void applyFilter();
    void updateSummary();
    void showReadError(const QString& message);

    Dialogs& m_dialogs;
    WorkspacePtr m_workspace;
    QString m_databasePath; // of the log shown; another one (another workspace) reloads everything
    ActivityModel* m_model = nullptr;
    services::Call m_call; // the load or poll under way; cancelled by the next load
    int m_generation = 0;
    bool m_loading = false;
    bool m_polling = false;
    qint64 m_highestRead = 0; // every row up to this id has been read (readable or not)
    QString m_readError;
    QElapsedTimer m_loadTimer;
    QTimer m_poll;
    int m_pollsSinceRedraw = 0;

    QLineEdit* m_search = nullptr;
    QComboBox* m_member = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_time = nullptr;
    QPushButton* m_export = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace ts::gui
