// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The launcher's Qt-free `notebook diff A B --json` (NotebookDiffPlain.h) against the Qt engine: every pair is
// diffed by the real teamspace-cli (which answers, or execs teamspace-cli-commands when it declines) and by
// teamspace-cli-commands itself, and stdout, stderr and the exit code must be identical. A copy of the
// launcher alone (no commands executable beside it: a decline fails with exit 4, "missing") counts what the
// plain diff answered itself. Pairs: the benchmark's (tests/bench/make_diff_pairs.py: the 5 MB and 50 MB
// pairs with and without ids, and its 30 small pairs, none of which may be declined), tst_notebookdiff's
// corpus (written out by that program), bad inputs, and seeded random mutations of a notebook.
#include "CliRunner.h"
#include "NotebookDiffPlainCases.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ts::test;

namespace {

struct Tally
{
    int pairs = 0;
    int declined = 0;
    QStringList declinedNames;
};

} // namespace

class TestNotebookDiffPlain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_alone; // a copy of the launcher without teamspace-cli-commands beside it

    static QStringList diffArgs(const QString& a, const QString& b)
    {
        return {QStringLiteral("notebook"), QStringLiteral("diff"), a, b, QStringLiteral("--json")};
    }

    // Diffs a and b both ways; true when stdout, stderr and the exit code are the same, and the launcher alone
    // either declined or said the same. Counts the declines in `tally`.
    bool same(const QString& name, const QString& a, const QString& b, Tally& tally)
    {
        const CliOutput launcher = runCli(diffArgs(a, b));
        CliOptions qtEngine;
        qtEngine.program = QStringLiteral(TEAMSPACE_CLI_COMMANDS_PATH);
        const CliOutput commands = runCliWith(diffArgs(a, b), qtEngine);
        CliOptions aloneOptions;
        aloneOptions.program = m_alone;
        const CliOutput alone = runCliWith(diffArgs(a, b), aloneOptions);
        const bool declined = alone.exitCode == 4 && alone.err.contains("teamspace-cli-commands: missing");
        ++tally.pairs;
        if (declined) {
            ++tally.declined;
            tally.declinedNames << name;
        }
        const bool equal = launcher.out == commands.out && launcher.err == commands.err &&
                           launcher.exitCode == commands.exitCode &&
                           (declined || (alone.out == commands.out && alone.exitCode == commands.exitCode));
        if (!equal)
            qWarning("%s: launcher (exit %d):\n%s%s\nteamspace-cli-commands (exit %d):\n%s%s", qPrintable(name),
                     launcher.exitCode, launcher.out.left(4000).constData(), launcher.err.constData(),
                     commands.exitCode, commands.out.left(4000).constData(), commands.err.constData());
        // A diff (0, 1) or bad input (3), never a crash or a timeout.
        if (commands.exitCode < 0 || commands.exitCode > 3)
            qWarning("%s: teamspace-cli-commands exited %d: %s", qPrintable(name), commands.exitCode,
                     commands.err.constData());
        return equal && commands.exitCode >= 0 && commands.exitCode <= 3;
    }

    void requireSame(const QString& name, const QString& a, const QString& b, Tally& tally)
    {
        QVERIFY2(same(name, a, b, tally),
                 qPrintable(name + QStringLiteral(": the two paths differ (see the warning above)")));
    }

    static void report(const char* what, const Tally& tally)
    {
        qInfo("%s: %d pairs, %d answered by the plain diff, %d declined (run by the Qt engine)%s%s", what,
              tally.pairs, tally.pairs - tally.declined, tally.declined, tally.declined ? ": " : "",
              qPrintable(tally.declinedNames.join(QStringLiteral(", "))));
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(QStringLiteral(TEAMSPACE_CLI_COMMANDS_PATH)).isExecutable());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("alone")));
        m_alone = m_dir.filePath(QStringLiteral("alone/teamspace-cli"));
        QVERIFY(QFile::copy(QStringLiteral(TEAMSPACE_CLI_PATH), m_alone));
    }

    // The benchmark's pairs: every one must be answered by the plain diff, with the Qt engine's bytes.
    void benchPairs()
    {
        const QString out = m_dir.filePath(QStringLiteral("bench"));
        QProcess make;
        make.start(QStringLiteral("python3"),
                   {QStringLiteral(TEAMSPACE_SOURCE_DIR "/tests/bench/make_diff_pairs.py"), QStringLiteral("--out"),
                    out});
        QVERIFY2(make.waitForFinished(300000) && make.exitCode() == 0,
                 qPrintable(QStringLiteral("make_diff_pairs.py (python3 is required): ") +
                            QString::fromLocal8Bit(make.readAllStandardError())));
        const QJsonArray pairs =
            QJsonDocument::fromJson(readFile(out + QStringLiteral("/pairs.json"))).array();
        QCOMPARE(pairs.size(), 34); // 4 big pairs and 30 small ones
        Tally tally;
        for (const QJsonValue& pair : pairs) {
            const QString name = pair[QStringLiteral("name")].toString();
            const QString dir = pair[QStringLiteral("dir")].toString();
            requireSame(name, dir + QStringLiteral("/a.ipynb"), dir + QStringLiteral("/b.ipynb"), tally);
        }
        report("bench pairs", tally);
        QCOMPARE(tally.declined, 0);
    }

    // tst_notebookdiff's corpus (TEAMSPACE_DIFF_CORPUS_DIR makes it write its pairs out).
    void notebookDiffCorpus()
    {
        const QString out = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(out));
        QProcess corpus;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TEAMSPACE_DIFF_CORPUS_DIR"), out);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        corpus.setProcessEnvironment(env);
        corpus.start(QStringLiteral(TST_NOTEBOOKDIFF_PATH), {QStringLiteral("corpus")});
        QVERIFY2(corpus.waitForFinished(300000) && corpus.exitCode() == 0,
                 corpus.readAllStandardOutput().right(2000).constData());
        const QStringList pairs = QDir(out).entryList({QStringLiteral("*.a.ipynb")}, QDir::Files, QDir::Name);
        QVERIFY2(pairs.size() >= 30, qPrintable(QString::number(pairs.size())));
        Tally tally;
        for (const QString& a : pairs) {
            const QString stem = a.chopped(int(qstrlen(".a.ipynb")));
            requireSame(stem, out + u'/' + a, out + u'/' + stem + QStringLiteral(".b.ipynb"), tally);
        }
        report("tst_notebookdiff corpus", tally);
        QVERIFY(tally.declined < tally.pairs / 4); // nbformat 3 pairs only
    }

    // Files the plain diff must decline or read exactly as the Qt engine does.
    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const auto& [name, text] : unusualNotebooks())
            QTest::newRow(name.constData()) << text;
    }

    void badInputs()
    {
        QFETCH(QByteArray, text);
        const QString a = m_dir.filePath(QStringLiteral("good.ipynb"));
        const QString b = m_dir.filePath(QStringLiteral("bad.ipynb"));
        writeFile(a, emptyNotebook());
        writeFile(b, text);
        Tally tally;
        requireSame(QString::fromUtf8(QTest::currentDataTag()), a, b, tally);
        requireSame(QString::fromUtf8(QTest::currentDataTag()) + QStringLiteral(" (as A)"), b, a, tally);
        qInfo("%s", tally.declined ? "declined: the Qt engine answered" : "answered by the plain diff");
    }

    void missingFileAndFolder()
    {
        const QString a = m_dir.filePath(QStringLiteral("good.ipynb"));
        writeFile(a, emptyNotebook());
        Tally tally;
        requireSame(QStringLiteral("missing"), a, m_dir.filePath(QStringLiteral("missing.ipynb")), tally);
        requireSame(QStringLiteral("folder"), m_dir.path(), a, tally);
        QCOMPARE(tally.declined, 2);
    }

    // Seeded random edits of a small notebook (a byte removed, replaced or inserted, or the file cut short).
    void mutations()
    {
        const QString source = m_dir.filePath(QStringLiteral("bench/corpus/30-mixed"));
        const QByteArray a = readFile(source + QStringLiteral("/a.ipynb"));
        const QByteArray b = readFile(source + QStringLiteral("/b.ipynb"));
        QVERIFY2(!a.isEmpty() && !b.isEmpty(), "benchPairs writes the pairs first");
        QRandomGenerator random(16);
        const QByteArray alphabet = "\"\\{}[],:0-e. x\n\x80\xC3";
        const QString pathA = source + QStringLiteral("/a.ipynb");
        const QString mutated = m_dir.filePath(QStringLiteral("mutated.ipynb"));
        Tally tally;
        for (int k = 0; k < 60; ++k) {
            QByteArray text = b;
            const int at = int(random.bounded(quint32(text.size())));
            switch (random.bounded(4)) {
            case 0:
                text.remove(at, 1);
                break;
            case 1:
                text[at] = alphabet[int(random.bounded(quint32(alphabet.size())))];
                break;
            case 2:
                text.insert(at, alphabet[int(random.bounded(quint32(alphabet.size())))]);
                break;
            default:
                text.truncate(at);
            }
            writeFile(mutated, text);
            requireSame(QStringLiteral("mutation %1 at byte %2").arg(k).arg(at), pathA, mutated, tally);
        }
        report("mutations", tally);
    }
};

QTEST_GUILESS_MAIN(TestNotebookDiffPlain)
#include "tst_notebookdiffplain.moc"
