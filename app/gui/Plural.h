// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// English singular/plural without a translation file: Qt's tr(…, n) only chooses a form when a .qm provides
// it, and shows "member(s)" otherwise. Both forms go through tr() at the call site, so translators still see
// them.
#pragma once

#include <QString>

namespace ts::gui {

// `one` or `many` by n, with "%n" replaced by n; other placeholders (%1…) are left for .arg().
inline QString counted(qsizetype n, QString one, QString many)
{
    return (n == 1 ? one : many).replace(QStringLiteral("%n"), QString::number(n));
}

} // namespace ts::gui
