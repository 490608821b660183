// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The notebook diff on a corpus of small pairs, each with the exact rows nbdime 4.0.4 reports for it
// (statuses, indices, changed parts) and the source line diffs, then on a generated pair of 2,000 cells with
// known edits (the parts of a diff: tst_notebookdiffparts). Where Teamspace deliberately differs from nbdime
// (docs/notebook-diff.md) the case says so.
#include "NotebookDiffCorpus.h"

#include "notebooks/NotebookDiff.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace ts;
using namespace ts::nb;
using namespace ts::test::nbdiff;

namespace {

struct Scale
{
    QByteArray a, b;
    QString expected;
};

// 2,000 cells (every third with an image output, the others streams), then in B: 8 sources edited, 6 outputs
// changed, 5 cells inserted, 4 deleted and one moved; the rows expected are built alongside.
Scale generated(bool ids)
{
    QJsonArray a;
    for (int k = 0; k < 2000; ++k) {
        const QString source =
            QStringLiteral("step_%1 = transform(data, %2)\nprint(step_%1.shape)\n").arg(k).arg(k * 7);
        const QJsonObject cell = k % 10 == 0
                                     ? markdown(QStringLiteral("## Part %1\nWhat step %1 does.").arg(k))
                                 : k % 3 == 0 ? code(source, {image(png(char('a' + k % 26)))}, k)
                                              : code(source, {stream(QStringLiteral("(%1, 3)\n").arg(k))}, k);
        a.append(ids ? with(cell, QStringLiteral("id"), QStringLiteral("id-%1").arg(k)) : cell);
    }
    QJsonArray b = a;
    QMap<int, QString> change; // index in A → expected row
    for (int k : {31, 212, 405, 777, 1003, 1290, 1500, 1888}) {
        QJsonObject cell = b[k].toObject();
        cell.insert(QStringLiteral("source"),
                    cell.value(QStringLiteral("source")).toString() + QStringLiteral("# checked\n"));
        b[k] = cell;
        change[k] = QStringLiteral("source");
    }
    for (int k : {101, 302, 544, 856, 1402, 1703}) {
        QJsonObject cell = b[k].toObject();
        cell.insert(QStringLiteral("outputs"), QJsonArray{stream(QStringLiteral("(%1, 4)\n").arg(k))});
        b[k] = cell;
        change[k] = QStringLiteral("outputs");
    }
    const QList<int> deleted{150, 650, 1150, 1650};
    const QList<int> inserted{60, 600, 1200, 1600, 1999}; // before A's cell of that index
    const int moved = 502, movedBefore = 1500;            // a code cell, unlike any cell near where it goes
    // Build B in A's index space: a list of (A index or -1 for new cells).
    QList<int> order;
    for (int k = 0; k < 2000; ++k) {
        if (inserted.contains(k))
            order << -1 - inserted.indexOf(k);
        if (k == movedBefore)
            order << moved;
        if (!deleted.contains(k) && k != moved)
            order << k;
    }
    QJsonArray finalB;
    QStringList expected;
    int bIndex = 0;
    int lastA = -1;
    for (int entry : order) {
        if (entry < 0) {
            const QJsonObject cell = code(QStringLiteral("inserted_%1 = %1\n").arg(-entry), {}, {});
            finalB.append(ids ? with(cell, QStringLiteral("id"), QStringLiteral("new-%1").arg(-entry))
                              : cell);
            expected << QStringLiteral("+:%1").arg(bIndex++);
            continue;
        }
        if (entry == moved) {
            finalB.append(b[entry]);
            expected << QStringLiteral("+:%1").arg(bIndex++);
            continue;
        }
        for (int gap = lastA + 1; gap < entry; ++gap) // deleted (and the moved cell) where they stood in A
            expected << QStringLiteral("-%1:").arg(gap);
        lastA = entry;
        finalB.append(b[entry]);
        expected << (change.contains(entry)
                         ? QStringLiteral("~%1:%2(%3)").arg(entry).arg(bIndex).arg(change[entry])
                         : QStringLiteral("=%1:%2").arg(entry).arg(bIndex));
        ++bIndex;
    }
    return {notebook(a, ids ? 5 : 4), notebook(finalB, ids ? 5 : 4), expected.join(u' ')};
}

} // namespace

class TestNotebookDiff : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void jsonShape();
    void badInput();
    void atScale_data();
    void atScale();
};

void TestNotebookDiff::corpus_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<QString>("expected");
    const QJsonArray cells = base();
    const QJsonArray idCells = withIds(cells);
    const QByteArray plain = notebook(cells, 4);
    const QByteArray identified = notebook(idCells);
    const QJsonObject extra = code(QStringLiteral("df.describe()\n"), {}, {});

    QTest::newRow("identical") << plain << plain << "=0:0 =1:1 =2:2 =3:3 =4:4";
    QTest::newRow("identical with ids") << identified << identified << "=0:0 =1:1 =2:2 =3:3 =4:4";
    const QJsonObject load2 =
        code(QStringLiteral("df = pd.read_csv(ROOT_PATH / 'raw/survey-2024.csv')\ndf.head()\n"),
             {result(QStringLiteral("   year  count"), 2)}, 2);
    QTest::newRow("one line edited") << plain << notebook(replaced(cells, 2, load2), 4)
                                     << "=0:0 =1:1 ~2:2(source) =3:3 =4:4";
    QTest::newRow("one line edited, ids")
        << identified
        << notebook(replaced(idCells, 2, with(load2, QStringLiteral("id"), QStringLiteral("c2"))))
        << "=0:0 =1:1 ~2:2(source) =3:3 =4:4";
    QTest::newRow("outputs only: text")
        << plain
        << notebook(
               replaced(cells, 2, code(kLoad, {result(QStringLiteral("   year  count\n0  2020  12"), 2)}, 2)),
               4)
        << "=0:0 =1:1 ~2:2(outputs) =3:3 =4:4";
    QTest::newRow("outputs only: image")
        << plain << notebook(replaced(cells, 3, code(kPlot, {image(png('b'))}, 3)), 4)
        << "=0:0 =1:1 =2:2 ~3:3(outputs) =4:4";
    QTest::newRow("outputs cleared") << plain << notebook(replaced(cells, 3, code(kPlot, {}, 3)), 4)
                                     << "=0:0 =1:1 =2:2 ~3:3(outputs) =4:4";
    QTest::newRow("re-run: outputs and count")
        << plain << notebook(replaced(cells, 1, code(kImport, {stream(QStringLiteral("ok\n"))}, 7)), 4)
        << "=0:0 ~1:1(outputs,execution_count) =2:2 =3:3 =4:4";
    QTest::newRow("execution_count only") << plain << notebook(replaced(cells, 1, code(kImport, {}, 9)), 4)
                                          << "=0:0 ~1:1(execution_count) =2:2 =3:3 =4:4";
    QTest::newRow("notebook metadata only")
        << plain << notebook(cells, 4, kernelMetadata(QStringLiteral("ir"))) << "=0:0 =1:1 =2:2 =3:3 =4:4";
    QTest::newRow("cell metadata only")
        << plain
        << notebook(replaced(cells, 1,
                             code(kImport, {}, 1, {},
                                  {{QStringLiteral("tags"), QJsonArray{QStringLiteral("setup")}}})),
                    4)
        << "=0:0 ~1:1(metadata) =2:2 =3:3 =4:4";
    QTest::newRow("insert first") << plain << notebook(insertedAt(cells, 0, extra), 4)
                                  << "+:0 =0:1 =1:2 =2:3 =3:4 =4:5";
    QTest::newRow("insert middle") << plain << notebook(insertedAt(cells, 3, extra), 4)
                                   << "=0:0 =1:1 =2:2 +:3 =3:4 =4:5";
    QTest::newRow("insert last") << plain << notebook(insertedAt(cells, 5, extra), 4)
                                 << "=0:0 =1:1 =2:2 =3:3 =4:4 +:5";
    QTest::newRow("insert two") << plain
                                << notebook(insertedAt(insertedAt(cells, 5, extra), 1,
                                                       markdown(QStringLiteral("Setup:"))),
                                            4)
                                << "=0:0 +:1 =1:2 =2:3 =3:4 =4:5 +:6";
    QTest::newRow("delete middle") << plain << notebook(removedAt(cells, 2), 4) << "=0:0 =1:1 -2: =3:2 =4:3";
    QTest::newRow("delete first") << plain << notebook(removedAt(cells, 0), 4) << "-0: =1:0 =2:1 =3:2 =4:3";
    QTest::newRow("delete all") << plain << notebook({}, 4) << "-0: -1: -2: -3: -4:";
    QTest::newRow("from empty") << notebook({}, 4) << plain << "+:0 +:1 +:2 +:3 +:4";
    QTest::newRow("insert and delete")
        << plain << notebook(insertedAt(removedAt(cells, 1), 3, extra), 4) << "=0:0 -1: =2:1 =3:2 +:3 =4:4";
    // A move is a removal and an insertion, as nbdime reports it.
    QTest::newRow("move down") << plain
                               << notebook(insertedAt(removedAt(cells, 1), 3, cells[1].toObject()), 4)
                               << "=0:0 -1: =2:1 =3:2 +:3 =4:4";
    QTest::newRow("move down, ids") << identified
                                    << notebook(insertedAt(removedAt(idCells, 1), 3, idCells[1].toObject()))
                                    << "=0:0 -1: =2:1 =3:2 +:3 =4:4";
    // Two cells swapped: nbdime's LCS keeps the first of A (walking back from the end) and moves the other.
    QTest::newRow("swap") << notebook({code(QStringLiteral("p = 1\n")), code(QStringLiteral("q = 2\n"))}, 4)
                          << notebook({code(QStringLiteral("q = 2\n")), code(QStringLiteral("p = 1\n"))}, 4)
                          << "+:0 =0:1 -1:";
    QTest::newRow("duplicates: one deleted")
        << notebook({code(QStringLiteral("plt.show()\n")), code(QStringLiteral("plt.show()\n")),
                     code(QStringLiteral("plt.show()\n"))},
                    4)
        << notebook({code(QStringLiteral("plt.show()\n")), code(QStringLiteral("plt.show()\n"))}, 4)
        << "-0: =1:0 =2:1";
    QTest::newRow("empty sources: one added")
        << notebook({code(kImport), code(QString())}, 4)
        << notebook({code(kImport), code(QString()), code(QString())}, 4) << "=0:0 +:1 =1:2";
    // Same id: matched however much the source changed. Without ids: a different cell.
    const QJsonObject rewritten =
        code(QStringLiteral("import polars as pl\nframe = pl.scan_parquet('x')\n"), {}, 1);
    QTest::newRow("rewritten, ids")
        << identified
        << notebook(replaced(idCells, 1, with(rewritten, QStringLiteral("id"), QStringLiteral("c1"))))
        << "=0:0 ~1:1(source) =2:2 =3:3 =4:4";
    QTest::newRow("rewritten, no ids")
        << plain << notebook(replaced(cells, 1, rewritten), 4) << "=0:0 -1: +:1 =2:2 =3:3 =4:4";
    QTest::newRow("id changed") << identified
                                << notebook(replaced(idCells, 1,
                                                     with(idCells[1].toObject(), QStringLiteral("id"),
                                                          QStringLiteral("fresh"))))
                                << "=0:0 ~1:1(id) =2:2 =3:3 =4:4";
    QTest::newRow("type change, ids")
        << identified
        << notebook(replaced(idCells, 4, raw(QStringLiteral("## Notes\nNothing yet."), QStringLiteral("c4"))))
        << "=0:0 =1:1 =2:2 =3:3 ~4:4(cell_type)";
    QTest::newRow("type change, no ids")
        << plain << notebook(replaced(cells, 4, raw(QStringLiteral("## Notes\nNothing yet."))), 4)
        << "=0:0 =1:1 =2:2 =3:3 -4: +:4";
    const QJsonObject withPicture = with(
        markdown(QStringLiteral("![chart](attachment:chart.png)")), QStringLiteral("attachments"),
        QJsonObject{{QStringLiteral("chart.png"),
                     QJsonObject{{QStringLiteral("image/png"), QString::fromLatin1(png('x').toBase64())}}}});
    const QJsonObject otherPicture = with(
        markdown(QStringLiteral("![chart](attachment:chart.png)")), QStringLiteral("attachments"),
        QJsonObject{{QStringLiteral("chart.png"),
                     QJsonObject{{QStringLiteral("image/png"), QString::fromLatin1(png('y').toBase64())}}}});
    QTest::newRow("attachments") << notebook({withPicture, code(kImport)}, 4)
                                 << notebook({otherPicture, code(kImport)}, 4) << "~0:0(attachments) =1:1";
    QTest::newRow("attachments added")
        << notebook({markdown(QStringLiteral("![chart](attachment:chart.png)")), code(kImport)}, 4)
        << notebook({withPicture, code(kImport)}, 4) << "~0:0(attachments) =1:1";
    QTest::newRow("crlf edit") << notebook({code(QStringLiteral("a = 1\r\nb = 2\r\nc = 3\r\n"))}, 4)
                               << notebook({code(QStringLiteral("a = 1\r\nb = 20\r\nc = 3\r\n"))}, 4)
                               << "~0:0(source)";
    QTest::newRow("unicode edit")
        << notebook(
               {markdown(QStringLiteral("# Données 📊\nÉtape une: café, naïve, 日本語\nFin")), code(kImport)},
               4)
        << notebook(
               {markdown(QStringLiteral("# Données 📊\nÉtape deux: café, naïve, 日本語\nFin")), code(kImport)},
               4)
        << "~0:0(source) =1:1";
    QTest::newRow("small edit and insert before it")
        << plain
        << notebook(
               insertedAt(replaced(cells, 4, markdown(QStringLiteral("## Notes\nNothing yet!"))), 4, extra),
               4)
        << "=0:0 =1:1 =2:2 =3:3 +:4 ~4:5(source)";
    QTest::newRow("error output added")
        << plain
        << notebook(
               replaced(cells, 2,
                        code(kLoad,
                             {error(QStringLiteral("FileNotFoundError"), QStringLiteral("raw/survey.csv"))},
                             2)),
               4)
        << "=0:0 =1:1 ~2:2(outputs) =3:3 =4:4";
    QTest::newRow("outputs reordered")
        << notebook({code(kImport,
                          {stream(QStringLiteral("one\n")),
                           stream(QStringLiteral("two\n"), QStringLiteral("stderr"))},
                          1)},
                    4)
        << notebook({code(kImport,
                          {stream(QStringLiteral("two\n"), QStringLiteral("stderr")),
                           stream(QStringLiteral("one\n"))},
                          1)},
                    4)
        << "~0:0(outputs)";
    // nbformat 4.4 → 4.5 adds an id to every cell: not a change of the cells (nbdime reports each modified).
    QTest::newRow("4.4 vs 4.5") << plain << identified << "=0:0 =1:1 =2:2 =3:3 =4:4";
}

void TestNotebookDiff::corpus()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(QString, expected);
    // TEAMSPACE_DIFF_CORPUS_DIR=DIR writes each pair and its expected rows there (for running nbdime on
    // them).
    if (const QString dir = qEnvironmentVariable("TEAMSPACE_DIFF_CORPUS_DIR"); !dir.isEmpty()) {
        const QString stem =
            dir + u'/' +
            QString::fromUtf8(QTest::currentDataTag())
                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.]+")), QStringLiteral("-"));
        for (const auto& [suffix, bytes] : {std::pair{".a.ipynb", a}, std::pair{".b.ipynb", b},
                                            std::pair{".expected", expected.toUtf8()}}) {
            QFile file(stem + QLatin1String(suffix));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        }
    }
    const NotebookDiff diff = diffOf(a, b);
    QCOMPARE(rows(diff), expected);
    // Every cell of each side appears exactly once, B's in order.
    int nextB = 0;
    for (const CellDiff& c : diff.cells)
        if (c.b >= 0)
            QCOMPARE(c.b, nextB++);
    QCOMPARE(nextB, int(diff.b->cells().size()));
    QCOMPARE(QJsonDocument::fromJson(diffToJsonText(diff)).object(), diffToJson(diff));
}

void TestNotebookDiff::jsonShape()
{
    const QJsonArray cells = base();
    const NotebookDiff diff =
        diffOf(notebook(cells, 4),
               notebook(insertedAt(removedAt(replaced(cells, 3, code(kPlot, {image(png('c'))}, 3)), 1), 0,
                                   markdown(QStringLiteral("Intro"))),
                        4));
    const QJsonObject json = diffToJson(diff);
    const QJsonArray rowsJson = json.value(QStringLiteral("cells")).toArray();
    QCOMPARE(rowsJson.size(), 6);
    const QJsonObject added = rowsJson[0].toObject();
    QCOMPARE(added.value(QStringLiteral("status")).toString(), QStringLiteral("added"));
    QVERIFY(added.value(QStringLiteral("a")).isNull());
    QCOMPARE(added.value(QStringLiteral("b")).toInt(), 0);
    QCOMPARE(added.value(QStringLiteral("changed")).toArray(), QJsonArray());
    const QJsonObject removed = rowsJson[2].toObject();
    QCOMPARE(removed.value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
    QCOMPARE(removed.value(QStringLiteral("a")).toInt(), 1);
    QVERIFY(removed.value(QStringLiteral("b")).isNull());
    const QJsonObject modified = rowsJson[4].toObject();
    QCOMPARE(modified.value(QStringLiteral("status")).toString(), QStringLiteral("modified"));
    QCOMPARE(modified.value(QStringLiteral("changed")).toArray(), QJsonArray{QStringLiteral("outputs")});
    QCOMPARE(modified.value(QStringLiteral("cell_type")).toString(), QStringLiteral("code"));
    const QJsonObject outputs = modified.value(QStringLiteral("outputs")).toObject();
    QCOMPARE(outputs.value(QStringLiteral("a")).toArray().size(), 1);
    const QJsonObject summary = outputs.value(QStringLiteral("b")).toArray()[0].toObject();
    QCOMPARE(summary.keys(), (QStringList{"bytes", "detail", "hash", "output_type"}));
    QCOMPARE(modified.value(QStringLiteral("source")).toObject(),
             (QJsonObject{
                 {QStringLiteral("same"), 2}, {QStringLiteral("removed"), 0}, {QStringLiteral("added"), 0}}));
    QCOMPARE(json.value(QStringLiteral("summary")).toObject(), (QJsonObject{{QStringLiteral("unchanged"), 3},
                                                                            {QStringLiteral("modified"), 1},
                                                                            {QStringLiteral("added"), 1},
                                                                            {QStringLiteral("removed"), 1}}));
    QCOMPARE(json.value(QStringLiteral("metadata")).toArray(), QJsonArray());
    QCOMPARE(json.value(QStringLiteral("nbformat")).toObject().value(QStringLiteral("changed")).toBool(),
             false);
    // The text the CLI prints is the same document.
    QJsonParseError error;
    const QJsonDocument text = QJsonDocument::fromJson(diffToJsonText(diff), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(text.object(), json);
}

void TestNotebookDiff::badInput()
{
    const QByteArray good = notebook(base(), 4);
    auto notJson =
        diffNotebookBytes(good, QStringLiteral("a.ipynb"), "{\"cells\": [", QStringLiteral("b.ipynb"));
    QVERIFY(!notJson);
    QCOMPARE(notJson.error().kind, ErrorKind::BadInput);
    QVERIFY2(notJson.error().message.startsWith(QStringLiteral("b.ipynb")),
             qPrintable(notJson.error().message));
    auto noCells = diffNotebookBytes(R"({"metadata": {}, "nbformat": 4, "nbformat_minor": 5})",
                                     QStringLiteral("x.ipynb"), good, QStringLiteral("b.ipynb"));
    QVERIFY(!noCells);
    QVERIFY2(noCells.error().message.contains(QStringLiteral("x.ipynb")),
             qPrintable(noCells.error().message));
}

// The text rules nbdime aligns cells with, against the values Python 3.11's difflib and re give.
void TestNotebookDiff::atScale_data()
{
    QTest::addColumn<bool>("ids");
    QTest::newRow("with ids") << true;
    QTest::newRow("without ids") << false;
}

void TestNotebookDiff::atScale()
{
    QFETCH(bool, ids);
    const Scale scale = generated(ids);
    QElapsedTimer timer;
    timer.start();
    const NotebookDiff diff = diffOf(scale.a, scale.b);
    const qint64 ms = timer.elapsed();
    // Compared row by row, so that a failure shows where.
    const QStringList got = rows(diff).split(u' ');
    const QStringList want = scale.expected.split(u' ');
    for (qsizetype k = 0; k < std::min(got.size(), want.size()); ++k)
        if (got[k] != want[k])
            QCOMPARE(got.mid(std::max<qsizetype>(0, k - 2), 6).join(u' '),
                     want.mid(std::max<qsizetype>(0, k - 2), 6).join(u' '));
    QCOMPARE(got.size(), want.size());
    QCOMPARE(diff.changedCells(), 8 + 6 + 5 + 4 + 2);
    qInfo("2,000 cells (%lld + %lld bytes): %lld ms", qint64(scale.a.size()), qint64(scale.b.size()), ms);
}

QTEST_GUILESS_MAIN(TestNotebookDiff)
#include "tst_notebookdiff.moc"
