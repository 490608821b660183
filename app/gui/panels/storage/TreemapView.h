// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Storage panel's treemap: one folder of the index as squarified, cushion-shaded tiles coloured by member
// or by kind, with the zoom path above (storage.breadcrumb) and the legend and a status line below. Layout
// and painting run off the GUI thread (a fresh IndexBrowser per job); a newer layout cancels the one in
// flight, and while it runs the previous picture is shown stretched, so resizing never blocks.
#pragma once

#include "index/IndexBrowser.h"
#include "models/TreemapLayout.h"
#include "panels/storage/TreemapBreadcrumb.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;

namespace ts::gui {

class TreemapCanvas;
class TreemapLegend;
struct TreemapStyle;
struct TreemapJobResult;

class TreemapView : public QWidget
{
    Q_OBJECT
public:
    enum class Colouring { ByMember, ByKind };

    explicit TreemapView(QWidget* parent = nullptr);
    ~TreemapView() override;

    // The index to show (empty: nothing); the root goes back to the whole workspace. The same path again
    // (after a scan) redraws the folder shown, found again by its path.
    void setDatabase(const QString& databasePath);
    QString database() const { return m_database; }
    // 0: every top (the shared folder and the repository side by side).
    void setRoot(qint64 folderId);
    qint64 root() const { return m_root; }
    void setSelectedEntry(qint64 id);
    qint64 selectedEntry() const { return m_selected; }
    void setColouring(Colouring colouring);
    Colouring colouring() const { return m_colouring; }
    void setFilter(const index::EntryFilter& filter);
    index::EntryFilter filter() const { return m_filter; }
    // Members in manifest order: each keeps its colour across layouts and filters.
    void setMemberIds(const QStringList& ids);
    // Cushion-shaded tiles (the default: the nesting shows on big trees) or flat ones.
    void setCushions(bool cushions);
    bool cushions() const { return m_cushions; }
    // Shows the folder holding the current root (Backspace, Alt+Up, the breadcrumb's Up).
    void zoomOut();

    // For the panel and tests.
    bool isLayoutPending() const { return m_pending; }
    const QList<TreemapTile>& tiles() const;
    // Where an entry's tile is, in the canvas's coordinates; empty when it is not drawn on its own.
    QRectF tileRectOf(qint64 id) const;
    TreemapCanvas* canvas() const { return m_canvas; }
    TreemapBreadcrumb* breadcrumb() const { return m_breadcrumb; }
    TreemapLegend* legend() const { return m_legend; }
    QString statusText() const;

Q_SIGNALS:
    void entrySelected(qint64 id);
    void entryActivated(qint64 id);
    void rootChanged(qint64 folderId);
    // A layout, or a repaint after a colouring or palette change, is on screen.
    void layoutFinished();
    void contextMenuRequested(qint64 id, QPoint globalPos);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void scheduleLayout(int delayMs);
    void startJob(bool relayout);
    void finishJob(TreemapJobResult result);
    TreemapStyle style() const;
    void updateLegend();
    void applySelection();
    void selectTile(qsizetype tile);
    void zoomTo(qint64 folderId);
    void moveSelection(Qt::Key direction);
    void activateSelection();
    void showHover(qsizetype tile);
    QString describe(qsizetype tile) const;
    // The status line: the whole text in its tooltip, elided to the width (the path in the middle).
    void setStatus(const QString& text);
    void elideStatus();
    // What the status line says with nothing selected on screen: the folder shown, or nothing.
    QString describeRoot() const;
    qsizetype indexOf(qint64 id) const { return m_byId.value(id, -1); }

    TreemapBreadcrumb* m_breadcrumb = nullptr;
    TreemapCanvas* m_canvas = nullptr;
    TreemapLegend* m_legend = nullptr;
    QLabel* m_status = nullptr;
    QString m_statusText; // unelided
    QTimer m_delay;

    QString m_database;
    qint64 m_root = 0;
    qint64 m_selected = 0;
    Colouring m_colouring = Colouring::ByMember;
    index::EntryFilter m_filter;
    QStringList m_memberIds;

    QHash<qint64, qsizetype> m_byId; // entry → tile in the canvas
    QList<TreemapCrumb> m_crumbs;
    QString m_rootPath; // the root's display path ("" for every top)
    std::shared_ptr<CancelToken> m_cancel;
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_relayoutPending = false;
    bool m_cushions = true;
    bool m_refreshRoot = false; // the next layout finds the root again by m_rootPath
};

} // namespace ts::gui
