#include "panels/storage/StorageEmptyState.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ts::gui {

StorageEmptyState::StorageEmptyState(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("storage.empty"));
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/storage.svg")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignHCenter);
    auto* title = new QLabel(tr("<h2>No scan of this workspace yet</h2>"));
    title->setAlignment(Qt::AlignHCenter);
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("storage.empty.detail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignHCenter);
    m_detail->hide();
    m_scan = new QPushButton(tr("&Scan Now"));
    m_scan->setObjectName(QStringLiteral("storage.empty.scan"));
    m_scan->setDefault(true);
    connect(m_scan, &QPushButton::clicked, this, &StorageEmptyState::scanRequested);

    // One fixed-width column, centred: wrapped labels get their full height only without an alignment of
    // their own in the layout.
    auto* column = new QWidget;
    column->setFixedWidth(560);
    auto* inner = new QVBoxLayout(column);
    inner->addWidget(icon);
    inner->addWidget(title);
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
}

void StorageEmptyState::setDetail(const QString& text)
{
    m_detail->setText(text);
    m_detail->setVisible(!text.isEmpty());
}

} // namespace ts::gui
