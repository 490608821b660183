// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Python's str.splitlines(True), plain C++ (shared by Notebook.h and the Qt-free diff, NotebookDiffPlain.h).
#pragma once

#include <string_view>
#include <vector>

namespace ts::nb {

// Python's str.splitlines(True) over UTF-8: the line boundaries it knows (\n, \r, \r\n, \v, \f, \x1c–\x1e,
// U+0085, U+2028, U+2029), each kept at the end of its line.
std::vector<std::string_view> splitLinesKeepEnds(std::string_view text);

// splitLinesKeepEnds(text).size(), without the list: one pass that skips 16 ordinary bytes a step.
std::size_t countLines(std::string_view text);

} // namespace ts::nb
