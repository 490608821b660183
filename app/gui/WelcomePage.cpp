#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ts::gui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("No workspace open"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);

    auto* hint =
        new QLabel(tr("Create your team's workspace (File ▸ New Workspace…), or open the folder of a "
                      "notebook repository that holds <tt>teamspace.json</tt> (File ▸ Open "
                      "Workspace…, Ctrl+O)."));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::RichText);

    auto* create = new QPushButton(tr("New Workspace…"));
    create->setObjectName(QStringLiteral("welcome.new"));
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    auto* open = new QPushButton(tr("Open Workspace…"));
    open->setObjectName(QStringLiteral("welcome.open"));
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(hint);
    column->addSpacing(12);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch();
    column->addLayout(buttons);
    column->addSpacing(12);
    m_recentList = new QVBoxLayout;
    column->addLayout(m_recentList);
    column->addStretch();

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(40, 40, 40, 40);
    outer->addLayout(column, 3);
    outer->addStretch(1);
}

void WelcomePage::setRecentWorkspaces(const QStringList& folders)
{
    while (QLayoutItem* item = m_recentList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (folders.isEmpty())
        return;
    m_recentList->addWidget(new QLabel(tr("Recent workspaces:")));
    for (int i = 0; i < folders.size(); ++i) {
        const QString folder = folders[i];
        auto* link = new QCommandLinkButton(QDir(folder).dirName(), QDir::toNativeSeparators(folder));
        link->setObjectName(QStringLiteral("welcome.recent.%1").arg(i));
        connect(link, &QCommandLinkButton::clicked, this, [this, folder] { emit recentChosen(folder); });
        m_recentList->addWidget(link);
    }
}

} // namespace ts::gui
