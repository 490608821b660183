// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Git's conflict markers left in a notebook: the parser refuses such a file, the hazard rule names it.
#pragma once

#include <QByteArray>

#include <optional>

namespace ts::nb {

// Byte offset of the first line that starts with a git conflict marker ("<<<<<<< ", "=======", ">>>>>>> "),
// or nothing. Inside a JSON string a line break is always escaped, so such a line is never notebook content.
std::optional<qsizetype> conflictMarkerOffset(const QByteArray& bytes);

} // namespace ts::nb
