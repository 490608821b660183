// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Writes JSON exactly as Python's json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False,
// separators=(",", ": ")) does — the layout nbformat writes notebooks in.
#pragma once

#include "notebooks/JsonTree.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace ts::nb {

// The document followed by one newline (nbformat.write adds it).
QByteArray writePythonJson(const JsonValue& root);

// What Python writes for a number it read from this JSON literal: ints as int(text), everything else as
// repr(float(text)) ("1e5" → "100000.0", "1E400" → "Infinity", "0.00001" → "1e-05").
std::string pythonNumberText(std::string_view literal);
// repr(x) of a Python float.
std::string pythonFloatRepr(double value);

} // namespace ts::nb
