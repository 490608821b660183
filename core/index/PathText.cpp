// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/PathText.h"

namespace ts::index {

namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte starts no valid sequence.
int utf8SequenceLength(const QByteArray& b, qsizetype i)
{
    const auto c = static_cast<unsigned char>(b[i]);
    int length = 0;
    unsigned int codepoint = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        codepoint = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        codepoint = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        codepoint = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > b.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const auto cc = static_cast<unsigned char>(b[i + k]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        codepoint = (codepoint << 6) | (cc & 0x3F);
    }
    const unsigned int minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codepoint < minimum[length] || codepoint > 0x10FFFF || (codepoint >= 0xD800 && codepoint <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

QString displayPath(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        const int length = utf8SequenceLength(bytes, i);
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (length == 0 || c < 0x20 || c == 0x7F) {
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        } else {
            out += bytes.mid(i, length);
            i += length;
            continue;
        }
        ++i;
    }
    return QString::fromUtf8(out);
}

QByteArray pathFromDisplay(const QString& text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\' || i + 1 >= in.size()) {
            out += in[i];
            continue;
        }
        const char next = in[i + 1];
        if (next == '\\') {
            out += '\\';
            ++i;
        } else if (next == 'n') {
            out += '\n';
            ++i;
        } else if (next == 't') {
            out += '\t';
            ++i;
        } else if (next == 'x' && i + 3 < in.size()) {
            bool ok = false;
            const int value = in.mid(i + 2, 2).toInt(&ok, 16);
            if (ok) {
                out += char(value);
                i += 3;
            } else {
                out += in[i];
            }
        } else {
            out += in[i];
        }
    }
    return out;
}

QString displayEntryPath(Top top, const QByteArray& relativePath)
{
    const QString rel = relativePath.isEmpty() ? QStringLiteral(".") : displayPath(relativePath);
    return top == Top::Repository ? QStringLiteral("repo:") + rel : rel;
}

std::pair<Top, QByteArray> entryPathFromDisplay(const QString& text)
{
    Top top = Top::SharedFolder;
    QString rel = text;
    if (rel.startsWith(QStringLiteral("repo:"))) {
        top = Top::Repository;
        rel = rel.mid(5);
    }
    while (rel.endsWith(u'/'))
        rel.chop(1);
    if (rel == QStringLiteral(".") || rel.isEmpty())
        return {top, QByteArray()};
    if (rel.startsWith(QStringLiteral("./")))
        rel = rel.mid(2);
    return {top, pathFromDisplay(rel)};
}

} // namespace ts::index
