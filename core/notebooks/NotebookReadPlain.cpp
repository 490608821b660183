// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// PlainNotebook (NotebookReadPlain.h): the file read once, parsed (JsonScanPlain.cpp), then checked and
// normalised by a line-for-line port of Notebook::parse's nbformat 4 rules (Notebook.cpp, Reader::checkV4,
// joinLines, joinMimeBundle, checkOutputs, stripTransient). Where Notebook::parse would refuse the notebook
// this declines (the Qt path then names the problem), so only the accepting paths need to match exactly.
#include "notebooks/NotebookReadPlain.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace ts::nb::plain {

namespace {

constexpr long long kNotebookMaxBytes = 2LL * 1024 * 1024 * 1024 - 1; // Notebook.h

bool isJsonMime(std::string_view mime)
{
    return mime == "application/json" || (mime.substr(0, 12) == "application/" && mime.size() >= 5 &&
                                          mime.substr(mime.size() - 5) == "+json");
}

// Notebook.cpp's integerValue: at most 9 characters of '-' and digits.
std::optional<int> integerValue(const JsonValue* v)
{
    if (!v || !v->isNumber() || v->text.empty() || v->text.size() > 9 ||
        v->text.find_first_not_of("-0123456789") != std::string_view::npos)
        return std::nullopt;
    const bool negative = v->text.front() == '-';
    int value = 0;
    for (char c : v->text.substr(negative ? 1 : 0))
        value = value * 10 + (c - '0');
    return negative ? -value : value;
}

class Checker
{
public:
    const char* why = nullptr;

    bool checkV4(JsonValue& root)
    {
        JsonValue* cells = root.find("cells");
        if (!cells || !cells->isArray())
            return fail("cells is missing or not a list");
        if (!isObject(root.find("metadata")))
            return fail("metadata is missing or not an object");
        for (JsonValue& cell : cells->children) {
            if (!cell.isObject())
                return fail("a cell is not an object");
            const JsonValue* type = cell.find("cell_type");
            if (!type || !type->isString())
                return fail("a cell_type is missing or not a string");
            if (!isObject(cell.find("metadata")))
                return fail("a cell's metadata is missing or not an object");
            if (!joinLines(cell, "source") || !checkAttachments(cell))
                return false;
            if (cell.find("cell_type")->text == "code" && !checkOutputs(cell))
                return false;
        }
        stripTransient(root);
        return true;
    }

private:
    bool fail(const char* reason)
    {
        why = reason;
        return false;
    }
    static bool isObject(const JsonValue* v) { return v && v->isObject(); }
    static bool allStrings(const JsonValue& list)
    {
        for (const JsonValue& item : list.children)
            if (!item.isString())
                return false;
        return true;
    }
    // Notebook.cpp's joined(): a list of strings becomes one string (the key kept). In place: the items are
    // parsed in place, in file order, so each is moved down to the end of the text before it.
    static void join(JsonValue& list)
    {
        std::string_view text;
        if (list.children.size() == 1) {
            text = list.children.front().text;
        } else if (!list.children.empty()) {
            char* const begin = const_cast<char*>(list.children.front().text.data());
            char* d = begin;
            for (const JsonValue& item : list.children) {
                if (d != item.text.data())
                    std::memmove(d, item.text.data(), item.text.size());
                d += item.text.size();
            }
            text = std::string_view(begin, std::size_t(d - begin));
        }
        list.type = JsonType::String;
        list.text = text;
        list.children.clear();
    }
    bool joinLines(JsonValue& owner, std::string_view key)
    {
        JsonValue* v = owner.find(key);
        if (!v || v->isString())
            return true;
        if (!v->isArray() || !allStrings(*v))
            return fail("a multi-line field is neither a string nor a list of strings");
        join(*v);
        return true;
    }
    bool joinMimeBundle(JsonValue* bundle)
    {
        if (!bundle)
            return true;
        if (!bundle->isObject())
            return fail("a MIME bundle is not an object");
        for (JsonValue& entry : bundle->children)
            if (entry.isArray() && !isJsonMime(entry.key) && allStrings(entry))
                join(entry);
        return true;
    }
    bool checkAttachments(JsonValue& cell)
    {
        JsonValue* attachments = cell.find("attachments");
        if (!attachments)
            return true;
        if (!attachments->isObject())
            return fail("attachments is not an object");
        for (JsonValue& attachment : attachments->children)
            if (!joinMimeBundle(&attachment))
                return false;
        return true;
    }
    bool checkOutputs(JsonValue& cell)
    {
        JsonValue* outputs = cell.find("outputs");
        if (!outputs || !outputs->isArray())
            return fail("a code cell's outputs is missing or not a list");
        for (JsonValue& output : outputs->children) {
            if (!output.isObject())
                return fail("an output is not an object");
            const JsonValue* type = output.find("output_type");
            if (!type || !type->isString())
                return fail("an output_type is missing or not a string");
            if (type->text == "execute_result" || type->text == "display_data") {
                if (!joinMimeBundle(output.find("data")))
                    return false;
            } else if (!type->text.empty() && !joinLines(output, "text")) {
                return false;
            }
        }
        return true;
    }
    // nbformat's strip_transient.
    static void stripTransient(JsonValue& root)
    {
        if (JsonValue* metadata = root.find("metadata")) {
            metadata->remove("orig_nbformat");
            metadata->remove("orig_nbformat_minor");
            metadata->remove("signature");
        }
        for (JsonValue& cell : root.find("cells")->children)
            if (JsonValue* metadata = cell.find("metadata"); metadata && metadata->isObject())
                metadata->remove("trusted");
    }
};

} // namespace

PlainNotebook::~PlainNotebook() = default;

bool PlainNotebook::read(const std::string& path, std::string& why)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        why = "cannot open it";
        return false;
    }
    struct stat st
    {
    };
    const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (!regular || st.st_size <= 0 || st.st_size > kNotebookMaxBytes) {
        ::close(fd);
        why = "not a regular file of 1 byte to 2 GiB";
        return false;
    }
    // Read into memory of its own and parsed in place. Where it comes from is operator new's business: in the
    // launcher (LauncherMemory.cpp) it is a thread's lane of 2 MiB pages, faulted in by one call, with the tree
    // built right after it.
    const auto size = std::size_t(st.st_size);
    try {
        m_data.reset(new char[size]);
    } catch (const std::bad_alloc&) {
        ::close(fd);
        why = "cannot allocate memory for it";
        return false;
    }
    char* const data = m_data.get();
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += std::size_t(n);
    }
    ::close(fd);
    if (done != size) {
        why = "cannot read it whole";
        return false;
    }
    if (!parseJson(data, size, m_root, why))
        return false;
    return check(why);
}

bool PlainNotebook::check(std::string& why)
{
    if (!m_root.isObject()) {
        why = "the top level is not an object";
        return false;
    }
    const std::optional<int> major = integerValue(m_root.find("nbformat"));
    const JsonValue* minorValue = m_root.find("nbformat_minor");
    const std::optional<int> minor = minorValue ? integerValue(minorValue) : std::optional<int>(0);
    if (!major || !minor || *major != 4) {
        why = "not nbformat 4 (or nbformat / nbformat_minor not integers)";
        return false;
    }
    m_major = *major;
    m_minor = *minor;
    Checker checker;
    if (!checker.checkV4(m_root)) {
        why = checker.why;
        return false;
    }
    return true;
}

std::string PlainNotebook::version() const
{
    return std::to_string(m_major) + '.' + std::to_string(m_minor);
}

} // namespace ts::nb::plain
