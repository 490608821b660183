// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli notebook diff A B --json` without Qt (issue 16: the whole process at 0.02x nbdime's time,
// where loading QtCore alone costs most of that). Plain C++ and the standard library: each file read once,
// parsed by a scanner of its own (NotebookReadPlain.h) into the JsonValue trees the Qt engine builds, then
// described, matched and compared by the same code as the Qt engine (NotebookDiffInternal.h: digests, nbdime's
// cell matcher, the line diff), and printed as diffToJsonText prints it, byte for byte.
//
// It answers only what it reads exactly as Notebook::parse does: well-formed UTF-8 JSON, nbformat 4, the
// structure nbformat relies on. Anything else (a missing or odd file, JSON errors, nbformat 3, numbers near a
// double's limits, \u escapes of surrogates, …) is declined: the caller runs the Qt path, which reports the
// problem (or diffs the file) exactly as it always has. docs/notebook-diff.md, "Speed and memory".
#pragma once

#include <optional>
#include <string>

namespace ts::nb::plain {

struct DiffText
{
    std::string json; // what diffToJsonText writes
    int exitCode = 0; // 0: nothing differs; 1: they differ
};

// The diff of two notebook files, or nullopt when it declines (then `why`, when given, says why).
std::optional<DiffText> diffNotebookFiles(const std::string& pathA, const std::string& pathB,
                                          std::string* why = nullptr);

} // namespace ts::nb::plain
