// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A notebook file read without Qt for the Qt-free diff (NotebookDiffPlain.h): read once into memory of its own,
// parsed in place into the JsonValue tree JsonDocument::parse builds
// (escapes decoded and multi-line fields joined where they stand, as RapidJSON's in-situ parse does), checked
// and normalised as Notebook::parse does for nbformat 4 (multi-line fields joined, transient keys dropped).
// Whatever it is not sure to read exactly as Notebook::parse does is declined.
#pragma once

#include "notebooks/JsonValue.h"

#include <cstddef>
#include <memory>
#include <string>

namespace ts::nb::plain {

// Parses `size` bytes of JSON into `root` as JsonDocument::parse would (Python's json rules), or returns false
// (and `why`) for anything it declines: errors, NaN and Infinity, surrogate escapes, numbers longer than 40
// characters or with exponents of three digits, nesting deeper than 800. Escapes are decoded in place.
bool parseJson(char* data, std::size_t size, JsonValue& root, std::string& why);

class PlainNotebook
{
public:
    PlainNotebook() = default;
    ~PlainNotebook();
    PlainNotebook(const PlainNotebook&) = delete;
    PlainNotebook& operator=(const PlainNotebook&) = delete;

    // Reads `path`; false (and `why`) when declined. The tree stays where it is (describeCell's pointers).
    bool read(const std::string& path, std::string& why);

    const JsonValue& root() const { return m_root; }
    const JsonValue& metadata() const { return *m_root.find("metadata"); }
    const JsonValue& cells() const { return *m_root.find("cells"); }
    std::string version() const; // "4.5", as Notebook's major.minor

private:
    JsonValue m_root;
    std::unique_ptr<char[]> m_data; // the file's bytes, which the tree's strings point into
    int m_major = 0;
    int m_minor = 0;

    bool check(std::string& why);
};

} // namespace ts::nb::plain
