// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The notebook diff beside the real nbdime 4.0.4 (its source in NBDIME_SRC, default /tmp/nbdime, run by
// /usr/bin/python3 with Debian's python3-nbformat; skipped where it is not there, as on CI): the corpus of
// tst_notebookdiff is checked against nbdime's rows written down; here random pairs are, small ones (up to 12
// cells: every pair compared densely, as nbdime does) and big ones (120 to 250 cells: aligned in two steps
// past 10,000 cell pairs), with and without ids: inserts, deletes, edits, rewrites, outputs, metadata, moves,
// type and id changes, execution counts, duplicate cells. Every pair must give nbdime's rows exactly.
#include "NotebookDiffCorpus.h"
#include "TestEnv.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::nb;
using namespace ts::test::nbdiff;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QString nbdimeSource()
{
    const QString dir = qEnvironmentVariable("NBDIME_SRC");
    return dir.isEmpty() ? QStringLiteral("/tmp/nbdime") : dir;
}

QByteArray python(const QStringList& args, int* exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), nbdimeSource());
    p.setProcessEnvironment(env);
    p.start(kPython, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(600'000))
        qFatal("python did not finish");
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (*exitCode != 0)
        qWarning("%s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

class PairMaker
{
public:
    explicit PairMaker(quint32 seed) : m_random(seed) {}

    int below(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(double p) { return m_random.generateDouble() < p; }

    QString source()
    {
        static const char* const words[] = {"data", "model", "plot", "df",   "x",
                                            "y",    "train", "test", "loss", "acc"};
        QStringList lines;
        for (int k = below(7); k > 0; --k)
            lines << QStringLiteral("%1_%2 = %3(%4)")
                         .arg(QLatin1String(words[below(10)]))
                         .arg(below(31))
                         .arg(QLatin1String(words[below(10)]), QLatin1String(words[below(10)]));
        return lines.join(u'\n');
    }

    QJsonObject output()
    {
        const double t = m_random.generateDouble();
        if (t < 0.4)
            return stream(QStringLiteral("value %1\n").arg(below(21)),
                          chance(0.5) ? QStringLiteral("stdout") : QStringLiteral("stderr"));
        if (t < 0.7)
            return result(QString::number(below(100)), 1 + below(9));
        if (t < 0.9)
            return image(QByteArray(60, char(below(4))));
        return error(QStringLiteral("ValueError"), QStringLiteral("bad %1").arg(below(4)));
    }

    QJsonArray outputs()
    {
        QJsonArray list;
        for (int k = below(3); k > 0; --k)
            list.append(output());
        return list;
    }

    QJsonObject cell(bool ids)
    {
        const double t = m_random.generateDouble();
        QJsonObject c =
            t < 0.25  ? markdown(QStringLiteral("## ") + source())
            : t < 0.3 ? raw(source())
                      : code(source(), outputs(), chance(0.3) ? QJsonValue() : QJsonValue(1 + below(20)));
        if (ids)
            c.insert(QStringLiteral("id"), QStringLiteral("id-%1").arg(m_random.generate()));
        return c;
    }

    void mutate(QJsonArray& b, bool ids, int changes)
    {
        for (int n = 0; n < changes; ++n) {
            if (b.isEmpty()) {
                b.append(cell(ids));
                continue;
            }
            const int i = below(int(b.size()));
            QJsonObject c = b[i].toObject();
            const QString type = c.value(QStringLiteral("cell_type")).toString();
            const double op = m_random.generateDouble();
            if (op < 0.2) {
                b.insert(i, cell(ids));
                continue;
            }
            if (op < 0.35) {
                b.removeAt(i);
                continue;
            }
            if (op < 0.75 && op >= 0.65) { // a move
                b.removeAt(i);
                b.insert(below(int(b.size()) + 1), c);
                continue;
            }
            if (op < 0.5)
                c.insert(QStringLiteral("source"), c.value(QStringLiteral("source")).toString() +
                                                       QStringLiteral("\n# edit %1").arg(below(10)));
            else if (op < 0.6)
                c.insert(QStringLiteral("source"), source());
            else if (op < 0.65 && type == QLatin1String("code"))
                c.insert(QStringLiteral("outputs"), outputs());
            else if (op < 0.65)
                c.insert(QStringLiteral("metadata"),
                         QJsonObject{{QStringLiteral("tags"), QJsonArray{below(4)}}});
            else if (op < 0.85 && type == QLatin1String("markdown"))
                c.insert(QStringLiteral("cell_type"), QStringLiteral("raw"));
            else if (op < 0.95 && type == QLatin1String("code"))
                c.insert(QStringLiteral("execution_count"), 30 + below(10));
            else if (ids)
                c.insert(QStringLiteral("id"), QStringLiteral("changed-%1").arg(m_random.generate()));
            b[i] = c;
        }
    }

    // Writes NAME.a.ipynb and NAME.b.ipynb.
    void write(const QString& dir, const QString& name, int minCells, int maxCells, int maxChanges)
    {
        const bool ids = chance(0.5);
        QJsonArray a;
        for (int k = minCells + below(maxCells - minCells + 1); k > 0; --k)
            a.append(cell(ids));
        QJsonArray b = a;
        mutate(b, ids, 1 + below(maxChanges));
        if (!a.isEmpty() && chance(0.2)) { // a duplicate of the first cell at the end of both
            QJsonObject copy = a[0].toObject();
            if (ids)
                copy.insert(QStringLiteral("id"), QStringLiteral("dup"));
            a.append(copy);
            b.append(copy);
        }
        test::writeFile(dir + u'/' + name + QStringLiteral(".a.ipynb"), notebook(a, ids ? 5 : 4));
        test::writeFile(dir + u'/' + name + QStringLiteral(".b.ipynb"), notebook(b, ids ? 5 : 4));
    }

private:
    QRandomGenerator m_random;
};

} // namespace

class TestNotebookDiffNbdime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        int code = 0;
        python({QStringLiteral("-c"), QStringLiteral("import nbformat, nbdime.diffing.notebooks")}, &code);
        if (code != 0)
            QSKIP(qPrintable(
                QStringLiteral("nbdime's source is not in %1, or /usr/bin/python3 cannot import it "
                               "(NBDIME_SRC; Debian's python3-nbformat)")
                    .arg(nbdimeSource())));
    }

    void randomPairs_data()
    {
        QTest::addColumn<int>("pairs");
        QTest::addColumn<int>("minCells");
        QTest::addColumn<int>("maxCells");
        QTest::addColumn<int>("maxChanges");
        QTest::newRow("small") << 300 << 0 << 12 << 5;
        QTest::newRow("big") << 30 << 120 << 250 << 30;
    }

    void randomPairs()
    {
        QFETCH(int, pairs);
        QFETCH(int, minCells);
        QFETCH(int, maxCells);
        QFETCH(int, maxChanges);
        QTemporaryDir dir;
        PairMaker maker(quint32(pairs * 1000 + maxCells));
        for (int n = 0; n < pairs; ++n)
            maker.write(dir.path(), QStringLiteral("p%1").arg(n, 3, 10, QLatin1Char('0')), minCells, maxCells,
                        maxChanges);
        int code = 0;
        const QByteArray listing = python(
            {QStringLiteral(TEAMSPACE_SOURCE_DIR "/tests/core/notebooks/nbdime_rows.py"), dir.path()}, &code);
        QCOMPARE(code, 0);
        int compared = 0;
        for (const QByteArray& line : listing.split('\n')) {
            if (line.isEmpty())
                continue;
            const QString name = QString::fromUtf8(line.left(line.indexOf('\t')));
            const QString theirs = QString::fromUtf8(line.mid(line.indexOf('\t') + 1));
            const NotebookDiff ours = diffOf(test::readFile(dir.filePath(name + QStringLiteral(".a.ipynb"))),
                                             test::readFile(dir.filePath(name + QStringLiteral(".b.ipynb"))));
            if (rows(ours) != theirs)
                qWarning("%s:\n  nbdime: %s\n  ours:   %s", qPrintable(name), qPrintable(theirs),
                         qPrintable(rows(ours)));
            QCOMPARE(rows(ours), theirs);
            ++compared;
        }
        QCOMPARE(compared, pairs);
    }
};

QTEST_GUILESS_MAIN(TestNotebookDiffNbdime)
#include "tst_notebookdiffnbdime.moc"
