// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The actions every entry of the Storage panel offers, wherever it is shown (size tree, treemap, the side
// lists): open it in the file manager, copy its path. Entries are named by display path ("data/raw/a.csv",
// "repo:notebooks/x.ipynb", "."), resolved against the workspace's shared folder and repository. Nothing here
// changes the disk.
#pragma once

#include "panels/Panel.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QAbstractItemView;
class QMenu;

namespace ts::gui {

class EntryActions : public QObject
{
    Q_OBJECT
public:
    // Opens a URL for the user (QDesktopServices::openUrl); tests replace it to see what would open.
    using UrlOpener = std::function<bool(const QUrl&)>;

    explicit EntryActions(QObject* parent = nullptr);

    void setWorkspace(WorkspacePtr workspace) { m_workspace = std::move(workspace); }
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // The entry's path on this machine; empty without a workspace.
    QString absolutePath(const QString& displayPath) const;
    // A folder opens itself, anything else the folder that holds it.
    bool open(const QString& displayPath) const;
    bool openContainingFolder(const QString& displayPath) const;
    void copyPath(const QString& displayPath) const;

    // The context menu for one entry (Open Folder / Open Containing Folder, Copy Path), owned by `parent`.
    QMenu* menuFor(const QString& displayPath, QWidget* parent) const;
    void showMenu(const QString& displayPath, const QPoint& globalPos, QWidget* parent) const;

    // Gives a view the menu (right click, the menu key) and the keys: Ctrl+C copies the current row's path,
    // Return opens it. `pathRole` is the model's role holding the display path.
    void attach(QAbstractItemView* view, int pathRole);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // After the path was put on the clipboard (the panel says so in the status bar).
    void copied(const QString& absolutePath) const;
    void opened(const QUrl& url) const;

private:
    bool isFolder(const QString& absolutePath) const;

    WorkspacePtr m_workspace;
    UrlOpener m_opener;
    QHash<QObject*, int> m_views; // attached view → its display-path role
};

} // namespace ts::gui
