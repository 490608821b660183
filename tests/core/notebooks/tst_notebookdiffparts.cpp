// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The notebook diff's parts, each on small notebooks: the source line diffs, the output summaries, metadata
// keys (Python's dict and == semantics), nbformat versions (4.4 against 4.5, 3.x upgraded), and nbdime's text
// rules against the values Python's difflib and re give.
#include "NotebookDiffCorpus.h"

#include "notebooks/NotebookDiff.h"
#include "notebooks/TextSimilarity.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::nb;
using namespace ts::test::nbdiff;

class TestNotebookDiffParts : public QObject
{
    Q_OBJECT

private slots:
    void lineDiffs();
    void outputSummaries();
    void metadataKeys();
    void nbformatVersions();
    void nbdimeHeuristics();
    void compactReader();
    void compactReaderDeclines();
};

void TestNotebookDiffParts::lineDiffs()
{
    const NotebookDiff one = diffOf(notebook({code(QStringLiteral("a = 1\nb = 2\nc = 3\n"))}, 4),
                                    notebook({code(QStringLiteral("a = 1\nb = 20\nc = 3\nd = 4"))}, 4));
    QCOMPARE(lines(one.cells[0]), QStringLiteral("=0/0 -1 +1 =2/2 +3"));
    QCOMPARE(cellSourceLines(*one.b, 0), (QStringList{"a = 1", "b = 20", "c = 3", "d = 4"}));

    // Python's splitlines: \r\n is one break, a last line without an end is still a line.
    const NotebookDiff crlf = diffOf(notebook({code(QStringLiteral("a = 1\r\nb = 2\r\nc = 3\r\n"))}, 4),
                                     notebook({code(QStringLiteral("a = 1\r\nb = 20\r\nc = 3\r\n"))}, 4));
    QCOMPARE(lines(crlf.cells[0]), QStringLiteral("=0/0 -1 +1 =2/2"));
    QCOMPARE(cellSourceLines(*crlf.a, 0), (QStringList{"a = 1", "b = 2", "c = 3"}));

    // Line ends count: the same text with other line ends is every line changed.
    const NotebookDiff ends = diffOf(notebook({code(QStringLiteral("a\nb\n"))}, 4),
                                     notebook({code(QStringLiteral("a\r\nb\r\n"))}, 4));
    QCOMPARE(rows(ends), QStringLiteral("~0:0(source)"));
    QCOMPARE(lines(ends.cells[0]), QStringLiteral("-0 -1 +0 +1"));

    const NotebookDiff unicode =
        diffOf(notebook({markdown(QStringLiteral("# Données 📊\nÉtape une\nFin"))}, 4),
               notebook({markdown(QStringLiteral("# Données 📊\nÉtape deux\nFin"))}, 4));
    QCOMPARE(lines(unicode.cells[0]), QStringLiteral("=0/0 -1 +1 =2/2"));
    QCOMPARE(cellSourceLines(*unicode.b, 0).value(1), QStringLiteral("Étape deux"));

    // Added and removed cells: every line; unchanged cells: every line the same; empty source: no lines.
    const NotebookDiff moved = diffOf(notebook({code(QStringLiteral("x = 1\ny = 2\n")), code(QString())}, 4),
                                      notebook({code(QString()), code(QStringLiteral("z = 3\n"))}, 4));
    QCOMPARE(rows(moved), QStringLiteral("-0: =1:0 +:1"));
    QCOMPARE(lines(moved.cells[0]), QStringLiteral("-0 -1"));
    QCOMPARE(lines(moved.cells[1]), QString());
    QCOMPARE(lines(moved.cells[2]), QStringLiteral("+0"));

    // A longer rewrite: a shortest edit script (Myers), removals before additions in each run.
    QStringList before, after;
    for (int k = 0; k < 40; ++k)
        before << QStringLiteral("line %1").arg(k);
    after = before;
    after[5] = QStringLiteral("changed 5");
    after.removeAt(20);
    after.insert(30, QStringLiteral("new line"));
    const NotebookDiff longer =
        diffOf(notebook({code(before.join(u'\n'))}, 4), notebook({code(after.join(u'\n'))}, 4));
    int same = 0, removed = 0, added = 0;
    for (const SourceLine& line : longer.cells[0].source)
        (line.kind == SourceLine::Same ? same : line.kind == SourceLine::Removed ? removed : added) += 1;
    QCOMPARE(same, 38);
    QCOMPARE(removed, 2);
    QCOMPARE(added, 2);
    QVERIFY(lines(longer.cells[0]).contains(QStringLiteral("=4/4 -5 +5 =6/6")));
}

void TestNotebookDiffParts::outputSummaries()
{
    const QJsonArray a{
        code(kPlot, {image(png('a')), stream(QStringLiteral("done\n"), QStringLiteral("stderr"))}, 3),
        code(kLoad, {error(QStringLiteral("KeyError"), QStringLiteral("'year'"))}, 4)};
    const QJsonArray b{
        code(kPlot, {image(png('b')), stream(QStringLiteral("done\n"), QStringLiteral("stderr"))}, 3),
        code(kLoad, {result(QStringLiteral("ok"), 4)}, 4)};
    const NotebookDiff diff = diffOf(notebook(a, 4), notebook(b, 4));
    QCOMPARE(rows(diff), QStringLiteral("~0:0(outputs) ~1:1(outputs)"));
    const CellDiff& plot = diff.cells[0];
    QCOMPARE(plot.outputsA.size(), 2);
    QCOMPARE(plot.outputsA[0].outputType, QStringLiteral("display_data"));
    QCOMPARE(plot.outputsA[0].detail, QStringLiteral("image/png")); // the richest MIME type, not text/plain
    QCOMPARE(plot.outputsA[1].detail, QStringLiteral("stderr"));
    QVERIFY(plot.outputsA[0].hash != plot.outputsB[0].hash); // the image changed
    QCOMPARE(plot.outputsA[1].hash, plot.outputsB[1].hash);  // the stream did not
    QCOMPARE(plot.outputsA[0].hash.size(), 16);
    // Compact JSON size: {"output_type":"stream","name":"stderr","text":"done\n"} with keys sorted.
    QCOMPARE(plot.outputsA[1].bytes,
             qint64(QByteArray(R"({"name":"stderr","output_type":"stream","text":"done\n"})").size()));
    QCOMPARE(diff.cells[1].outputsA[0].detail, QStringLiteral("KeyError"));
    QCOMPARE(diff.cells[1].outputsB[0].outputType, QStringLiteral("execute_result"));
    QCOMPARE(diff.cells[1].outputsB[0].detail, QStringLiteral("text/plain"));

    // Only the output's execution_count differs: outputs changed, the content hash equal.
    const NotebookDiff count = diffOf(notebook({code(kLoad, {result(QStringLiteral("ok"), 4)}, 4)}, 4),
                                      notebook({code(kLoad, {result(QStringLiteral("ok"), 5)}, 4)}, 4));
    QCOMPARE(rows(count), QStringLiteral("~0:0(outputs)"));
    QCOMPARE(count.cells[0].outputsA[0].hash, count.cells[0].outputsB[0].hash);
}

void TestNotebookDiffParts::metadataKeys()
{
    const QJsonObject tagged{{QStringLiteral("tags"), QJsonArray{QStringLiteral("setup")}},
                             {QStringLiteral("collapsed"), true},
                             {QStringLiteral("scrolled"), false}};
    const QJsonObject retagged{
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("setup"), QStringLiteral("slow")}},
        {QStringLiteral("collapsed"), true},
        {QStringLiteral("jupyter"), QJsonObject{{QStringLiteral("source_hidden"), true}}}};
    QJsonObject meta = kernelMetadata();
    meta.insert(QStringLiteral("colab"), QJsonObject{{QStringLiteral("provenance"), QJsonArray()}});
    const NotebookDiff diff = diffOf(notebook({code(kImport, {}, 1, {}, tagged)}, 4, kernelMetadata()),
                                     notebook({code(kImport, {}, 1, {}, retagged)}, 4, meta));
    QCOMPARE(rows(diff), QStringLiteral("~0:0(metadata)"));
    QCOMPARE(diff.cells[0].metadataKeys, (QStringList{"jupyter", "scrolled", "tags"}));
    QCOMPARE(diff.metadataKeys, QStringList{QStringLiteral("colab")});

    // Key order and number spelling are not changes (Python's dict and == semantics).
    const QByteArray x =
        R"({"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {"a": 1, "b": [1, 2.0]},
        "outputs": [], "source": "x"}], "metadata": {"k": {"p": 1, "q": 2}}, "nbformat": 4, "nbformat_minor": 4})";
    const QByteArray y =
        R"({"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {"b": [1.0, 2], "a": 1.0},
        "outputs": [], "source": "x"}], "metadata": {"k": {"q": 2, "p": 1}}, "nbformat": 4, "nbformat_minor": 4})";
    const NotebookDiff same = diffOf(x, y);
    QCOMPARE(rows(same), QStringLiteral("=0:0"));
    QVERIFY(same.metadataKeys.isEmpty());
}

void TestNotebookDiffParts::nbformatVersions()
{
    const QByteArray v44 = notebook(base(), 4);
    const QByteArray v45 = notebook(withIds(base()), 5);
    const NotebookDiff diff = diffOf(v44, v45);
    QVERIFY(diff.nbformatChanged);
    QCOMPARE(diff.nbformatA, QStringLiteral("4.4"));
    QCOMPARE(diff.nbformatB, QStringLiteral("4.5"));
    QCOMPARE(diff.changedCells(), 0);

    // nbformat 3 is compared after nbformat's own v3 → v4 upgrade.
    const QByteArray v3 =
        R"nb({"metadata": {"name": "old"}, "nbformat": 3, "nbformat_minor": 0, "worksheets": [{"cells": [
        {"cell_type": "heading", "level": 1, "metadata": {}, "source": "Old"},
        {"cell_type": "code", "collapsed": false, "input": "print(1)", "language": "python", "metadata": {},
         "outputs": [{"output_type": "stream", "stream": "stdout", "text": "1\n"}], "prompt_number": 1}]}]})nb";
    const QByteArray v4 = notebook({markdown(QStringLiteral("# Old")),
                                    code(QStringLiteral("print(2)"), {stream(QStringLiteral("1\n"))}, 1)},
                                   0, QJsonObject{{QStringLiteral("name"), QStringLiteral("old")}});
    const NotebookDiff old = diffOf(v3, v4);
    QCOMPARE(old.nbformatA, QStringLiteral("3.0"));
    QCOMPARE(old.nbformatB, QStringLiteral("4.0"));
    QCOMPARE(rows(old), QStringLiteral("=0:0 ~1:1(source,metadata)"));
    QCOMPARE(old.cells[1].metadataKeys, QStringList{QStringLiteral("collapsed")});
}

void TestNotebookDiffParts::nbdimeHeuristics()
{
    using namespace ts::nb::diffdetail;
    auto ratio = [](const QString& a, const QString& b) {
        std::vector<char32_t> x, y;
        for (char32_t c : a.toUcs4())
            x.push_back(c);
        for (char32_t c : b.toUcs4())
            y.push_back(c);
        return sequenceRatio(x, y);
    };
    QCOMPARE(ratio(kImport, QStringLiteral("import numpy as np\nimport polars as pl\n")), 0.8974358974358975);
    QCOMPARE(ratio(QStringLiteral("df = pd.read_csv('a.csv')"), QStringLiteral("df = pd.read_csv('b.csv')")),
             0.96);
    QCOMPARE(ratio(QStringLiteral("abcdefghij"), QStringLiteral("jihgfedcba")), 0.1);
    QCOMPARE(ratio(QStringLiteral("Données 📊 étape"), QStringLiteral("Données 📈 étapes")),
             0.9032258064516129);
    QCOMPARE(ratio(QStringLiteral("x = 1"), QString()), 0.0);
    QCOMPARE(ratio(QStringLiteral("aaaaabbbbbaaaaa"), QStringLiteral("aaaaaaaaaabbbbb")), 0.6666666666666666);
    QCOMPARE(ratio(QStringLiteral("the quick brown fox jumps over the lazy dog"),
                   QStringLiteral("the quick brown cat jumps over the lazy dog!")),
             0.9195402298850575);
    QCOMPARE(ratio(QStringLiteral("step_1500 = transform(data, 10500)\n"),
                   QStringLiteral("step_500 = transform(data, 3500)\n")),
             0.9411764705882353);
    TextCache cache;
    QVERIFY(compareStringsApproximate(cache, "df = pd.read_csv('a.csv')", "df = pd.read_csv('b.csv')", 0.95));
    QVERIFY(!compareStringsApproximate(cache, "abcdefghij", "jihgfedcba", 0.7));
    QVERIFY(!compareStringsApproximate(cache, "x = 1", "", 0.7));

    const std::string block(64, 'A');
    QVERIFY(isBase64(std::string(16 * 4, 'Q')));
    QVERIFY(isBase64(block + "QQ=="));
    QVERIFY(isBase64(block + "QUI="));
    QVERIFY(!isBase64(block + "Q"));
    QVERIFY(isBase64(block.substr(0, 32) + "\n" + block.substr(32)));
    QVERIFY(!isBase64(std::string(60, 'A')));
    QVERIFY(!isBase64(block + "QQ="));
    QVERIFY(!isBase64(std::string(96, ' ')));

    QVERIFY(equalApartFromPointers("<object at 0x7f3a2b1c9d00>", "<object at 0x7f3a2b1c9e80>"));
    QVERIFY(!equalApartFromPointers("<object at 0x7f3a>", "<object at 0x7f3b>"));
    QVERIFY(equalApartFromPointers("a 0x1234567890abcdef12 b", "a 0xffffffffffffffff12 b"));
    QVERIFY(!equalApartFromPointers("a 0x1234567890abcdef12 b", "a 0xffffffffffffffff13 b"));
}

namespace {

QJsonObject html(const QString& text)
{
    return {{QStringLiteral("output_type"), QStringLiteral("display_data")},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("text/html"), text}}}};
}

} // namespace

// The CLI's compact reader (diffNotebookFilesCompact) drops long values after hashing them; diffOf checks
// that its JSON equals the whole-file reader's on each pair. Here: values on both sides of the elision
// lengths (20,000 code points for output data, 2,000 for stream text), changed and unchanged, an attachment,
// and strings of escapes across the reader's 256 KiB chunks (a backslash as a chunk's last byte on one side).
void TestNotebookDiffParts::compactReader()
{
    const QString longHtml = QString(25000, u'h');
    const QString shortHtml = QString(9000, u'h');
    const QString longStream = QString(2500, u's');
    QByteArray bigPng = png('p');
    bigPng.append(QByteArray(40000, 'q'));
    const QJsonObject attachment{
        {QStringLiteral("pic.png"), QJsonObject{{QStringLiteral("image/png"), QString(30000, u'A')}}}};
    const QJsonArray a{
        code(QStringLiteral("plot()"), {image(bigPng)}, 1),
        code(QStringLiteral("show()"), {html(longHtml)}, 2),
        code(QStringLiteral("log()"), {stream(longStream)}, 3),
        code(QStringLiteral("small()"), {stream(QString(900, u's'))}, 4),
        code(QStringLiteral("page()"), {html(shortHtml)}, 5),
        with(markdown(QStringLiteral("![pic](attachment:pic.png)")), QStringLiteral("attachments"),
             attachment),
        markdown(QStringLiteral("quotes"), {}, {{QStringLiteral("q"), QString(140000, u'"')}}),
    };
    QByteArray otherPng = bigPng;
    otherPng[100] = 'r';
    QString otherHtml = longHtml;
    otherHtml[100] = u'i';
    QString otherStream = longStream;
    otherStream[100] = u't';
    QJsonObject otherAttachment = attachment;
    otherAttachment[QStringLiteral("pic.png")] =
        QJsonObject{{QStringLiteral("image/png"), QString(30000, u'B')}};
    const QJsonArray b{
        code(QStringLiteral("plot()"), {image(otherPng)}, 1),
        code(QStringLiteral("show()"), {html(otherHtml)}, 2),
        code(QStringLiteral("log()"), {stream(otherStream)}, 3),
        code(QStringLiteral("small()"), {stream(QString(2100, u's'))}, 4),
        code(QStringLiteral("page()"), {html(longHtml)}, 5),
        with(markdown(QStringLiteral("![pic](attachment:pic.png)")), QStringLiteral("attachments"),
             otherAttachment),
        markdown(QStringLiteral("quotes"), {}, {{QStringLiteral("q"), u'x' + QString(140000, u'"')}}),
    };
    for (const bool ids : {true, false}) {
        const NotebookDiff diff = diffOf(notebook(ids ? withIds(a) : a), notebook(ids ? withIds(b) : b));
        // By id: every cell modified. Without: nbdime pairs these short sources (< 10 characters)
        // differently.
        QCOMPARE(diff.changedCells(), ids ? 7 : 10);
        // Unchanged long values stay unchanged, and the same pairs compare equal both ways round.
        diffOf(notebook(ids ? withIds(b) : b), notebook(ids ? withIds(a) : a));
        const NotebookDiff same = diffOf(notebook(ids ? withIds(a) : a), notebook(ids ? withIds(a) : a));
        QCOMPARE(same.changedCells(), 0);
    }
    // Without ids, the cells whose long values changed are matched by their source as nbdime matches them.
    const NotebookDiff moved = diffOf(notebook(a), notebook(QJsonArray{b[2], b[0], b[1], b[3], b[4]}));
    QVERIFY(moved.changedCells() > 0);
}

// What the compact reader leaves to the whole-file reader (nullopt), which then names the problem or, for two
// "cells" keys and escaped top-level keys (valid JSON no notebook tool writes), reads them as Python would.
void TestNotebookDiffParts::compactReaderDeclines()
{
    QTemporaryDir dir;
    const QByteArray good = notebook(withIds(base()));
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    };
    const QString goodPath = write(QStringLiteral("good.ipynb"), good);
    QVERIFY(diffNotebookFilesCompact(goodPath, goodPath));
    const QByteArray cell = R"({"cell_type": "markdown", "metadata": {}, "source": "x"})";
    const QList<QByteArray> bad{
        R"({"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": [{"cells": []}]})",
        R"({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5, "cells": []})",
        R"({"\u0063ells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})",
        R"({"cells": [)" + cell + R"(,], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})",
        R"({"cells": [)" + cell + R"( )" + cell + R"(], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})",
        R"({"cells": [)" + cell + R"(, 3], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})",
        R"({"cells": [{"cell_type": "code", "metadata": {}, "source": "x"}], "metadata": {}, "nbformat": 4})",
        R"({"cells": [)" + cell + R"(], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}})",
        R"({"cells": [)" + cell + R"(], "metadata": {}, "nbformat": 4, "nbformat_minor": 5)",
        "<<<<<<< HEAD\n" + good,
    };
    for (qsizetype k = 0; k < bad.size(); ++k) {
        const QString path = write(QStringLiteral("bad%1.ipynb").arg(k), bad[k]);
        QVERIFY2(!diffNotebookFilesCompact(goodPath, path), qPrintable(QString::fromUtf8(bad[k].left(80))));
    }
    QVERIFY(!diffNotebookFilesCompact(goodPath, dir.filePath(QStringLiteral("missing.ipynb"))));
    QVERIFY(!diffNotebookFilesCompact(dir.path(), goodPath)); // a folder
}

QTEST_GUILESS_MAIN(TestNotebookDiffParts)
#include "tst_notebookdiffparts.moc"
