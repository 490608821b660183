// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/EntryActions.h"

#include "index/PathText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenu>

namespace ts::gui {

EntryActions::EntryActions(QObject* parent)
    : QObject(parent), m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
}

QString EntryActions::absolutePath(const QString& displayPath) const
{
    if (!m_workspace || displayPath.isEmpty())
        return {};
    const auto [top, relative] = index::entryPathFromDisplay(displayPath);
    const QString base = top == index::Top::Repository ? m_workspace->repoDir : m_workspace->rootDir;
    if (base.isEmpty())
        return {}; // no shared folder set on this machine: never resolved against another folder
    if (relative.isEmpty() || relative == ".")
        return QDir::cleanPath(base);
    return QDir::cleanPath(base + QLatin1Char('/') + QFile::decodeName(relative));
}

bool EntryActions::isFolder(const QString& absolutePath) const
{
    const QFileInfo info(absolutePath);
    return info.isDir() && !info.isSymLink();
}

bool EntryActions::open(const QString& displayPath) const
{
    const QString path = absolutePath(displayPath);
    if (path.isEmpty())
        return false;
    if (!isFolder(path))
        return openContainingFolder(displayPath);
    const QUrl url = QUrl::fromLocalFile(path);
    emit opened(url);
    return m_opener(url);
}

bool EntryActions::openContainingFolder(const QString& displayPath) const
{
    const QString path = absolutePath(displayPath);
    if (path.isEmpty())
        return false;
    const QUrl url = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
    emit opened(url);
    return m_opener(url);
}

void EntryActions::copyPath(const QString& displayPath) const
{
    const QString path = absolutePath(displayPath);
    if (path.isEmpty())
        return;
    QApplication::clipboard()->setText(path);
    emit copied(path);
}

QMenu* EntryActions::menuFor(const QString& displayPath, QWidget* parent) const
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("storage.entryMenu"));
    const QString path = absolutePath(displayPath);
    if (isFolder(path)) {
        QAction* openFolder =
            menu->addAction(tr("&Open Folder"), this, [this, displayPath] { open(displayPath); });
        openFolder->setShortcut(Qt::Key_Return);
    }
    QAction* containing = menu->addAction(tr("Open &Containing Folder"), this,
                                          [this, displayPath] { openContainingFolder(displayPath); });
    if (!isFolder(path))
        containing->setShortcut(Qt::Key_Return);
    menu->addSeparator();
    QAction* copy = menu->addAction(tr("&Copy Path"), this, [this, displayPath] { copyPath(displayPath); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setToolTip(path);
    for (QAction* action : menu->actions())
        action->setEnabled(!path.isEmpty());
    return menu;
}

void EntryActions::showMenu(const QString& displayPath, const QPoint& globalPos, QWidget* parent) const
{
    if (displayPath.isEmpty())
        return;
    QMenu* menu = menuFor(displayPath, parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void EntryActions::attach(QAbstractItemView* view, int pathRole)
{
    m_views.insert(view, pathRole);
    view->installEventFilter(this);
    connect(view, &QObject::destroyed, this, [this, view] { m_views.remove(view); });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, pathRole](const QPoint& pos) {
        QModelIndex index = view->indexAt(pos);
        QPoint at = pos;
        if (!index.isValid()) { // the menu key: the current row
            index = view->currentIndex();
            at = view->visualRect(index).center();
        }
        showMenu(index.data(pathRole).toString(), view->viewport()->mapToGlobal(at), view);
    });
}

bool EntryActions::eventFilter(QObject* watched, QEvent* event)
{
    // Item views take Ctrl+C (copying the cell's text) and Return for themselves, ahead of any shortcut:
    // the keys are caught here, before the view sees them.
    const auto found = m_views.constFind(watched);
    if (found == m_views.cend() ||
        (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Menu && key->modifiers() == Qt::NoModifier &&
        event->type() == QEvent::KeyPress) {
        // The menu key: the current row's menu (eaten here, so no second menu comes from the platform).
        auto* view = static_cast<QAbstractItemView*>(watched);
        emit view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
        return true;
    }
    const bool copy = key->matches(QKeySequence::Copy);
    const bool open =
        key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
    if (!copy && !open)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // deliver it as a key press, not to a window shortcut
        return true;
    }
    const QString path =
        static_cast<QAbstractItemView*>(watched)->currentIndex().data(found.value()).toString();
    if (copy)
        copyPath(path);
    else
        this->open(path);
    return true;
}

} // namespace ts::gui
