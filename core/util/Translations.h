// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Teamspace's translations, for the GUI and the CLI alike: its own messages (teamspace_<language>.qm, under
// :/i18n, core's user-facing messages included) and Qt's own (qtbase_<language>.qm from
// Qt's translations folder), for the locale asked. English is always installed underneath: its .qm carries the
// English plural forms ("1 file", "2 files") of every tr("%n file(s)", nullptr, n), and a language without a
// translation of its own falls back to it. The .qm files are compiled into teamspace_core (core/util/CMakeLists.txt).
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace ts {

// The .qm files that were installed; empty where none was found (no qtbase translation for English).
struct InstalledTranslations
{
    QString english; // always :/i18n/teamspace_en.qm
    QString app;     // the locale's own translation of Teamspace, if any besides English
    QString qt;      // Qt's translation of its own texts (dialog buttons, About Qt), if installed
};

InstalledTranslations installTranslators(QCoreApplication& app, const QLocale& locale = QLocale::system());

} // namespace ts
