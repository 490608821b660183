// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

// The .qm files are compiled into the static teamspace_core library, where the linker would drop their
// unreferenced initialiser; referencing it here keeps it.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(teamspace_translations);
}

namespace ts {

namespace {

// Loads `name` for `locale` from `folder` and installs it; the file loaded, or empty.
QString install(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder,
                const QString& unless = {})
{
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder) && translator->filePath() != unless &&
        QCoreApplication::installTranslator(translator))
        return translator->filePath();
    delete translator;
    return {};
}

} // namespace

InstalledTranslations installTranslators(QCoreApplication& app, const QLocale& locale)
{
    initTranslationResources();
    const QString folder = QStringLiteral(":/i18n");
    InstalledTranslations installed;
    // Installed first, so searched last: any other language's translation wins over it.
    installed.english = install(app, QLocale(QLocale::English), QStringLiteral("teamspace"), folder);
    installed.app = install(app, locale, QStringLiteral("teamspace"), folder, installed.english);
    installed.qt =
        install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installed;
}

} // namespace ts
