// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
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
        new QLabel(tr("Create your team's workspace (File ▸ New Workspace…), join the workspace a lead "
                      "shared with you (File ▸ Join Workspace…), or open the folder of a notebook "
                      "repository that holds <tt>teamspace.json</tt> (File ▸ Open Workspace…, Ctrl+O)."));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::RichText);

    auto* create = new QPushButton(tr("New Workspace…"));
    create->setObjectName(QStringLiteral("welcome.new"));
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    auto* open = new QPushButton(tr("Open Workspace…"));
    open->setObjectName(QStringLiteral("welcome.open"));
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto* join = new QPushButton(tr("Join a Team's Workspace…"));
    join->setObjectName(QStringLiteral("welcome.join"));
    join->setToolTip(tr("Copy a team's notebook repository to this computer and say who you are in it"));
    connect(join, &QPushButton::clicked, this, &WelcomePage::joinRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(join);
    buttons->addStretch(1);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(hint);
    column->addSpacing(12);
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

void WelcomePage::setRecentWorkspaces(const QStringList& folders, const QStringList& teamNames)
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
        const QString title = teamNames.value(i).isEmpty() ? QDir(folder).dirName() : teamNames.value(i);
        auto* link = new QCommandLinkButton(title, QDir::toNativeSeparators(folder));
        link->setObjectName(QStringLiteral("welcome.recent.%1").arg(i));
        connect(link, &QCommandLinkButton::clicked, this, [this, folder] { emit recentChosen(folder); });
        m_recentList->addWidget(link);
    }
}

} // namespace ts::gui
