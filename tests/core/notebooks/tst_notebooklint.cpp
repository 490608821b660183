// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Each lint rule finds what it should (cell, line, rule, fix) and stays silent on the clean variant.
#include "notebooks/NotebookLint.h"
#include "notebooks/RootPathCell.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ts;
using namespace ts::nb;

namespace {

// A 4.5 notebook: a tagged root cell first (unless withRootCell is false), then one code cell per source.
QByteArray notebookWith(const QStringList& codeSources, bool withRootCell = true, const QStringList& ids = {})
{
    QJsonArray cells;
    if (withRootCell)
        cells.append(QJsonObject{{"id", "root"},
                                 {"cell_type", "code"},
                                 {"execution_count", QJsonValue::Null},
                                 {"metadata", QJsonObject{{"tags", QJsonArray{kRootCellTag}}}},
                                 {"outputs", QJsonArray()},
                                 {"source", rootCellSource({"Team", "results/ana", "checkpoints/ana"})}});
    for (int i = 0; i < codeSources.size(); ++i)
        cells.append(QJsonObject{{"id", ids.value(i, QStringLiteral("c%1").arg(i))},
                                 {"cell_type", "code"},
                                 {"execution_count", QJsonValue::Null},
                                 {"metadata", QJsonObject()},
                                 {"outputs", QJsonArray()},
                                 {"source", codeSources.at(i)}});
    return QJsonDocument(
               QJsonObject{
                   {"nbformat", 4}, {"nbformat_minor", 5}, {"metadata", QJsonObject()}, {"cells", cells}})
        .toJson();
}

QList<LintFinding> lint(const QByteArray& bytes, const QStringList& raw = {QStringLiteral("data/raw")})
{
    auto notebook = Notebook::parse(bytes, QStringLiteral("t.ipynb"));
    if (!notebook)
        qFatal("%s", qPrintable(notebook.error().message));
    return lintNotebook(*notebook, LintContext{raw});
}

QStringList summary(const QList<LintFinding>& findings)
{
    QStringList s;
    for (const LintFinding& f : findings)
        s << QStringLiteral("%1:%2:%3").arg(f.cell).arg(f.line).arg(f.rule);
    return s;
}

} // namespace

class TestNotebookLint : public QObject
{
    Q_OBJECT

private slots:
    void cleanNotebookHasNoFindings()
    {
        QCOMPARE(
            summary(lint(notebookWith({"import pandas as pd\ndf = pd.read_csv(ROOT_PATH / 'data/raw/x.csv')\n"
                                       "df.to_csv(RESULTS_DIR / 'x.csv')"}))),
            QStringList());
    }

    void hardcodedPaths_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("MyDrive") << "x = 1\ndf = load('/content/drive/MyDrive/team/data.csv')"
                                 << "1:2:hardcoded-path";
        QTest::newRow("My Drive") << "p = \"/content/drive/My Drive/team\""
                                  << "1:1:hardcoded-path";
        QTest::newRow("kaggle") << "a\nb\nopen('/kaggle/input/ds/train.csv')"
                                << "1:3:hardcoded-path";
        QTest::newRow("home") << "p = '/home/ana/data'"
                              << "1:1:hardcoded-path";
        QTest::newRow("mac home") << "p = '/Users/Ana Lee/data'"
                                  << "1:1:hardcoded-path";
        QTest::newRow("tilde") << "p = os.path.expanduser('~/data')"
                               << "1:1:hardcoded-path";
        QTest::newRow("drive letter") << "p = 'C:\\\\Users\\\\ana\\\\x.csv'"
                                      << "1:1:hardcoded-path";
        QTest::newRow("drive letter slash") << "p = open(\"D:/data/x.csv\")"
                                            << "1:1:hardcoded-path";
        QTest::newRow("comment only") << "# was /content/drive/MyDrive/x"
                                      << "";
        QTest::newRow("url is no drive letter") << "u = 'https://example.org/a'"
                                                << "";
        // Issue 12: a newline or tab escape after "A:" is text, not a path; raw strings and escaped
        // backslashes are.
        QTest::newRow("escaped backslash") << "p = 'A:\\\\data'"
                                           << "1:1:hardcoded-path";
        QTest::newRow("forward slash") << "p = \"C:/x\""
                                       << "1:1:hardcoded-path";
        QTest::newRow("raw string") << "p = r'D:\\x'"
                                    << "1:1:hardcoded-path";
        QTest::newRow("raw bytes") << "p = open(Rb\"E:\\new\")"
                                   << "1:1:hardcoded-path";
        QTest::newRow("unknown escape") << "p = 'F:\\data'"
                                        << "1:1:hardcoded-path";
        QTest::newRow("newline escape") << "print('A:\\n')"
                                        << "";
        QTest::newRow("tab escape") << "s = \"Q:\\t\" + x"
                                    << "";
        QTest::newRow("no separator") << "print('A:')"
                                      << "";
        QTest::newRow("unicode escape") << "s = 'B:\\u00e9'"
                                        << "";
    }
    void hardcodedPaths()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const QList<LintFinding> findings = lint(notebookWith({source}));
        QCOMPARE(summary(findings).join(u','), expected);
        if (!findings.isEmpty())
            QVERIFY(findings.first().fix.contains(QLatin1String("ROOT_PATH")));
    }

    void writesIntoRawData_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("to_csv") << "df = load()\ndf.to_csv(ROOT_PATH / 'data/raw/clean.csv')"
                                << "1:2:raw-write";
        QTest::newRow("open w") << "with open(f'{ROOT_PATH}/data/raw/x.txt', 'w') as f:"
                                << "1:1:raw-write";
        QTest::newRow("shell rm") << "!rm -rf data/raw/old"
                                  << "1:1:raw-write";
        QTest::newRow("torch.save") << "torch.save(m, ROOT_PATH / 'data/raw/m.pt')"
                                    << "1:1:raw-write";
        QTest::newRow("reading is fine") << "df = pd.read_csv(ROOT_PATH / 'data/raw/x.csv')"
                                         << "";
        QTest::newRow("open for reading") << "open(ROOT_PATH / 'data/raw/x.txt', 'r')"
                                          << "";
        QTest::newRow("processed is fine") << "df.to_csv(ROOT_PATH / 'data/processed/x.csv')"
                                           << "";
    }
    void writesIntoRawData()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(summary(lint(notebookWith({source}))).join(u','), expected);
    }

    void secrets_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("github") << "token = 'ghp_" + QString(36, u'a') + "'"
                                << "1:1:secret";
        QTest::newRow("aws") << "a = 1\nkey = \"AKIAIOSFODNN7EXAMPLE\""
                             << "1:2:secret";
        QTest::newRow("hugging face") << "login('hf_" + QString(34, u'B') + "')"
                                      << "1:1:secret";
        QTest::newRow("private key") << "k = '''\n-----BEGIN RSA PRIVATE KEY-----\nMIIE'''"
                                     << "1:2:secret";
        QTest::newRow("openssh key") << "-----BEGIN OPENSSH PRIVATE KEY-----"
                                     << "1:1:secret";
        QTest::newRow("too short to be a token") << "x = 'ghp_short'\ny = 'hf_abc'"
                                                 << "";
        QTest::newRow("from the environment") << "token = os.environ['HF_TOKEN']"
                                              << "";
    }
    void secrets()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const QList<LintFinding> findings = lint(notebookWith({source}));
        QCOMPARE(summary(findings).join(u','), expected);
        for (const LintFinding& f : findings)
            QVERIFY2(!f.message.contains(QStringLiteral("AKIAIOSFODNN7EXAMPLE")) &&
                         !f.message.contains(QString(20, u'a')),
                     "the message must not repeat the secret");
    }

    void missingOrMisplacedRootCell()
    {
        QCOMPARE(summary(lint(notebookWith({"x = 1"}, false))), QStringList{"0:0:missing-root-cell"});
        // The tagged cell exists but is not first.
        QByteArray moved = notebookWith({"x = 1"});
        auto notebook = Notebook::parse(moved, QStringLiteral("t.ipynb"));
        QVERIFY(notebook.ok());
        auto& cells = notebook->root().find("cells")->children;
        std::swap(cells[0], cells[1]);
        const QList<LintFinding> findings = lintNotebook(*notebook, {});
        QCOMPARE(summary(findings), QStringList{"0:0:missing-root-cell"});
        QVERIFY(findings.first().message.contains(QLatin1String("not the first cell")));
        QVERIFY(findings.first().fix.contains(QLatin1String("notebook root-cell")));
        // An empty notebook lacks it too.
        QCOMPARE(summary(lint(notebookWith({}, false))), QStringList{"0:0:missing-root-cell"});
    }

    void generatedCellIsNotFlagged()
    {
        // The root cell names /content/drive and /kaggle on purpose: it is exempt from the path rule.
        QCOMPARE(summary(lint(notebookWith({}))), QStringList());
    }

    void duplicateCellIds()
    {
        const QList<LintFinding> findings =
            lint(notebookWith({"a", "b", "c"}, true, {"same", "other", "same"}));
        QCOMPARE(summary(findings), QStringList{"3:0:duplicate-cell-id"});
        QVERIFY(findings.first().message.contains(QLatin1String("cell 1")));
    }
};

QTEST_GUILESS_MAIN(TestNotebookLint)
#include "tst_notebooklint.moc"
