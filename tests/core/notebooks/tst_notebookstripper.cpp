// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The stripper and the nbformat-exact writer: byte-for-byte agreement with python3-nbformat on the corpus,
// idempotence, the default rules, Python's number and line rules, and refusal of invalid input.
#include "NotebookCorpus.h"
#include "TestEnv.h"

#include "notebooks/Notebook.h"
#include "notebooks/NotebookStripper.h"
#include "notebooks/PythonJsonWriter.h"
#include "notebooks/SplitLines.h"
#include "workspace/Manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::nb;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kReferenceScript =
    QStringLiteral(TEAMSPACE_SOURCE_DIR "/tests/core/notebooks/nbformat_strip.py");

QString nbformatMissingReason()
{
    QProcess probe;
    probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import nbformat")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("%1 cannot be run (install python3)").arg(kPython);
    if (probe.exitCode() != 0)
        return QStringLiteral("python3-nbformat is not installed for %1 (apt-get install python3-nbformat)")
            .arg(kPython);
    return {};
}

QByteArray policyJson(const StripPolicy& policy, bool strip, bool upgrade)
{
    QJsonObject o;
    o[QStringLiteral("cellMetadataRemoved")] = QJsonArray::fromStringList(policy.cellMetadataRemoved);
    o[QStringLiteral("notebookMetadataRemoved")] = QJsonArray::fromStringList(policy.notebookMetadataRemoved);
    o[QStringLiteral("keepOutputs")] = policy.keepOutputs;
    o[QStringLiteral("strip")] = strip;
    o[QStringLiteral("upgrade")] = upgrade;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Runs nbformat on every corpus file; returns name → bytes nbformat wrote.
QMap<QString, QByteArray> nbformatOutputs(const StripPolicy& policy, bool strip, bool upgrade = false)
{
    QTemporaryDir dir;
    const QList<test::CorpusNotebook> corpus = upgrade ? test::notebookCorpusV3() : test::notebookCorpus();
    QStringList args{kReferenceScript, QString::fromUtf8(policyJson(policy, strip, upgrade))};
    for (const test::CorpusNotebook& nb : corpus) {
        test::writeFile(dir.filePath(nb.name + QStringLiteral(".ipynb")), nb.bytes);
        args << dir.filePath(nb.name + QStringLiteral(".ipynb"))
             << dir.filePath(nb.name + QStringLiteral(".out"));
    }
    QProcess python;
    python.start(kPython, args);
    python.waitForFinished(120000);
    if (python.exitCode() != 0)
        qWarning("nbformat failed: %s", python.readAllStandardError().constData());
    QMap<QString, QByteArray> result;
    for (const test::CorpusNotebook& nb : corpus)
        result[nb.name] = test::readFile(dir.filePath(nb.name + QStringLiteral(".out")));
    return result;
}

QByteArray strippedOrFail(const QByteArray& input, const StripPolicy& policy)
{
    auto result = stripNotebookBytes(input, policy);
    if (!result) {
        qWarning("%s", qPrintable(result.error().message));
        return {};
    }
    return *result;
}

void compareBytes(const QByteArray& ours, const QByteArray& theirs, const QString& name)
{
    if (ours == theirs)
        return;
    qsizetype i = 0;
    while (i < ours.size() && i < theirs.size() && ours[i] == theirs[i])
        ++i;
    qWarning("%s differs at byte %lld:\nours:   %s\nnbformat: %s", qPrintable(name),
             static_cast<long long>(i), ours.mid(qMax<qsizetype>(0, i - 60), 120).constData(),
             theirs.mid(qMax<qsizetype>(0, i - 60), 120).constData());
    QFAIL("output differs from nbformat's");
}

} // namespace

class TestNotebookStripper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserFolders(); }

    void pythonNumberForms_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("python");
        // Each right-hand side is what `python3 -c 'import json; print(json.dumps(json.loads(X)))'` prints.
        const char* const rows[][2] = {
            {"1.0", "1.0"},
            {"1e5", "100000.0"},
            {"1E-7", "1e-07"},
            {"0.1", "0.1"},
            {"1e16", "1e+16"},
            {"1e15", "1000000000000000.0"},
            {"-0", "0"},
            {"-0.0", "-0.0"},
            {"0.000001", "1e-06"},
            {"0.0001", "0.0001"},
            {"5e-324", "5e-324"},
            {"2.5e-8", "2.5e-08"},
            {"12345.678e3", "12345678.0"},
            {"1.5e300", "1.5e+300"},
            {"1e400", "Infinity"},
            {"-1e400", "-Infinity"},
            {"1e-400", "0.0"},
            {"-1e-400", "-0.0"},
            {"3.14159265358979323846", "3.141592653589793"},
            {"9007199254740993", "9007199254740993"},
            {"9007199254740993.0", "9007199254740992.0"},
            {"1e22", "1e+22"},
            {"123456789012345678.5", "1.2345678901234568e+17"},
            {"100.50", "100.5"},
            {"2E+3", "2000.0"},
            {"0.30000000000000004", "0.30000000000000004"},
            {"NaN", "NaN"},
            // Underflow written in decimal form was taken for overflow (the exponent's sign decided):
            // issue 12.
            {"0.0001e+5", "10.0"},
            {"-0.00001e-5", "-1e-10"},
            {"1e-5", "1e-05"},
            {"1E5", "100000.0"},
            {"1e+5", "100000.0"},
            {"1E+400", "Infinity"},
            {"-1E+400", "-Infinity"},
            {"2.4703282292062327e-324", "0.0"},
            {"2.4703282292062328e-324", "5e-324"},
            {"-2.4703282292062328e-324", "-5e-324"},
            {"4.9406564584124654e-324", "5e-324"},
            {"2.2250738585072014e-308", "2.2250738585072014e-308"},
            {"2.2250738585072011e-308", "2.225073858507201e-308"},
            {"1.7976931348623157e308", "1.7976931348623157e+308"},
            {"1.7976931348623159e308", "Infinity"},
            {"-1.7976931348623159e308", "-Infinity"},
            {"10e308", "Infinity"},
            {"1000e-400", "0.0"},
            {"-0e400", "-0.0"},
            {"0e-99999999999999999999", "0.0"},
            {"1e-99999999999999999999", "0.0"},
            {"-1e-99999999999999999999", "-0.0"},
            {"1e99999999999999999999", "Infinity"},
            {"0.1234567890123456789012345678901234567890", "0.12345678901234568"},
            {"18446744073709551616", "18446744073709551616"},
            {"-18446744073709551617", "-18446744073709551617"},
            {"18446744073709551616.0", "1.8446744073709552e+19"},
        };
        for (const auto& row : rows)
            QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
        const QString zeros(400, u'0');
        QTest::newRow("0.(400 zeros)1")
            << QStringLiteral("0.") + zeros + QStringLiteral("1") << QStringLiteral("0.0");
        QTest::newRow("-0.(400 zeros)1")
            << QStringLiteral("-0.") + zeros + QStringLiteral("1") << QStringLiteral("-0.0");
        QTest::newRow("0.(400 zeros)1e+5")
            << QStringLiteral("0.") + zeros + QStringLiteral("1e+5") << QStringLiteral("0.0");
        QTest::newRow("0.(400 zeros)1e+100")
            << QStringLiteral("0.") + zeros + QStringLiteral("1e+100") << QStringLiteral("1e-301");
        QTest::newRow("1(400 zeros)e-5")
            << QStringLiteral("1") + zeros + QStringLiteral("e-5") << QStringLiteral("Infinity");
        QTest::newRow("1(400 zeros).5e-100")
            << QStringLiteral("1") + zeros + QStringLiteral(".5e-100") << QStringLiteral("1e+300");
    }

    // pythonNumberText against Python's own json.loads → json.dumps on a few thousand literals: every JSON
    // number form (signs, leading fraction zeros, long mantissas, exponents with and without sign, E and e),
    // spread over normal, subnormal, underflowing and overflowing magnitudes.
    void numbersMatchPythonJson()
    {
        QProcess probe;
        probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import json")});
        if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("%1 cannot be run (install python3)").arg(kPython)));
        QList<QByteArray> literals;
        quint64 state = 12;
        auto next = [&state](quint64 bound) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return (state >> 33) % bound;
        };
        auto digits = [&next](int count, bool nonZeroFirst) {
            QByteArray d;
            for (int i = 0; i < count; ++i)
                d.append(char('0' + ((i == 0 && nonZeroFirst) ? 1 + next(9) : next(10))));
            return d;
        };
        for (int i = 0; i < 4000; ++i) {
            QByteArray literal = next(3) == 0 ? "-" : "";
            const int shape = int(next(4));
            if (shape == 0) { // 0.000…ddd
                literal += "0." + QByteArray(int(next(next(4) == 0 ? 420 : 20)), '0') +
                           digits(1 + int(next(40)), true);
            } else if (shape == 1) { // ddd.ddd
                literal += digits(1 + int(next(25)), true) + '.' + digits(1 + int(next(25)), false);
            } else if (shape == 2) { // ddd (an integer only with an exponent, else it is not a float)
                literal += digits(1 + int(next(40)), true);
            } else {
                literal += digits(1, true) + '.' + digits(16 + int(next(3)), false);
            }
            const bool exponent = shape == 2 || next(3) != 0;
            if (exponent) {
                literal += next(2) ? 'e' : 'E';
                const int sign = int(next(3));
                literal += sign == 0 ? "" : sign == 1 ? "+" : "-";
                literal += QByteArray::number(next(2) ? next(340) : next(30));
            }
            literals << literal;
        }
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("numbers.json")), '[' + literals.join(",\n") + ']');
        QProcess python;
        python.start(
            kPython,
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys\nfor x in json.load(open(sys.argv[1])): print(json.dumps(x))"),
             dir.filePath(QStringLiteral("numbers.json"))});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        const QList<QByteArray> expected = python.readAllStandardOutput().split('\n');
        QCOMPARE(expected.size(), literals.size() + 1);
        int differences = 0;
        for (qsizetype i = 0; i < literals.size(); ++i) {
            const std::string ours =
                pythonNumberText({literals[i].constData(), std::size_t(literals[i].size())});
            if (QByteArray::fromStdString(ours) != expected[i] && ++differences <= 5)
                qWarning("%s: ours %s, Python %s", literals[i].constData(), ours.c_str(),
                         expected[i].constData());
        }
        QCOMPARE(differences, 0);
    }
    void pythonNumberForms()
    {
        QFETCH(QString, literal);
        QFETCH(QString, python);
        const QByteArray utf8 = literal.toUtf8();
        QCOMPARE(
            QString::fromStdString(pythonNumberText({utf8.constData(), static_cast<size_t>(utf8.size())})),
            python);
    }

    void pythonSplitLines()
    {
        const std::string text = "a\r\nb\rc\nd\x0b"
                                 "e\x0c"
                                 "f\x1cg\xc2\x85h\xe2\x80\xa8i\xe2\x80\xa9j\xe2\x80\xaak";
        const std::vector<std::string_view> lines = splitLinesKeepEnds(text);
        const std::vector<std::string_view> expected = {
            "a\r\n", "b\r",       "c\n",           "d\x0b",         "e\x0c",
            "f\x1c", "g\xc2\x85", "h\xe2\x80\xa8", "i\xe2\x80\xa9", "j\xe2\x80\xaak"};
        QCOMPARE(lines.size(), expected.size());
        for (std::size_t i = 0; i < lines.size(); ++i)
            QCOMPARE(QByteArray(lines[i].data(), qsizetype(lines[i].size())),
                     QByteArray(expected[i].data(), qsizetype(expected[i].size())));
        QVERIFY(splitLinesKeepEnds("").empty());
        QCOMPARE(splitLinesKeepEnds("x\n").size(), std::size_t(1));
    }

    // countLines (the diff's line counts) is splitLinesKeepEnds(text).size() on every slice of the text above
    // and on random texts of breaks, near-breaks and ordinary bytes, with breaks on each side of its 16-byte steps.
    void countLinesAgreesWithSplitLines()
    {
        const std::string text = "a\r\nb\rc\nd\x0b"
                                 "e\x0c"
                                 "f\x1cg\xc2\x85h\xe2\x80\xa8i\xe2\x80\xa9j\xe2\x80\xaak\t\x1f\xc2\xe2\x80";
        for (std::size_t from = 0; from <= text.size(); ++from)
            for (std::size_t to = from; to <= text.size(); ++to) {
                const std::string_view slice = std::string_view(text).substr(from, to - from);
                QCOMPARE(countLines(slice), splitLinesKeepEnds(slice).size());
            }
        const std::string pieces[] = {"\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\t",
                                      "\xc2\x85", "\xc2\xa0", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe2\x80\xaa",
                                      "\xc2", "\xe2", "é", "x", "0123456789abcdefghij"};
        std::uint32_t seed = 16;
        int lines = 0;
        for (int round = 0; round < 2000; ++round) {
            std::string random;
            const int n = int(seed % 40);
            for (int k = 0; k < n; ++k) {
                seed = seed * 1664525u + 1013904223u;
                random += pieces[(seed >> 8) % std::size(pieces)];
            }
            seed = seed * 1664525u + 1013904223u;
            QCOMPARE(countLines(random), splitLinesKeepEnds(random).size());
            lines += int(countLines(random));
        }
        QVERIFY(lines > 2000); // the random texts did have breaks
    }

    void exactOutputOfTheDefaults()
    {
        const QByteArray input = R"nb({"nbformat": 4, "nbformat_minor": 5,
  "metadata": {"colab": {"provenance": [], "gpuType": "T4"}, "accelerator": "GPU", "widgets": {}, "signature": "x"},
  "cells": [{"id": "c1", "cell_type": "code", "execution_count": 9, "source": "a = 1\nprint(a)",
             "metadata": {"collapsed": true, "colab": {"height": 3}, "tags": ["t"]},
             "outputs": [{"output_type": "stream", "name": "stdout", "text": "1\n"}]}]})nb";
        const QByteArray expected = "{\n"
                                    " \"cells\": [\n"
                                    "  {\n"
                                    "   \"cell_type\": \"code\",\n"
                                    "   \"execution_count\": null,\n"
                                    "   \"id\": \"c1\",\n"
                                    "   \"metadata\": {\n"
                                    "    \"tags\": [\n"
                                    "     \"t\"\n"
                                    "    ]\n"
                                    "   },\n"
                                    "   \"outputs\": [],\n"
                                    "   \"source\": [\n"
                                    "    \"a = 1\\n\",\n"
                                    "    \"print(a)\"\n"
                                    "   ]\n"
                                    "  }\n"
                                    " ],\n"
                                    " \"metadata\": {\n"
                                    "  \"accelerator\": \"GPU\",\n"
                                    "  \"colab\": {\n"
                                    "   \"gpuType\": \"T4\"\n"
                                    "  }\n"
                                    " },\n"
                                    " \"nbformat\": 4,\n"
                                    " \"nbformat_minor\": 5\n"
                                    "}\n";
        QCOMPARE(strippedOrFail(input, defaultStripPolicy()), expected);
    }

    void keepOutputCellsKeepTheirOutputs()
    {
        const QByteArray input = R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
            {"id": "a", "cell_type": "code", "execution_count": 1, "source": "", "metadata": {"keep_output": true},
             "outputs": [{"output_type": "stream", "name": "stdout", "text": "kept"}]},
            {"id": "b", "cell_type": "code", "execution_count": 2, "source": "", "metadata": {"keep_output": 1},
             "outputs": [{"output_type": "stream", "name": "stdout", "text": "gone"}]}]})nb";
        const QByteArray out = strippedOrFail(input, defaultStripPolicy());
        QVERIFY(out.contains("\"kept\""));
        QVERIFY(out.contains("\"execution_count\": 1"));
        QVERIFY(!out.contains("gone")); // only JSON true keeps outputs, as in the Python rule (`is True`)
        StripPolicy keepAll = defaultStripPolicy();
        keepAll.keepOutputs = true;
        QVERIFY(strippedOrFail(input, keepAll).contains("\"gone\""));
    }

    void corpusMatchesNbformatByteForByte_data()
    {
        QTest::addColumn<bool>("strip");
        QTest::addColumn<bool>("keepOutputs");
        QTest::newRow("default policy") << true << false;
        QTest::newRow("keep outputs") << true << true;
        QTest::newRow("read and write only") << false << false;
    }
    void corpusMatchesNbformatByteForByte()
    {
        QFETCH(bool, strip);
        QFETCH(bool, keepOutputs);
        if (const QString reason = nbformatMissingReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        StripPolicy policy = defaultStripPolicy();
        policy.keepOutputs = keepOutputs;
        const QMap<QString, QByteArray> reference = nbformatOutputs(policy, strip);
        for (const test::CorpusNotebook& nb : test::notebookCorpus()) {
            QByteArray ours;
            if (strip) {
                ours = strippedOrFail(nb.bytes, policy);
            } else {
                auto parsed = Notebook::parse(nb.bytes, nb.name);
                QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
                ours = parsed->serialize().value();
            }
            QVERIFY2(!reference.value(nb.name).isEmpty(), qPrintable(nb.name));
            compareBytes(ours, reference.value(nb.name), nb.name);
        }
    }

    void nbformat3ConversionMatchesNbformat_data()
    {
        QTest::addColumn<bool>("strip");
        QTest::newRow("convert and strip") << true;
        QTest::newRow("convert only") << false;
    }
    void nbformat3ConversionMatchesNbformat()
    {
        QFETCH(bool, strip);
        if (const QString reason = nbformatMissingReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QMap<QString, QByteArray> reference = nbformatOutputs(defaultStripPolicy(), strip, true);
        for (const test::CorpusNotebook& nb : test::notebookCorpusV3()) {
            QByteArray ours;
            if (strip) {
                auto result = stripNotebookBytes(nb.bytes, defaultStripPolicy(), nb.name, true);
                QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
                ours = *result;
            } else {
                auto parsed = Notebook::parse(nb.bytes, nb.name);
                QVERIFY(parsed.ok());
                parsed->upgradeToV4();
                ours = parsed->serialize().value();
            }
            QVERIFY2(!reference.value(nb.name).isEmpty(), qPrintable(nb.name));
            compareBytes(ours, reference.value(nb.name), nb.name);
        }
    }

    void strippingIsIdempotent()
    {
        for (const test::CorpusNotebook& nb : test::notebookCorpus()) {
            const QByteArray once = strippedOrFail(nb.bytes, defaultStripPolicy());
            QVERIFY2(!once.isEmpty(), qPrintable(nb.name));
            QCOMPARE(strippedOrFail(once, defaultStripPolicy()), once);
        }
    }

    void invalidInputIsRefusedWithOffsetOrField_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("hello")
                                  << QStringLiteral("nb.ipynb: byte 0: not valid JSON");
        QTest::newRow("truncated") << QByteArray(R"nb({"nbformat": 4, "cells": [)nb")
                                   << QStringLiteral("nb.ipynb: byte 26: not valid JSON");
        QTest::newRow("trailing garbage")
            << QByteArray(R"nb({"nbformat": 4} x)nb") << QStringLiteral("byte 16: not valid JSON");
        QTest::newRow("conflict markers")
            << QByteArray("{\n<<<<<<< HEAD\n \"nbformat\": 4,\n=======\n \"nbformat\": 3,\n>>>>>>> theirs\n}")
            << QStringLiteral("nb.ipynb: byte 2: git conflict marker");
        QTest::newRow("unknown major")
            << QByteArray(R"nb({"nbformat": 5, "nbformat_minor": 0, "cells": [], "metadata": {}})nb")
            << QStringLiteral("nb.ipynb: nbformat 5 is not a notebook version");
        QTest::newRow("overflowing exponent")
            << QByteArray(R"nb({"x": 1e400})nb")
            << QStringLiteral("nb.ipynb: byte 6: not valid JSON: Number too big");
        QTest::newRow("nbformat a string")
            << QByteArray(R"nb({"nbformat": "4", "cells": [], "metadata": {}})nb")
            << QStringLiteral("nb.ipynb: nbformat is not an integer");
        QTest::newRow("top-level list")
            << QByteArray("[1]") << QStringLiteral("nb.ipynb: the top level is not an object");
        QTest::newRow("cells not a list")
            << QByteArray(R"nb({"nbformat": 4, "nbformat_minor": 5, "cells": {}, "metadata": {}})nb")
            << QStringLiteral("nb.ipynb: cells is not a list");
        QTest::newRow("source item not a string")
            << QByteArray(
                   R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "markdown", "metadata": {}, "source": ["a", 3]}]})nb")
            << QStringLiteral("nb.ipynb: cells[0].source[1] is not a string");
        QTest::newRow("code cell without outputs")
            << QByteArray(
                   R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "metadata": {}, "source": ""}]})nb")
            << QStringLiteral("nb.ipynb: cells[0].outputs is missing");
        QTest::newRow("output without type")
            << QByteArray(
                   R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "metadata": {}, "source": "", "outputs": [{}]}]})nb")
            << QStringLiteral("nb.ipynb: cells[0].outputs[0].output_type is missing");
        QTest::newRow("invalid utf-8") << QByteArray("{\"nbformat\": 4, \"x\": \"\xff\"}")
                                       << QStringLiteral("nb.ipynb: byte 22: not valid UTF-8");
        QTest::newRow("lone surrogate")
            << QByteArray(R"nb({"x": "\ud800"})nb")
            << QStringLiteral("nb.ipynb: byte 7: not valid JSON: The surrogate pair in string is invalid");
        QTest::newRow("overlong utf-8")
            << QByteArray("{\"a\": \"x\xC0\xAF\"}") << QStringLiteral("nb.ipynb: byte 8: not valid UTF-8");
        QTest::newRow("utf-8 surrogate")
            << QByteArray("{\"a\": \"\xED\xA0\x80\"}") << QStringLiteral("nb.ipynb: byte 7: not valid UTF-8");
        QTest::newRow("truncated utf-8")
            << QByteArray("{\"a\": \"\xF0\x9F\x98") << QStringLiteral("nb.ipynb: byte 7: not valid UTF-8");
        QTest::newRow("lone low surrogate")
            << QByteArray(R"nb({"x": "a\udc00"})nb") << QStringLiteral("lone UTF-16 surrogate");
        QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF{}")
            << QStringLiteral("nb.ipynb: byte 0: starts with a UTF-8 byte order mark");
        QTest::newRow("nested too deep")
            << QByteArray(100000, '[')
            << QStringLiteral("nb.ipynb: byte 900: not valid JSON: nested deeper than 900 levels");
        QTest::newRow("Inf is not Python's")
            << QByteArray(R"nb({"x": Inf})nb")
            << QStringLiteral("nb.ipynb: byte 6: not valid JSON: only NaN, Infinity and -Infinity");
        QTest::newRow("nbformat 3 is read but not written")
            << QByteArray(
                   R"nb({"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": [{"cells": []}]})nb")
            << QStringLiteral("nbformat 3 notebook: Teamspace writes nbformat 4 only");
    }
    void invalidInputIsRefusedWithOffsetOrField()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        auto result = stripNotebookBytes(input, defaultStripPolicy(), QStringLiteral("nb.ipynb"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    }

    void nbformat3IsReadForFacts()
    {
        auto notebook = Notebook::parse(R"nb({"nbformat": 3, "nbformat_minor": 0, "metadata": {"name": ""},
            "worksheets": [{"cells": [{"cell_type": "code", "input": ["a = 1\n", "a"], "language": "python", "outputs": []},
                                      {"cell_type": "heading", "level": 1, "source": "Title"}]}]})nb",
                                        QStringLiteral("v3.ipynb"));
        QVERIFY(notebook.ok());
        QCOMPARE(notebook->majorVersion(), 3);
        QCOMPARE(notebook->cells().size(), std::size_t(2));
        QCOMPARE(QByteArray(notebook->cellSource(*notebook->cells()[0]).data()), QByteArray("a = 1\na"));
    }
};

QTEST_GUILESS_MAIN(TestNotebookStripper)
#include "tst_notebookstripper.moc"
