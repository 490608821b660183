// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "ProblemBanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ts::gui {

ProblemBanner::ProblemBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::NoFrame);

    m_icon = new QLabel;
    m_icon->setObjectName(QStringLiteral("banner.icon"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);

    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("banner.text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reload = new QPushButton(tr("Reload"));
    m_reload->setObjectName(QStringLiteral("banner.reload"));
    m_reload->setToolTip(
        tr("Read the workspace again (F5). It is also re-read as soon as the file changes."));
    connect(m_reload, &QPushButton::clicked, this, &ProblemBanner::reloadRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reload, 0, Qt::AlignVCenter);
    updateColours();
    hide();
}

void ProblemBanner::setProblem(const QString& message)
{
    m_problem = message;
    m_text->setText(
        tr("<b>Read-only: the workspace could not be reloaded.</b> %1").arg(message.toHtmlEscaped()));
    setVisible(!message.isEmpty());
}

void ProblemBanner::updateColours()
{
    // An amber strip that reads as a warning on light and dark themes: pale with dark text on a light
    // window, deep with light text on a dark one. The theme is the application's (the banner's own palette is
    // the style sheet's, and a parent's may not be updated yet when the theme changes); the Reload button
    // keeps the theme's look.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QString background = dark ? QStringLiteral("#4d3b00") : QStringLiteral("#fff1c2");
    const QString border = dark ? QStringLiteral("#8a6a00") : QStringLiteral("#e3b32b");
    const QString text = dark ? QStringLiteral("#ffe9a8") : QStringLiteral("#3d2e00");
    const QString sheet = QStringLiteral("#banner { background: %1; border-bottom: 1px solid %2; }"
                                         " #banner QLabel { color: %3; background: transparent; }")
                              .arg(background, border, text);
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace ts::gui
