// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Errors from core/ are written for both front ends and often name what the command line does about them
// ("pass --as MEMBER", "run `teamspace-cli scan`"). The GUI shows them through inAppWords(), which says what
// to do in the app instead (Preferences, a panel), so no message in a window asks for a command-line flag.
#pragma once

#include <QString>

namespace ts::gui {

QString inAppWords(const QString& message);

} // namespace ts::gui
