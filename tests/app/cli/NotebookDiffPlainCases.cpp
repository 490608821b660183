// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "NotebookDiffPlainCases.h"

// Kept out of tst_notebookdiffplain.cpp: moc (6.4) does not see a Q_OBJECT class in a file with these raw strings.
QList<std::pair<QByteArray, QByteArray>> unusualNotebooks()
{
    QList<std::pair<QByteArray, QByteArray>> cases;
    auto add = [&](const char* name, const QByteArray& text) { cases.append({QByteArray(name), text}); };
    const QByteArray cell = R"j({"cell_type": "code", "execution_count": 1, "id": "c1", "metadata": {},
        "outputs": [], "source": ["x = 1\n", "print(x)"]})j";
    auto nb = [&](const QByteArray& cells, const QByteArray& extra = {}) {
        return R"({"cells": [)" + cells + R"(], "metadata": {)" + extra +
           R"(}, "nbformat": 4, "nbformat_minor": 5})";
    };
    const QByteArray good = nb(cell);
    add("empty file", QByteArray());
    add("truncated", good.left(good.size() / 2));
    add("invalid JSON", QByteArray(R"({"cells": [}, "nbformat": 4})"));
    add("JSON list", QByteArray("[1, 2]"));
    add("JSON object, not a notebook", QByteArray(R"({"a": 1})"));
    add("nbformat 3", QByteArray(R"({"metadata": {}, "nbformat": 3, "nbformat_minor": 0,
        "worksheets": [{"cells": [{"cell_type": "code", "input": ["x = 2"], "outputs": []}]}]})"));
    add("nbformat 5", QByteArray(nb(cell).replace("\"nbformat\": 4", "\"nbformat\": 5")));
    add("nbformat as text", QByteArray(nb(cell).replace("\"nbformat\": 4", "\"nbformat\": \"4\"")));
    add("byte order mark", "\xEF\xBB\xBF" + good);
    add("invalid UTF-8", nb(cell, "\"title\": \"caf\xE9\""));
    add("lone surrogate escape", nb(cell, R"("title": "\udc00")"));
    add("surrogate pair escape", nb(cell, R"("title": "\ud83d\ude00")"));
    add("escapes", nb(cell, R"("t\u00e9": "a\"b\\c\/d\b\f\n\r\t\u0000\u20ac")"));
    add("NaN", nb(cell, R"("x": NaN)"));
    add("huge number", nb(cell, R"("x": 1e400)"));
    add("long integer", nb(cell, R"("x": 123456789012345678901234567890123456789012345)"));
    add("numbers", nb(cell, R"("x": [-0, 0.5, 1E+2, -1.25e-3, 12345678901234567890])"));
    add("duplicate keys", nb(cell, R"("k": 1, "k": 2, "signature": "x", "trusted": true)"));
    add("control character", nb(cell, "\"x\": \"a\x01b\""));
    add("source not a string", nb(QByteArray(cell).replace(R"j(["x = 1\n", "print(x)"])j", "3")));
    add("no outputs", nb(QByteArray(cell).replace(R"("outputs": [], )", "")));
    add("text after the notebook", good + " x");
    add("conflict marker", "<<<<<<< HEAD\n" + good);
    add("deep nesting", nb(cell, "\"x\": " + QByteArray(1000, '[') + QByteArray(1000, ']')));
    add("odd cell type", nb(QByteArray(cell).replace("\"code\"", "\"widget\"")));
    return cases;
}

QByteArray emptyNotebook()
{
    return R"({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})";
}
