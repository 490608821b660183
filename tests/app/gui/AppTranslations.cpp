// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Every GUI test program runs with the translations main() installs (Translations.h): the English .qm gives
// tr("%n file(s)", nullptr, n) its forms ("1 file", "2 files"). English, not the developer's locale, so that
// the texts tests compare are the same on every machine.
#include "util/Translations.h"

#include <QCoreApplication>

static void installAppTranslations()
{
    ts::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
}
Q_COREAPP_STARTUP_FUNCTION(installAppTranslations)
