// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/StorageEmptyState.h"
#include "ThemedIcons.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ts::gui {

StorageEmptyState::StorageEmptyState(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("storage.empty"));
    auto* icon = new QLabel;
    icon->setPixmap(themedIcon(QStringLiteral(":/icons/storage.svg")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignHCenter);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("storage.empty.title"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("storage.empty.detail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignHCenter);
    m_detail->hide();
    m_scan = new QPushButton(tr("&Scan Now"));
    m_scan->setObjectName(QStringLiteral("storage.empty.scan"));
    m_scan->setDefault(true);
    connect(m_scan, &QPushButton::clicked, this, &StorageEmptyState::scanRequested);

    // The running scan: a busy bar, the figures and Cancel, under the title.
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(240);
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("storage.empty.progress"));
    m_progress->setAlignment(Qt::AlignHCenter);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("storage.empty.cancel"));
    m_cancel->setToolTip(tr("Stop the scan; nothing is kept from it."));
    connect(m_cancel, &QPushButton::clicked, this, &StorageEmptyState::cancelRequested);
    m_running = new QWidget;
    auto* running = new QVBoxLayout(m_running);
    running->setContentsMargins(0, 0, 0, 0);
    running->addWidget(m_busy, 0, Qt::AlignHCenter);
    running->addWidget(m_progress);
    running->addWidget(m_cancel, 0, Qt::AlignHCenter);

    // One fixed-width column, centred: wrapped labels get their full height only without an alignment of
    // their own in the layout.
    auto* column = new QWidget;
    column->setFixedWidth(560);
    auto* inner = new QVBoxLayout(column);
    inner->addWidget(icon);
    inner->addWidget(m_title);
    inner->addWidget(m_running);
    for (const QString& paragraph :
         {tr("A scan reads the shared folder and the notebook repository once and keeps what it found in an "
             "index on this computer. The Storage panel then shows where the space went, whose it is against "
             "each member's quota, what grew and what will cause trouble on the drive, without reading the "
             "drive again."),
          tr("The scan only reads: nothing in the shared folder is changed. A large shared folder may take a "
             "few minutes; you can keep working and cancel at any time.")}) {
        auto* text = new QLabel(paragraph);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignHCenter);
        inner->addWidget(text);
    }
    inner->addWidget(m_detail);
    inner->addSpacing(12);
    inner->addWidget(m_scan, 0, Qt::AlignHCenter);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setIdle();
}

void StorageEmptyState::setScanning(const QString& heading)
{
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped()));
    m_progress->setText(tr("Starting…"));
    m_progress->setToolTip({});
    m_running->show();
    m_cancel->setEnabled(true);
    m_scan->setEnabled(false);
    m_detail->hide();
}

void StorageEmptyState::setProgress(const QString& text)
{
    if (!isScanning())
        return;
    m_progress->setText(text);
    m_progress->setToolTip(text);
}

void StorageEmptyState::setCancelling()
{
    if (!isScanning())
        return;
    m_progress->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void StorageEmptyState::setIdle()
{
    m_title->setText(tr("<h2>No scan of this workspace yet</h2>"));
    m_running->hide();
    m_scan->setEnabled(true);
}

bool StorageEmptyState::isScanning() const
{
    return !m_running->isHidden();
}

void StorageEmptyState::setDetail(const QString& text)
{
    m_detail->setText(text);
    m_detail->setVisible(!text.isEmpty());
}

} // namespace ts::gui
