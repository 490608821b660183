// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ts::gui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Teamspace"));

    auto* logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/teamspace.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(
        tr("<h3>Teamspace %1</h3>"
           "<p>A shared workspace for small machine-learning teams: a fixed folder layout, raw data nobody "
           "can "
           "damage, one owner and one runner per notebook, storage everyone can see, and notebooks synced "
           "through git without lost edits.</p>"
           "<p>Everything here is also a command of <tt>teamspace-cli</tt>.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>"
           "<p>Copyright 2026 The Teamspace authors. Licensed under the Apache License, Version 2.0 "
           "(<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">"
           "https://www.apache.org/licenses/LICENSE-2.0</a>); distributed on an \"AS IS\" BASIS, WITHOUT "
           "WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.</p>"
           "<p>It uses Qt (LGPL-3.0), QtKeychain (BSD-3-Clause), libgit2 (GPL-2.0 with a linking exception), "
           "SQLite (public domain) and xxHash (BSD-2-Clause); Help ▸ About Qt says more about Qt.</p>")
            .arg(QStringLiteral(TEAMSPACE_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
    text->setObjectName(QStringLiteral("about.text"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setMinimumWidth(380);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("about.buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(logo);
    row->addSpacing(12);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace ts::gui
