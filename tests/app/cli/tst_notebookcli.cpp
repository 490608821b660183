// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli notebook …` end to end, as a user or a git hook runs it: exit codes, exact file bytes,
// JSON shapes of CLI.md, and bad input that changes nothing.
#include "../../core/index/IndexTestSupport.h"
#include "../../core/notebooks/NotebookCorpus.h"
#include "CliRunner.h"
#include "TestEnv.h"

#include "notebooks/NotebookStripper.h"
#include "workspace/Manifest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::test;

namespace {

QByteArray corpus(const QString& name)
{
    for (const CorpusNotebook& nb : notebookCorpus())
        if (nb.name == name)
            return nb.bytes;
    qFatal("no corpus notebook %s", qPrintable(name));
}

QByteArray stripped(const QByteArray& bytes, const StripPolicy& policy = defaultStripPolicy())
{
    return nb::stripNotebookBytes(bytes, policy).value();
}

// A workspace (one folder for repository and shared folder) with the index tests' team: lea (lead, no quota),
// ana (1 GB), ben (10 kB); ana runs notebooks/ana/train.ipynb, expected output 100 MB.
void writeWorkspace(const QString& dir, const StripPolicy& policy = defaultStripPolicy())
{
    Manifest m = teamManifest();
    NotebookAssignment running;
    running.path = QStringLiteral("notebooks/ana/train.ipynb");
    running.owner = QStringLiteral("ana");
    running.runner = QStringLiteral("ana");
    running.expectedOutputBytes = 100'000'000;
    m.notebooks = {running};
    m.policies.strip = policy;
    writeFile(dir + QStringLiteral("/teamspace.json"), serializeManifest(m));
}

void makeSparseFile(const QString& path, qint64 size)
{
    writeFile(path, QByteArray());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(size));
}

} // namespace

class TestNotebookCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void stripRewritesInPlaceThenLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("colab.ipynb"));
        writeFile(path, corpus(QStringLiteral("colab-saved")));
        CliOutput first = runCli({QStringLiteral("notebook"), QStringLiteral("strip"), path});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.startsWith("stripped: "));
        QCOMPARE(readFile(path), stripped(corpus(QStringLiteral("colab-saved"))));
        const QDateTime mtime = QFileInfo(path).lastModified();
        CliOutput second = runCli({QStringLiteral("--json"), QStringLiteral("notebook"), QStringLiteral("strip"), path});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().value(QStringLiteral("unchanged")).toArray(), QJsonArray{path});
        QCOMPARE(QFileInfo(path).lastModified(), mtime); // not rewritten
    }

    void checkChangesNothingAndSaysWhetherItWould()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.ipynb")), corpus(QStringLiteral("jupyter-saved")));
        writeFile(dir.filePath(QStringLiteral("b.ipynb")), stripped(corpus(QStringLiteral("ansi"))));
        const auto before = snapshotTree(dir.path());
        CliOutput dirty = runCli({QStringLiteral("notebook"), QStringLiteral("strip"), QStringLiteral("--check"),
                                  dir.filePath(QStringLiteral("a.ipynb")), dir.filePath(QStringLiteral("b.ipynb"))});
        QCOMPARE(dirty.exitCode, 1);
        QVERIFY(dirty.out.contains("would change: " + dir.filePath(QStringLiteral("a.ipynb")).toUtf8()));
        QVERIFY(dirty.out.contains("unchanged: " + dir.filePath(QStringLiteral("b.ipynb")).toUtf8()));
        CliOutput clean = runCli({QStringLiteral("notebook"), QStringLiteral("strip"), QStringLiteral("--check"), dir.filePath(QStringLiteral("b.ipynb"))});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(snapshotTree(dir.path()), before);
    }

    void stdoutWritesTheStrippedNotebookOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.ipynb"));
        writeFile(path, corpus(QStringLiteral("non-ascii")));
        CliOutput out = runCli({QStringLiteral("notebook"), QStringLiteral("strip"), QStringLiteral("--stdout"), path});
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(out.out, stripped(corpus(QStringLiteral("non-ascii"))));
        QCOMPARE(readFile(path), corpus(QStringLiteral("non-ascii")));
    }

    void invalidNotebooksAreRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("PK\x03\x04 zip") << "bad.ipynb: byte 0: not valid JSON";
        QTest::newRow("truncated") << corpus(QStringLiteral("colab-saved")).left(500) << "bad.ipynb: byte 500: not valid JSON";
        QTest::newRow("conflict") << QByteArray("{\n<<<<<<< HEAD\n \"cells\": []\n=======\n>>>>>>> x\n}\n") << "bad.ipynb: byte 2: git conflict marker";
        QTest::newRow("wrong type") << QByteArray(R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": [], "cells": []})nb") << "bad.ipynb: metadata is not an object";
        QTest::newRow("major 5") << QByteArray(R"nb({"nbformat": 5, "cells": [], "metadata": {}})nb") << "bad.ipynb: nbformat 5 is not a notebook version";
    }
    void invalidNotebooksAreRefusedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("bad.ipynb")), content);
        writeFile(dir.filePath(QStringLiteral("good.ipynb")), corpus(QStringLiteral("colab-saved")));
        const auto before = snapshotTree(dir.path());
        for (const QString& mode : {QStringLiteral("--check"), QStringLiteral("--stdout")}) {
            CliOutput out = runCli({QStringLiteral("notebook"), QStringLiteral("strip"), mode, QStringLiteral("bad.ipynb")}, {}, dir.path());
            QCOMPARE(out.exitCode, 3);
            QVERIFY2(out.err.startsWith("error: " + expected.toUtf8()), out.err.constData());
            QVERIFY(out.out.isEmpty());
        }
        QCOMPARE(snapshotTree(dir.path()), before);
        // With a good notebook beside it: the good one is stripped, the bad one untouched, exit 3.
        CliOutput both = runCli({QStringLiteral("notebook"), QStringLiteral("strip"), QStringLiteral("bad.ipynb"), QStringLiteral("good.ipynb")}, {}, dir.path());
        QCOMPARE(both.exitCode, 3);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bad.ipynb"))), content);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("good.ipynb"))), stripped(corpus(QStringLiteral("colab-saved"))));
    }

    void stripFollowsTheWorkspacePolicy()
    {
        QTemporaryDir dir;
        StripPolicy keep = defaultStripPolicy();
        keep.keepOutputs = true;
        keep.cellMetadataRemoved = {QStringLiteral("outputId")};
        writeWorkspace(dir.path(), keep);
        const QString path = dir.filePath(QStringLiteral("notebooks/ana/c.ipynb"));
        writeFile(path, corpus(QStringLiteral("colab-saved")));
        QCOMPARE(runCli({QStringLiteral("notebook"), QStringLiteral("strip"), path}).exitCode, 0);
        QCOMPARE(readFile(path), stripped(corpus(QStringLiteral("colab-saved")), keep));
        QVERIFY(readFile(path).contains("epoch 1 loss"));
    }

    void lintReportsFindingsWithExitOne()
    {
        QTemporaryDir dir;
        writeWorkspace(dir.path());
        const QString path = dir.filePath(QStringLiteral("notebooks/ana/l.ipynb"));
        writeFile(path, R"nb({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
            {"id": "a", "cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [],
             "source": "df = load()\ndf.to_csv('/content/drive/MyDrive/team/data/raw/x.csv')"}]})nb");
        CliOutput out = runCli({QStringLiteral("--json"), QStringLiteral("notebook"), QStringLiteral("lint"), path});
        QCOMPARE(out.exitCode, 1);
        const QJsonArray findings = out.json().value(QStringLiteral("findings")).toArray();
        QStringList rules;
        for (const QJsonValue& f : findings)
            rules << QStringLiteral("%1:%2:%3").arg(f[QStringLiteral("cell")].toInt()).arg(f[QStringLiteral("line")].toInt()).arg(f[QStringLiteral("rule")].toString());
        QCOMPARE(rules, (QStringList{"0:0:missing-root-cell", "0:2:hardcoded-path", "0:2:raw-write"}));
        QCOMPARE(findings.at(1)[QStringLiteral("path")].toString(), path);
        QVERIFY(!findings.at(1)[QStringLiteral("fix")].toString().isEmpty());

        // After root-cell and a fix of the line, lint is clean.
        QCOMPARE(runCli({QStringLiteral("notebook"), QStringLiteral("root-cell"), path}, {}, dir.path()).exitCode, 0);
        QByteArray fixed = readFile(path).replace("/content/drive/MyDrive/team/data/raw/x.csv", "x.csv");
        writeFile(path, fixed);
        CliOutput clean = runCli({QStringLiteral("notebook"), QStringLiteral("lint"), path});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(clean.out, QByteArray("no findings\n"));
    }

    void rootCellIsWrittenOnceThenUnchanged()
    {
        QTemporaryDir dir;
        writeWorkspace(dir.path());
        const QString path = dir.filePath(QStringLiteral("notebooks/ana/train.ipynb"));
        writeFile(path, corpus(QStringLiteral("jupyter-saved")));
        CliOutput first = runCli({QStringLiteral("notebook"), QStringLiteral("root-cell"), QStringLiteral("notebooks/ana/train.ipynb")}, {}, dir.path());
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QByteArray("written: notebooks/ana/train.ipynb\n"));
        const QByteArray once = readFile(path);
        QVERIFY(once.contains("RESULTS_DIR = OUTPUT_ROOT / \\\"results/ana\\\""));
        QVERIFY(once.contains("CHECKPOINT_DIR = OUTPUT_ROOT / \\\"checkpoints/ana\\\""));
        CliOutput second = runCli({QStringLiteral("--json"), QStringLiteral("notebook"), QStringLiteral("root-cell"), path}, {}, dir.path());
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().value(QStringLiteral("unchanged")).toArray(), QJsonArray{QStringLiteral("notebooks/ana/train.ipynb")});
        QCOMPARE(readFile(path), once);
    }

    void assignSavesTheManifestAndRefusesBadInput()
    {
        QTemporaryDir dir;
        writeWorkspace(dir.path());
        writeFile(dir.filePath(QStringLiteral("notebooks/ben/eda.ipynb")), corpus(QStringLiteral("empty")));
        const auto before = snapshotTree(dir.path());
        const QStringList asLea{QStringLiteral("-w"), dir.path(), QStringLiteral("--as"), QStringLiteral("lea")};
        struct Bad { QStringList args; int exit; const char* error; };
        const QList<Bad> bad = {
            {{QStringLiteral("notebooks/ben/eda.ipynb"), QStringLiteral("--owner"), QStringLiteral("zoe")}, 2, "--owner zoe: no such member"},
            {{QStringLiteral("../outside.ipynb"), QStringLiteral("--owner"), QStringLiteral("ben")}, 3, "notebook path"},
            {{QStringLiteral("/etc/passwd"), QStringLiteral("--owner"), QStringLiteral("ben")}, 3, "is outside the notebook repository"},
            {{QStringLiteral("notebooks/ben/eda.ipynb"), QStringLiteral("--expected-output"), QStringLiteral("lots")}, 2, "--expected-output"},
        };
        for (const Bad& b : bad) {
            CliOutput out = runCli(asLea + QStringList{QStringLiteral("notebook"), QStringLiteral("assign")} + b.args);
            QCOMPARE(out.exitCode, b.exit);
            QVERIFY2(out.err.contains(b.error), out.err.constData());
        }
        CliOutput notLead = runCli({QStringLiteral("-w"), dir.path(), QStringLiteral("--as"), QStringLiteral("ana"), QStringLiteral("notebook"),
                                    QStringLiteral("assign"), QStringLiteral("notebooks/ben/eda.ipynb"), QStringLiteral("--owner"), QStringLiteral("ana")});
        QCOMPARE(notLead.exitCode, 2);
        QCOMPARE(snapshotTree(dir.path()), before);

        CliOutput ok = runCli(asLea + QStringList{QStringLiteral("--json"), QStringLiteral("notebook"), QStringLiteral("assign"),
                                                  QStringLiteral("notebooks/ben/eda.ipynb"), QStringLiteral("--runner"), QStringLiteral("ana"),
                                                  QStringLiteral("--expected-output"), QStringLiteral("2GB")});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json().value(QStringLiteral("owner")).toString(), QStringLiteral("ben"));
        auto manifest = loadManifest(dir.path());
        QVERIFY(manifest.ok());
        const NotebookAssignment* a = manifest->assignment(QStringLiteral("notebooks/ben/eda.ipynb"));
        QVERIFY(a);
        QCOMPARE(a->owner, QStringLiteral("ben"));
        QCOMPARE(a->runner, QStringLiteral("ana"));
        QCOMPARE(a->expectedOutputBytes, std::optional<qint64>(2'000'000'000));

        // The change is in the activity log, with who did it.
        CliOutput log = runCli(asLea + QStringList{QStringLiteral("--json"), QStringLiteral("activity")});
        QCOMPARE(log.exitCode, 0);
        QVERIFY2(log.out.contains("notebook.assign") && log.out.contains("notebooks/ben/eda.ipynb") && log.out.contains("\"lea\""), log.out.constData());
        QVERIFY(log.out.contains("owner ben, runner ana, expected output"));
    }

    void assignPlansClearsAndRefusesAccelerators()
    {
        QTemporaryDir dir;
        writeWorkspace(dir.path());
        writeFile(dir.filePath(QStringLiteral("notebooks/ben/eda.ipynb")), corpus(QStringLiteral("empty")));
        const QStringList assign{QStringLiteral("-w"), dir.path(), QStringLiteral("--as"), QStringLiteral("lea"),
                                 QStringLiteral("notebook"), QStringLiteral("assign"), QStringLiteral("notebooks/ben/eda.ipynb")};
        const auto planned = [&]() -> QJsonValue {
            CliOutput list = runCli({QStringLiteral("-w"), dir.path(), QStringLiteral("--json"), QStringLiteral("notebook"), QStringLiteral("list")});
            for (const QJsonValue& entry : list.json().value(QStringLiteral("notebooks")).toArray())
                if (entry.toObject().value(QStringLiteral("path")) == QStringLiteral("notebooks/ben/eda.ipynb"))
                    return entry.toObject().value(QStringLiteral("plannedAccelerator"));
            return QStringLiteral("(not listed)");
        };

        CliOutput gpu = runCli(assign + QStringList{QStringLiteral("--accelerator"), QStringLiteral("gpu")});
        QCOMPARE(gpu.exitCode, 0);
        auto manifest = loadManifest(dir.path());
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->assignment(QStringLiteral("notebooks/ben/eda.ipynb"))->accelerator, std::optional<QString>(QStringLiteral("GPU")));
        QCOMPARE(planned(), QJsonValue(QStringLiteral("GPU")));

        // An owner change keeps the planned accelerator; an unknown kind is refused and changes nothing.
        QCOMPARE(runCli(assign + QStringList{QStringLiteral("--owner"), QStringLiteral("ana")}).exitCode, 0);
        QCOMPARE(planned(), QJsonValue(QStringLiteral("GPU")));
        const QByteArray before = readFile(dir.filePath(QStringLiteral("teamspace.json")));
        CliOutput fpga = runCli(assign + QStringList{QStringLiteral("--accelerator"), QStringLiteral("FPGA")});
        QCOMPARE(fpga.exitCode, 2);
        QVERIFY2(fpga.err.contains("--accelerator FPGA: use CPU, GPU, TPU or none"), fpga.err.constData());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("teamspace.json"))), before);

        // "none" clears the plan: the key is gone from the manifest and from the listing.
        QCOMPARE(runCli(assign + QStringList{QStringLiteral("--accelerator"), QStringLiteral("none")}).exitCode, 0);
        QVERIFY(!readFile(dir.filePath(QStringLiteral("teamspace.json"))).contains("\"accelerator\""));
        QCOMPARE(planned(), QJsonValue(QJsonValue::Undefined));
    }

    void listShowsOwnersRunnersAcceleratorsAndSizes()
    {
        QTemporaryDir dir;
        writeWorkspace(dir.path());
        writeFile(dir.filePath(QStringLiteral("notebooks/ana/train.ipynb")), corpus(QStringLiteral("colab-saved")));
        writeFile(dir.filePath(QStringLiteral("notebooks/ben/eda.ipynb")), corpus(QStringLiteral("empty")));
        writeFile(dir.filePath(QStringLiteral("notebooks/ben/.ipynb_checkpoints/eda-checkpoint.ipynb")), corpus(QStringLiteral("empty")));
        CliOutput out = runCli({QStringLiteral("-w"), dir.path(), QStringLiteral("--json"), QStringLiteral("notebook"), QStringLiteral("list")});
        QCOMPARE(out.exitCode, 0);
        const QJsonArray list = out.json().value(QStringLiteral("notebooks")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject(), (QJsonObject{{"path", "notebooks/ana/train.ipynb"}, {"owner", "ana"}, {"runner", "ana"},
                                                     {"accelerator", "GPU (T4)"}, {"bytes", corpus(QStringLiteral("colab-saved")).size()}}));
        QCOMPARE(list.at(1).toObject(), (QJsonObject{{"path", "notebooks/ben/eda.ipynb"}, {"owner", "ben"}, {"runner", QJsonValue::Null},
                                                     {"accelerator", QJsonValue::Null}, {"bytes", corpus(QStringLiteral("empty")).size()}}));
    }

    void suggestRunnerRanksByHeadroomFromTheIndex()
    {
        QTemporaryDir dir;
        writeWorkspace(dir.path());
        writeFile(dir.filePath(QStringLiteral("notebooks/ben/new.ipynb")), corpus(QStringLiteral("empty")));
        makeSparseFile(dir.filePath(QStringLiteral("results/ana/preds.bin")), 300'000'000);
        makeSparseFile(dir.filePath(QStringLiteral("checkpoints/ana/e3.pt")), 50'000'000);
        makeSparseFile(dir.filePath(QStringLiteral("results/ben/r.csv")), 4'000);
        QTemporaryDir local; // the index lives on a local disk, never inside the shared folder
        const QString db = local.filePath(QStringLiteral("index.sqlite"));
        auto manifest = loadManifest(dir.path());
        QVERIFY(manifest.ok());
        scanOrFail(dir.path(), dir.path(), db, true, *manifest);
        CliOutput out = runCli({QStringLiteral("-w"), dir.path(), QStringLiteral("--index"), db, QStringLiteral("--json"), QStringLiteral("notebook"),
                                QStringLiteral("suggest-runner"), QStringLiteral("notebooks/ben/new.ipynb"), QStringLiteral("--expected-output"), QStringLiteral("6000")});
        QCOMPARE(out.exitCode, 0);
        const QJsonObject json = out.json();
        QCOMPARE(json.value(QStringLiteral("notebook")).toString(), QStringLiteral("notebooks/ben/new.ipynb"));
        QStringList ranking;
        for (const QJsonValue& c : json.value(QStringLiteral("candidates")).toArray())
            ranking << QStringLiteral("%1 %2 %3").arg(c[QStringLiteral("member")].toString(),
                                                      c[QStringLiteral("headroom")].isNull() ? QStringLiteral("null") : QString::number(qint64(c[QStringLiteral("headroom")].toDouble())),
                                                      c[QStringLiteral("fits")].toBool() ? QStringLiteral("fits") : QStringLiteral("no"));
        // ana: 1 GB − 350 MB − 100 MB (train.ipynb) = 550 MB; ben: 10 kB − 4 kB = 6000 B; lea: no quota.
        QCOMPARE(ranking, (QStringList{"ana 550000000 fits", "ben 6000 fits", "lea null no"}));
    }
};

QTEST_GUILESS_MAIN(TestNotebookCli)
#include "tst_notebookcli.moc"
