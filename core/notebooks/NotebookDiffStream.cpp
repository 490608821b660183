// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// diffNotebookFilesCompact (NotebookDiff.h): the notebook diff read from two files in one pass each, so that
// memory stays a small fraction of the inputs. Each file is read in 256 KiB chunks; a scanner that knows only
// strings and brackets cuts out the top-level "cells" list one cell at a time. Each cell is parsed, checked
// and normalised by Notebook::parse (as a notebook of one cell, so nbformat's rules are the same code),
// described (digests, NotebookDiffDigest.cpp), and copied into a compact tree without the long values no
// comparison reads past their hash (isElided); then its bytes are dropped. The rest of the file (metadata,
// nbformat) is parsed at the end with an empty cell list. Anything unusual (an unreadable file, JSON or
// nbformat errors, nbformat 3, escapes in top-level keys, two "cells" keys) returns nullopt: the caller reads
// the files the usual way, which gives the exact error, so this reader never has to reproduce one.
#include "notebooks/NotebookDiff.h"
#include "notebooks/NotebookDiffInternal.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ts::nb {

using namespace diffdetail;

namespace {

constexpr std::size_t kChunk = 256 * 1024;

// Where the next '"' or '\\' is in [p, end), or end.
const char* nextQuoteOrEscape(const char* p, const char* end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i slash = _mm_set1_epi8('\\');
    for (; p + 16 <= end; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const int hits = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, slash)));
        if (hits)
            return p + __builtin_ctz(unsigned(hits));
    }
#endif
    for (; p < end; ++p)
        if (*p == '"' || *p == '\\')
            return p;
    return end;
}

// The closing quote of a string whose text continues at p (p not inside an escape): a '"' after an even run
// of backslashes (memchr finds the quotes; long base64 values have none). end when the chunk ends first, and
// then `escape` says whether the chunk's last byte starts an escape (an odd run of backslashes at the end).
const char* closingQuote(const char* p, const char* end, bool& escape)
{
    const char* const from = p;
    auto backslashesBefore = [from](const char* q) {
        std::size_t k = 0;
        while (q - k > from && q[-1 - std::ptrdiff_t(k)] == '\\')
            ++k;
        return k;
    };
    for (;;) {
        const auto* q = static_cast<const char*>(std::memchr(p, '"', std::size_t(end - p)));
        if (!q) {
            escape = backslashesBefore(end) % 2 == 1;
            return end;
        }
        if (backslashesBefore(q) % 2 == 0)
            return q;
        p = q + 1;
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Splits a notebook's text into the cells of its top-level "cells" list (each handed to onCell) and the rest
// (`skeleton`, with that list left empty). Fails on what it cannot split with certainty; the parsers check
// the rest.
template <class OnCell> class CellSplitter
{
public:
    explicit CellSplitter(OnCell onCell) : m_onCell(std::move(onCell)) {}

    std::string skeleton;
    bool cellsFound = false;

    bool feed(const char* data, std::size_t n)
    {
        const char* p = data;
        const char* end = data + n;
        const char* span = p; // start of the bytes not yet copied to the skeleton or the cell
        if (m_escape) {
            m_escape = false;
            ++p;
        }
        while (p < end) {
            if (m_inString && !m_capture) {
                const char* q = closingQuote(p, end, m_escape);
                if (q == end) {
                    p = end;
                    break;
                }
                m_inString = false;
                p = q + 1;
                continue;
            }
            if (m_inString) {
                const char* q = nextQuoteOrEscape(p, end);
                if (m_capture)
                    m_key.append(p, std::size_t(q - p));
                if (q == end) {
                    p = end;
                    break;
                }
                if (*q == '\\') {
                    if (m_capture)
                        return false; // an escape in a top-level string: no notebook writes one
                    if (q + 1 == end) {
                        m_escape = true;
                        p = end;
                        break;
                    }
                    p = q + 2;
                    continue;
                }
                m_inString = false;
                if (m_capture) {
                    m_capture = false;
                    m_state = m_key == "cells" ? CellsKey : Other;
                }
                p = q + 1;
                continue;
            }
            const char c = *p;
            switch (m_mode) {
            case Skeleton:
                if (c == '"') {
                    m_inString = true;
                    m_capture = m_depth == 1;
                    m_key.clear();
                } else if (c == ':' && m_depth == 1) {
                    m_state = m_state == CellsKey ? CellsColon : Other;
                } else if (c == '{' || c == '[') {
                    if (c == '[' && m_depth == 1 && m_state == CellsColon) {
                        if (cellsFound)
                            return false; // two "cells" keys
                        cellsFound = true;
                        skeleton.append(span, std::size_t(p + 1 - span));
                        m_mode = Between;
                        m_between = First;
                        m_depth = 2;
                        span = p + 1;
                        ++p;
                        continue;
                    }
                    ++m_depth;
                    m_state = Other;
                } else if (c == '}' || c == ']') {
                    if (--m_depth < 0)
                        return false;
                    m_state = Other;
                } else if (!isSpace(c)) {
                    m_state = Other;
                }
                break;
            case Between:
                if (isSpace(c)) {
                } else if (c == ',' && m_between == AfterCell) {
                    m_between = AfterComma;
                } else if (c == '{' && m_between != AfterCell) {
                    m_mode = InCell;
                    m_depth = 3;
                    m_cell.clear();
                    span = p;
                } else if (c == ']' && m_between != AfterComma) {
                    m_mode = Skeleton;
                    m_depth = 1;
                    m_state = Other;
                    span = p;
                } else {
                    return false; // not an object in the list, or misplaced commas
                }
                break;
            case InCell:
                if (c == '"') {
                    m_inString = true;
                } else if (c == '{' || c == '[') {
                    ++m_depth;
                } else if (c == '}' || c == ']') {
                    if (--m_depth == 2) {
                        m_cell.append(span, std::size_t(p + 1 - span));
                        if (!m_onCell(m_cell))
                            return false;
                        m_mode = Between;
                        m_between = AfterCell;
                    }
                }
                break;
            }
            ++p;
        }
        if (m_mode == Skeleton)
            skeleton.append(span, std::size_t(end - span));
        else if (m_mode == InCell)
            m_cell.append(span, std::size_t(end - span));
        return true;
    }

    bool finished() const { return m_depth == 0 && !m_inString && m_mode == Skeleton; }

private:
    enum Mode { Skeleton, Between, InCell } m_mode = Skeleton;
    enum BetweenState { First, AfterCell, AfterComma } m_between = First;
    enum KeyState { Other, CellsKey, CellsColon } m_state = Other;
    OnCell m_onCell;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_capture = false;
    std::string m_key;
    std::string m_cell;
};

// Copies of the kept strings, in 64 KiB blocks.
class Arena
{
public:
    std::string_view copy(std::string_view s)
    {
        if (s.size() > m_left) {
            const std::size_t size = std::max<std::size_t>(s.size(), 64 * 1024);
            m_blocks.push_back(std::unique_ptr<char[]>(new char[size])); // not zeroed
            m_next = m_blocks.back().get();
            m_left = size;
        }
        if (s.empty())
            return {m_next, 0};
        std::memcpy(m_next, s.data(), s.size());
        const std::string_view copied(m_next, s.size());
        m_next += s.size();
        m_left -= s.size();
        return copied;
    }

private:
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char* m_next = nullptr;
    std::size_t m_left = 0;
};

bool longerThan(std::string_view text, int codePoints)
{
    if (text.size() <= std::size_t(codePoints))
        return false;
    if (text.size() > std::size_t(codePoints) * 4)
        return true;
    return codePointCount(text) > codePoints;
}

bool isTextPlain(std::string_view mime)
{
    if (mime.size() != 10)
        return false;
    for (std::size_t k = 0; k < 10; ++k) {
        char c = mime[k];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != "text/plain"[k])
            return false;
    }
    return true;
}

// What may be dropped of a value, by where it is in the cell.
enum class Elide { Never, Mime, Stream, Any };

JsonValue copyValue(const JsonValue& v, Arena& arena, Elide elide)
{
    JsonValue w;
    w.type = v.type;
    w.key = arena.copy(v.key);
    if (v.isString()) {
        const bool drop =
            (elide == Elide::Stream && longerThan(v.text, kElideStreamCodePoints)) ||
            ((elide == Elide::Mime || elide == Elide::Any) && longerThan(v.text, kElideMimeCodePoints));
        w.text = drop ? std::string_view(kElidedText, 0) : arena.copy(v.text);
        return w;
    }
    w.text = arena.copy(v.text);
    w.children.reserve(v.children.size());
    for (const JsonValue& child : v.children)
        w.children.push_back(copyValue(child, arena, elide == Elide::Any ? Elide::Any : Elide::Never));
    return w;
}

// A copy of `v` whose members are copied by `member(child)` (the object's or array's own fields verbatim).
template <class Member> JsonValue copyShell(const JsonValue& v, Arena& arena, Member&& member)
{
    JsonValue w;
    w.type = v.type;
    w.key = arena.copy(v.key);
    w.text = arena.copy(v.text);
    w.children.reserve(v.children.size());
    for (const JsonValue& child : v.children)
        w.children.push_back(member(child));
    return w;
}

JsonValue compactOutput(const JsonValue& output, Arena& arena)
{
    if (!output.isObject())
        return copyValue(output, arena, Elide::Never);
    const JsonValue* type = output.find("output_type");
    const bool stream = type && type->isString() && type->text == "stream";
    return copyShell(output, arena, [&](const JsonValue& field) {
        if (field.key == "data" && field.isObject())
            return copyShell(field, arena, [&](const JsonValue& mime) {
                return copyValue(mime, arena, isTextPlain(mime.key) ? Elide::Never : Elide::Mime);
            });
        return copyValue(field, arena, field.key == "text" && stream ? Elide::Stream : Elide::Never);
    });
}

// The cell without the values no comparison reads: long MIME data (but text/plain, whose pointer rule
// reads it whole), long stream text, long strings in attachments.
JsonValue compactCell(const JsonValue& cell, Arena& arena)
{
    return copyShell(cell, arena, [&](const JsonValue& member) {
        if (member.key == "attachments")
            return copyValue(member, arena, Elide::Any);
        if (member.key == "outputs" && member.isArray())
            return copyShell(member, arena,
                             [&](const JsonValue& output) { return compactOutput(output, arena); });
        return copyValue(member, arena, Elide::Never);
    });
}

// Points a CellInfo described on the parsed cell at the compact copy (the same members in the same order).
void rebase(CellInfo& info, const JsonValue& cell)
{
    info.cell = &cell;
    const JsonValue* type = cell.find("cell_type");
    info.type = type && type->isString() ? type->text : std::string_view();
    const JsonValue* id = cell.find("id");
    info.id = id ? id->text : std::string_view();
    const JsonValue* source = cell.find("source");
    info.source = source && source->isString() ? source->text : std::string_view();
    const JsonValue* outputs = cell.find("outputs");
    for (std::size_t o = 0; o < info.outputs.size(); ++o) {
        OutputInfo& out = info.outputs[o];
        const JsonValue& value = outputs->children[o];
        out.value = &value;
        if (!value.isObject())
            continue;
        const std::vector<const JsonValue*> members = dictMembers(value);
        for (std::size_t k = 0; k < members.size(); ++k) {
            out.keys[k].first = members[k]->key;
            if (members[k]->key == "output_type" && members[k]->isString())
                out.type = members[k]->text;
        }
        if (!out.hasData)
            continue;
        const std::vector<const JsonValue*> mimes = dictMembers(*value.find("data"));
        for (std::size_t k = 0; k < mimes.size(); ++k) {
            out.mimes[k].mime = mimes[k]->key;
            out.mimes[k].value = mimes[k];
        }
    }
}

QByteArray padded(std::string_view head, std::string_view body, std::string_view tail)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(head.size() + body.size() + tail.size()) + kSimdPadding);
    bytes.append(head.data(), qsizetype(head.size()));
    bytes.append(body.data(), qsizetype(body.size()));
    bytes.append(tail.data(), qsizetype(tail.size()));
    return bytes;
}

struct CompactNotebook
{
    Arena arena;
    std::deque<JsonValue> cellValues; // stable addresses for CellInfo::cell
    std::vector<CellInfo> cells;
    std::optional<Notebook> rest; // everything but the cells
    QString version;
};

std::unique_ptr<CompactNotebook> readCompact(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > kNotebookMaxBytes)
        return nullptr;
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);

    auto notebook = std::make_unique<CompactNotebook>();
    auto onCell = [&](const std::string& cell) {
        // A notebook of this one cell: Notebook::parse checks and normalises it as in a whole notebook.
        auto one = Notebook::parse(padded(R"({"cells":[)", cell, R"(],"metadata":{},"nbformat":4})"), path);
        if (!one)
            return false;
        const JsonValue& parsed = *one->cells().front();
        CellInfo info = describeCell(parsed);
        notebook->cellValues.push_back(compactCell(parsed, notebook->arena));
        rebase(info, notebook->cellValues.back());
        notebook->cells.push_back(std::move(info));
        return true;
    };
    CellSplitter<decltype(onCell)> splitter(onCell);
    std::unique_ptr<char[]> chunk(new char[kChunk]);
    for (;;) {
        const ssize_t n = ::read(fd, chunk.get(), kChunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return nullptr;
        if (n == 0)
            break;
        if (!splitter.feed(chunk.get(), std::size_t(n)))
            return nullptr;
    }
    if (!splitter.finished() || !splitter.cellsFound)
        return nullptr;
    auto rest = Notebook::parse(padded({}, splitter.skeleton, {}), path);
    if (!rest || rest->majorVersion() != 4 || !rest->cells().empty())
        return nullptr;
    notebook->version = QStringLiteral("%1.%2").arg(rest->majorVersion()).arg(rest->minorVersion());
    notebook->rest.emplace(std::move(*rest));
    return notebook;
}

} // namespace

std::optional<NotebookDiff> diffNotebookFilesCompact(const QString& pathA, const QString& pathB)
{
    std::unique_ptr<CompactNotebook> b;
    std::thread readB([&] { b = readCompact(pathB); });
    std::unique_ptr<CompactNotebook> a = readCompact(pathA);
    readB.join();
    if (!a || !b)
        return std::nullopt;
    NotebookDiff diff = assembleDiff(a->cells, b->cells, &a->rest->metadata(), &b->rest->metadata());
    diff.nbformatA = a->version;
    diff.nbformatB = b->version;
    diff.nbformatChanged = diff.nbformatA != diff.nbformatB;
    return diff;
}

} // namespace ts::nb
