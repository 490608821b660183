// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The real nbstripout (where /usr/bin/python3 can import it; Debian 12 does not package it, so CI skips this
// program) with the settings docs/notebooks.md gives: it writes our bytes, finds nothing to change in what we
// stripped, and as a clean filter finds nothing to commit in a fresh clone of the demo. A program of its own
// so that its skip does not hide the results of the checks that run everywhere (tst_nbstripoutcheck).
#include "NotebookCorpus.h"
#include "TestEnv.h"

#include "notebooks/NotebookStripper.h"
#include "services/DemoWorkspace.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::nb;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kExtraKeys = QStringLiteral(
    "cell.metadata.colab cell.metadata.executionInfo cell.metadata.outputId metadata.colab.provenance");

QByteArray run(const QString& dir, const QString& program, const QStringList& args, int* exitCode = nullptr,
               const QByteArray& input = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s %s failed: %s", qPrintable(program), qPrintable(args.join(u' ')),
               p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

} // namespace

class TestNbstripoutReal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateUserFolders();
        int code = 0;
        run(QDir::tempPath(), kPython, {QStringLiteral("-c"), QStringLiteral("import nbstripout")}, &code);
        if (code != 0)
            QSKIP("nbstripout is not installed for /usr/bin/python3 (pip install nbstripout; Debian 12 does "
                  "not "
                  "package it)");
    }

    // Cells marked keep_output differ (nbstripout clears their execution counts too, see docs/notebooks.md):
    // the corpus notebooks with such cells are left out.
    void writesOurBytesWithTheDocumentedSettings()
    {
        QTemporaryDir dir;
        const QStringList args{QStringLiteral("-m"), QStringLiteral("nbstripout"),
                               QStringLiteral("--keep-id"), QStringLiteral("--extra-keys"), kExtraKeys};
        int compared = 0;
        for (const test::CorpusNotebook& nb : test::notebookCorpus()) {
            if (nb.bytes.contains("keep_output"))
                continue;
            auto ours = stripNotebookBytes(nb.bytes, defaultStripPolicy(), nb.name);
            QVERIFY2(ours.ok(), qPrintable(nb.name));
            const QByteArray theirs = run(dir.path(), kPython, args, nullptr, nb.bytes);
            if (theirs != *ours)
                qWarning("%s:\nnbstripout: %s\nours: %s", qPrintable(nb.name), theirs.left(600).constData(),
                         ours->left(600).constData());
            QCOMPARE(theirs, *ours);
            const QString path = dir.filePath(nb.name + QStringLiteral(".ipynb"));
            test::writeFile(path, *ours);
            int verify = 0;
            run(dir.path(), kPython, args + QStringList{QStringLiteral("--verify"), path}, &verify);
            QCOMPARE(verify, 0);
            ++compared;
        }
        QCOMPARE(compared, 8);
    }

    // With nbstripout as the clean filter (its defaults as `nbstripout --install` sets them, and the
    // documented settings), a fresh clone of the demo has nothing to commit.
    void demoCloneHasNothingToCommit()
    {
        QTemporaryDir dir;
        auto demo = services::createDemoWorkspace(dir.filePath(QStringLiteral("demo")));
        QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
        const QStringList cleans = {
            QStringLiteral("\"/usr/bin/python3\" -m nbstripout"),
            QStringLiteral("\"/usr/bin/python3\" -m nbstripout --keep-id --extra-keys '%1'").arg(kExtraKeys)};
        for (const QString& clean : cleans) {
            const QString clone = dir.filePath(QStringLiteral("clone%1").arg(cleans.indexOf(clean)));
            run(dir.path(), QStringLiteral("git"),
                {QStringLiteral("clone"), QStringLiteral("-q"), demo->remoteDir, clone});
            run(clone, QStringLiteral("git"),
                {QStringLiteral("config"), QStringLiteral("filter.nbstripout.clean"), clean});
            run(clone, QStringLiteral("git"),
                {QStringLiteral("config"), QStringLiteral("filter.nbstripout.smudge"),
                 QStringLiteral("cat")});
            run(clone, QStringLiteral("git"),
                {QStringLiteral("config"), QStringLiteral("filter.nbstripout.required"),
                 QStringLiteral("true")});
            test::writeFile(clone + QStringLiteral("/.git/info/attributes"), "*.ipynb filter=nbstripout\n");
            run(clone, QStringLiteral("git"),
                {QStringLiteral("add"), QStringLiteral("--renormalize"), QStringLiteral(".")});
            QCOMPARE(
                run(clone, QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                QByteArray());
            QCOMPARE(run(clone, QStringLiteral("git"), {QStringLiteral("ls-files")}).count(".ipynb"), 12);
        }
    }
};

QTEST_GUILESS_MAIN(TestNbstripoutReal)
#include "tst_nbstripoutreal.moc"
