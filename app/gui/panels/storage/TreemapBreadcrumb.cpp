// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/TreemapBreadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ts::gui {

TreemapBreadcrumb::TreemapBreadcrumb(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("storage.breadcrumb"));
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(0);
    m_up = new QToolButton(this);
    m_up->setObjectName(QStringLiteral("storage.breadcrumb.up"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_up->setAutoRaise(true);
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Show the folder that holds this one (Backspace, Alt+Up)"));
    m_up->setEnabled(false);
    m_row->addWidget(m_up);
    m_row->addStretch(1);
    connect(m_up, &QToolButton::clicked, this, [this] {
        if (m_path.size() >= 2)
            Q_EMIT folderRequested(m_path[m_path.size() - 2].id);
    });
}

void TreemapBreadcrumb::setPath(const QList<TreemapCrumb>& path)
{
    m_path = path;
    for (QWidget* w : std::as_const(m_items)) {
        m_row->removeWidget(w);
        w->deleteLater();
    }
    m_items.clear();
    m_up->setEnabled(path.size() >= 2);
    int at = 1; // after Up
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (i > 0) {
            auto* sep = new QLabel(QStringLiteral("›"), this);
            sep->setAccessibleName(tr("inside"));
            m_row->insertWidget(at++, sep);
            sep->show();
            m_items.append(sep);
        }
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("storage.breadcrumb.%1").arg(i));
        button->setAutoRaise(true);
        button->setText(path[i].name);
        button->setToolTip(i + 1 == path.size() ? tr("The folder shown") : tr("Show %1").arg(path[i].name));
        const bool current = i + 1 == path.size();
        if (current) {
            QFont f = button->font();
            f.setBold(true);
            button->setFont(f);
        }
        const qint64 id = path[i].id;
        connect(button, &QToolButton::clicked, this, [this, id, current] {
            if (!current)
                Q_EMIT folderRequested(id);
        });
        m_row->insertWidget(at++, button);
        button->show();
        m_items.append(button);
    }
}

} // namespace ts::gui
