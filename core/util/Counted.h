// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// "1 file", "2 files": a count and its English noun, for texts that stay English wherever they are read (the
// activity log others read, the CLI's error messages). Texts shown in the GUI's language use tr("%n …", nullptr,
// n) instead, whose English forms are in resources/translations/teamspace_en.ts (util/Translations.h).
#pragma once

#include <QString>

namespace ts {

inline QString counted(qint64 n, const char* singular, const char* plural)
{
    return QString::number(n) + u' ' + QLatin1String(n == 1 ? singular : plural);
}

} // namespace ts
