// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli notebook diff` end to end: two files, a workspace notebook against HEAD in a real git
// repository, the --json shape of CLI.md, exit codes (0 same, 1 differ, 2 usage, 3 bad input), and bad
// input that names the path and writes nothing.
#include "../../core/notebooks/NotebookDiffCorpus.h"
#include "CliRunner.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include "git/GitCommit.h"
#include "git/GitRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::test;
using namespace ts::test::nbdiff;

namespace {

const QString kLoad = QStringLiteral("df = load('survey.csv')\ndf.head()\n");

QJsonArray before()
{
    return withIds({markdown(QStringLiteral("# Survey\nCounts per year.")),
                    code(kLoad, {stream(QStringLiteral("   year  count\n"))}, 1),
                    code(QStringLiteral("df.plot()\n"), {image(QByteArray(200, 'a'))}, 2),
                    markdown(QStringLiteral("## Notes"))});
}

// Cell 1's second line edited, cell 2's image changed, a cell added before the notes.
QJsonArray after()
{
    QJsonArray cells = before();
    QJsonObject load = cells[1].toObject();
    load.insert(QStringLiteral("source"), QStringLiteral("df = load('survey.csv')\ndf.tail()\n"));
    cells[1] = load;
    QJsonObject plot = cells[2].toObject();
    plot.insert(QStringLiteral("outputs"), QJsonArray{image(QByteArray(200, 'b'))});
    cells[2] = plot;
    QJsonObject extra = code(QStringLiteral("df.describe()\n"));
    extra.insert(QStringLiteral("id"), QStringLiteral("new"));
    cells.insert(3, extra);
    return cells;
}

QStringList diffArgs(const QStringList& paths, bool json = false)
{
    QStringList args{QStringLiteral("notebook"), QStringLiteral("diff")};
    if (json)
        args.prepend(QStringLiteral("--json"));
    return args + paths;
}

QString statuses(const QJsonObject& json)
{
    QStringList list;
    for (const QJsonValue& row : json.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject cell = row.toObject();
        QStringList changed;
        for (const QJsonValue& part : cell.value(QStringLiteral("changed")).toArray())
            changed << part.toString();
        list << QStringLiteral("%1 %2 %3 %4")
                    .arg(cell.value(QStringLiteral("status")).toString(),
                         cell.value(QStringLiteral("a")).isNull()
                             ? QStringLiteral("-")
                             : QString::number(cell.value(QStringLiteral("a")).toInt()),
                         cell.value(QStringLiteral("b")).isNull()
                             ? QStringLiteral("-")
                             : QString::number(cell.value(QStringLiteral("b")).toInt()),
                         changed.join(u','))
                    .trimmed();
    }
    return list.join(QStringLiteral("; "));
}

const QString kExpected =
    QStringLiteral("unchanged 0 0; modified 1 1 source; modified 2 2 outputs; added - 3; "
                   "unchanged 3 4");

} // namespace

class TestNotebookDiffCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void twoFiles()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.ipynb"));
        const QString b = dir.filePath(QStringLiteral("b.ipynb"));
        writeFile(a, notebook(before()));
        writeFile(b, notebook(after()));
        const CliOutput human = runCli(diffArgs({a, b}));
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.err.isEmpty(), human.err.constData());
        const QString text = QString::fromUtf8(human.out);
        QVERIFY2(text.contains(QStringLiteral("modified cell 1 code id c1: source\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("    - df.head()\n    + df.tail()\n")));
        QVERIFY(text.contains(QStringLiteral("modified cell 2 code id c2: outputs\n")));
        QVERIFY(text.contains(QStringLiteral("    outputs: display_data image/png")));
        QVERIFY(text.contains(QStringLiteral("added cell 3 (new) code id new\n    + df.describe()\n")));
        QVERIFY(text.contains(QStringLiteral("2 cells unchanged\n")));
        QVERIFY(!text.contains(QStringLiteral("Counts per year"))); // unchanged cells are folded

        const CliOutput json = runCli(diffArgs({a, b}, true));
        QCOMPARE(json.exitCode, 1);
        QVERIFY(json.jsonValid());
        QCOMPARE(statuses(json.json()), kExpected);
        const QJsonObject modified = json.json().value(QStringLiteral("cells")).toArray()[1].toObject();
        QCOMPARE(modified.value(QStringLiteral("id")).toString(), QStringLiteral("c1"));
        QCOMPARE(modified.value(QStringLiteral("source")).toObject().value(QStringLiteral("removed")).toInt(),
                 1);
        QCOMPARE(json.json()
                     .value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("unchanged"))
                     .toInt(),
                 2);

        const CliOutput same = runCli(diffArgs({a, a}, true));
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.json()
                     .value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("unchanged"))
                     .toInt(),
                 4);
        const CliOutput sameText = runCli(diffArgs({a, a}));
        QCOMPARE(sameText.exitCode, 0);
        QVERIFY(sameText.out.endsWith("4 cells unchanged\nno differences\n"));

        // Notebook metadata alone is a difference (exit 1), listed by key.
        const QString c = dir.filePath(QStringLiteral("c.ipynb"));
        writeFile(c, notebook(before(), 5, kernelMetadata(QStringLiteral("ir"))));
        const CliOutput metadata = runCli(diffArgs({a, c}));
        QCOMPARE(metadata.exitCode, 1);
        QVERIFY(metadata.out.contains("notebook metadata: kernelspec\n"));
    }

    void againstHead()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("team"));
        makeWorkspace(repo);
        const QString relative = QStringLiteral("notebooks/ana/survey.ipynb");
        QVERIFY(QDir(repo).mkpath(QStringLiteral("notebooks/ana")));
        writeFile(repo + u'/' + relative, notebook(before()));
        auto git = git::GitRepository::open(repo);
        QVERIFY(git);
        QVERIFY(git->commitAll(QStringLiteral("survey"),
                               {QStringLiteral("Ana"), QStringLiteral("ana@example.org")}));

        const CliOutput clean = runCliWith(diffArgs({relative}, true), {{}, repo, {}, -1, {}});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(clean.json()
                     .value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("unchanged"))
                     .toInt(),
                 4);

        writeFile(repo + u'/' + relative, notebook(after()));
        const QMap<QString, QByteArray> tree = snapshotTree(repo);
        const CliOutput edited = runCliWith(diffArgs({relative}, true), {{}, repo, {}, -1, {}});
        QCOMPARE(edited.exitCode, 1);
        QCOMPARE(statuses(edited.json()), kExpected);
        // From elsewhere, with -w and an absolute path: the same.
        const CliOutput elsewhere = runCli({QStringLiteral("-w"), repo, QStringLiteral("notebook"),
                                            QStringLiteral("diff"), repo + u'/' + relative});
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY(elsewhere.out.startsWith(("--- HEAD:" + relative + "\n+++ " + relative + "\n").toUtf8()));
        QCOMPARE(snapshotTree(repo),
                 tree); // nothing written (the index, HEAD and the working tree as they were)

        // Bad input, each naming the path: not in HEAD, outside the repository, missing, not a notebook.
        writeFile(repo + QStringLiteral("/notebooks/ana/new.ipynb"), notebook(before()));
        const CliOutput notInHead =
            runCliWith(diffArgs({QStringLiteral("notebooks/ana/new.ipynb")}), {{}, repo, {}, -1, {}});
        QCOMPARE(notInHead.exitCode, 3);
        QVERIFY2(notInHead.err.startsWith("error: notebooks/ana/new.ipynb: not in HEAD"),
                 notInHead.err.constData());
        QVERIFY(notInHead.out.isEmpty());

        const QString outside = dir.filePath(QStringLiteral("loose.ipynb"));
        writeFile(outside, notebook(before()));
        const CliOutput outsideRepo =
            runCli({QStringLiteral("-w"), repo, QStringLiteral("notebook"), QStringLiteral("diff"), outside});
        QCOMPARE(outsideRepo.exitCode, 3);
        QVERIFY2(outsideRepo.err.contains(outside.toUtf8()), outsideRepo.err.constData());

        const CliOutput missing =
            runCliWith(diffArgs({QStringLiteral("notebooks/ana/gone.ipynb")}), {{}, repo, {}, -1, {}});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains("notebooks/ana/gone.ipynb"), missing.err.constData());

        const QMap<QString, QByteArray> afterErrors = snapshotTree(repo);
        QCOMPARE(afterErrors.size(), tree.size() + 1); // only new.ipynb, which the test wrote
    }

    void badInput()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.ipynb"));
        writeFile(good, notebook(before()));
        const QString text = dir.filePath(QStringLiteral("notes.ipynb"));
        writeFile(text, "these are notes, not JSON\n");
        const QString noCells = dir.filePath(QStringLiteral("nocells.ipynb"));
        writeFile(noCells, R"({"metadata": {}, "nbformat": 4, "nbformat_minor": 5})");
        const QString missing = dir.filePath(QStringLiteral("missing.ipynb"));
        const QMap<QString, QByteArray> tree = snapshotTree(dir.path());

        for (const QString& bad : {text, noCells, missing}) {
            for (bool json : {false, true}) {
                const CliOutput out = runCli(diffArgs({good, bad}, json));
                QCOMPARE(out.exitCode, 3);
                QVERIFY2(out.err.startsWith("error: " + bad.toUtf8()), out.err.constData());
                QVERIFY(out.out.isEmpty());
            }
            QCOMPARE(runCli(diffArgs({bad, good})).exitCode, 3);
        }
        QVERIFY(runCli(diffArgs({text, good})).err.contains("notes.ipynb"));

        const CliOutput none = runCli(diffArgs({}));
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.startsWith("error: notebook diff takes two notebooks"));
        QCOMPARE(runCli(diffArgs({good, good, good})).exitCode, 2);
        // Outside any workspace, one path cannot be compared with HEAD.
        const CliOutput noWorkspace = runCliWith(diffArgs({good}), {{}, dir.path(), {}, -1, {}});
        QCOMPARE(noWorkspace.exitCode, 2);
        QVERIFY2(noWorkspace.err.contains(good.toUtf8()) || noWorkspace.err.contains("good.ipynb"),
                 noWorkspace.err.constData());
        const CliOutput help = runCli(diffArgs({QStringLiteral("--help")}));
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("notebook diff"));
        QCOMPARE(snapshotTree(dir.path()), tree);
    }

    // teamspace-cli is a small launcher that answers `notebook diff A B --json` itself and execs
    // teamspace-cli-commands (beside it, or in ../libexec/teamspace) for everything else. A copy of the
    // launcher alone still diffs; any other command says which file is missing and exits 4.
    void launcherAlone()
    {
        QTemporaryDir dir;
        const QString launcher = dir.filePath(QStringLiteral("teamspace-cli"));
        QVERIFY(QFile::copy(QStringLiteral(TEAMSPACE_CLI_PATH), launcher));
        const QString a = dir.filePath(QStringLiteral("a.ipynb"));
        const QString b = dir.filePath(QStringLiteral("b.ipynb"));
        writeFile(a, notebook(before()));
        writeFile(b, notebook(after()));
        CliOptions alone;
        alone.program = launcher;
        const CliOutput json = runCliWith(diffArgs({a, b}, true), alone);
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.out, runCli(diffArgs({a, b}, true)).out);
        QCOMPARE(statuses(json.json()), kExpected);
        for (const QStringList& args : {QStringList{QStringLiteral("--version")}, diffArgs({a, b})}) {
            const CliOutput other = runCliWith(args, alone);
            QCOMPARE(other.exitCode, 4);
            QVERIFY2(other.err.startsWith("error: " + dir.path().toUtf8() +
                                          "/../libexec/teamspace/teamspace-cli-commands: missing"),
                     other.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestNotebookDiffCli)
#include "tst_notebookdiffcli.moc"
