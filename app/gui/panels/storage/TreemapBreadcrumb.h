// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The treemap's zoom path: one button per folder from the top down to the one shown, and an Up button. A
// click on a folder (or Up) asks the view to show that folder.
#pragma once

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace ts::gui {

struct TreemapCrumb
{
    qint64 id = 0; // 0: every top
    QString name;
};

class TreemapBreadcrumb : public QWidget
{
    Q_OBJECT
public:
    explicit TreemapBreadcrumb(QWidget* parent = nullptr);

    // From the outermost (id 0, the whole workspace) to the folder shown.
    void setPath(const QList<TreemapCrumb>& path);
    const QList<TreemapCrumb>& path() const { return m_path; }

Q_SIGNALS:
    void folderRequested(qint64 id);

private:
    QHBoxLayout* m_row = nullptr;
    QToolButton* m_up = nullptr;
    QList<QWidget*> m_items;
    QList<TreemapCrumb> m_path;
};

} // namespace ts::gui
