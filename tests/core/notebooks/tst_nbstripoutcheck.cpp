// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// nbstripout interop: the settings that agree with our stripper, the check of a real repository's git filter
// (attributes and config as `nbstripout --install` writes them), and — where nbstripout is installed — the
// real nbstripout with those settings writing the same bytes as our stripper.
#include "TestEnv.h"

#include "notebooks/NbstripoutCheck.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::nb;

namespace {

const QString kAgreeing =
    QStringLiteral("--keep-id --extra-keys 'cell.metadata.colab cell.metadata.executionInfo "
                   "cell.metadata.outputId metadata.colab.provenance'");

void git(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("git %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
}

// A repository with one notebook, as a team would have it.
struct Repo
{
    QTemporaryDir dir;
    Repo()
    {
        git(dir.path(),
            {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        test::writeFile(dir.filePath(QStringLiteral("notebooks/ana/a.ipynb")), "{}");
    }
    QStringList warnings(const StripPolicy& policy = defaultStripPolicy()) const
    {
        auto found = nbstripoutWarnings(dir.path(), {QStringLiteral("notebooks/ana/a.ipynb")}, policy);
        if (!found)
            qFatal("%s", qPrintable(found.error().message));
        return *found;
    }
    void config(const QString& key, const QString& value) const
    {
        git(dir.path(), {QStringLiteral("config"), key, value});
    }
};

} // namespace

class TestNbstripoutCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserFolders(); }

    void agreeingSettingsOfTheDefaultPolicy()
    {
        QCOMPARE(agreeingNbstripoutArguments(defaultStripPolicy()), kAgreeing);
        StripPolicy keep = defaultStripPolicy();
        keep.keepOutputs = true;
        keep.cellMetadataRemoved.removeAll(QStringLiteral("scrolled")); // nbstripout removes it by default
        QCOMPARE(
            agreeingNbstripoutArguments(keep),
            QStringLiteral("--keep-id --keep-output --keep-count --extra-keys 'cell.metadata.colab "
                           "cell.metadata.executionInfo cell.metadata.outputId metadata.colab.provenance' "
                           "--keep-metadata-keys 'cell.metadata.scrolled'"));
        // What the agreeing settings remove is exactly what we remove.
        auto settings = parseNbstripoutCommand(QStringLiteral("nbstripout ") + kAgreeing);
        QVERIFY(settings);
        QCOMPARE(nbstripoutRemovedKeys(*settings), teamspaceRemovedKeys(defaultStripPolicy()));
        QCOMPARE(nbstripoutDifferences(*settings, defaultStripPolicy()), QStringList());
    }

    void differencesOfCommonSettings_data()
    {
        QTest::addColumn<QString>("clean");
        QTest::addColumn<QString>("extraKeysConfig");
        QTest::addColumn<QStringList>("differences");
        const QString renumbers =
            QStringLiteral("it renumbers cell ids (0, 1, 2, …) where Teamspace keeps them");
        const QString keepsColab =
            QStringLiteral("it keeps cell.metadata.colab cell.metadata.executionInfo "
                           "cell.metadata.outputId metadata.colab.provenance, which Teamspace removes");
        QTest::newRow("--install default") << "\"/usr/bin/python3\" -m nbstripout"
                                           << "" << QStringList{renumbers, keepsColab};
        QTest::newRow("keep-id only") << "nbstripout --keep-id"
                                      << "" << QStringList{keepsColab};
        QTest::newRow("agreeing, = form")
            << "/opt/bin/nbstripout --keep-id --extra-keys='cell.metadata.colab cell.metadata.executionInfo "
               "cell.metadata.outputId metadata.colab.provenance'"
            << "" << QStringList();
        QTest::newRow("keys from git config")
            << "python -m nbstripout --keep-id"
            << "cell.metadata.colab  cell.metadata.executionInfo\tcell.metadata.outputId "
               "metadata.colab.provenance"
            << QStringList();
        QTest::newRow("removes more")
            << "nbstripout --keep-id --extra-keys \"cell.metadata.colab cell.metadata.executionInfo "
               "cell.metadata.outputId metadata.colab.provenance metadata.kernelspec cell.metadata.tags\""
            << ""
            << QStringList{QStringLiteral(
                   "it removes cell.metadata.tags metadata.kernelspec, which Teamspace keeps")};
        QTest::newRow("keeps outputs")
            << "nbstripout --keep-output --keep-count --keep-id"
            << "cell.metadata.colab cell.metadata.executionInfo "
               "cell.metadata.outputId metadata.colab.provenance"
            << QStringList{QStringLiteral("it keeps outputs that Teamspace clears")};
        QTest::newRow("drops cells")
            << "nbstripout --keep-id --drop-empty-cells --max-size 10k"
            << "cell.metadata.colab "
               "cell.metadata.executionInfo cell.metadata.outputId metadata.colab.provenance"
            << QStringList{QStringLiteral("--drop-empty-cells drops cells or outputs that Teamspace keeps"),
                           QStringLiteral("--max-size 10k drops cells or outputs that Teamspace keeps")};
    }
    void differencesOfCommonSettings()
    {
        QFETCH(QString, clean);
        QFETCH(QString, extraKeysConfig);
        QFETCH(QStringList, differences);
        auto settings = parseNbstripoutCommand(clean, extraKeysConfig);
        QVERIFY(settings);
        QCOMPARE(nbstripoutDifferences(*settings, defaultStripPolicy()), differences);
    }

    void otherFiltersAreNotNbstripout()
    {
        QVERIFY(!parseNbstripoutCommand(QStringLiteral("git-lfs clean -- %f")));
        QVERIFY(!parseNbstripoutCommand(QStringLiteral("jq --indent 1 .")));
        QVERIFY(!parseNbstripoutCommand(QStringLiteral("nbstripout-fast")));
        QVERIFY(!parseNbstripoutCommand(QString()));
    }

    // `nbstripout --install` (0.9.1): filter.nbstripout.clean = '"<python>" -m nbstripout', attributes in
    // .git/info/attributes; `--install --attributes .gitattributes` puts them in the committed file instead.
    void repositoryFilterIsChecked()
    {
        Repo repo;
        QCOMPARE(repo.warnings(), QStringList()); // no filter at all
        test::writeFile(repo.dir.filePath(QStringLiteral(".gitattributes")),
                        "*.ipynb filter=nbstripout\n*.zpln filter=nbstripout\n");
        QCOMPARE(repo.warnings(), QStringList()); // attribute without a configured filter: git runs nothing
        repo.config(QStringLiteral("filter.nbstripout.clean"),
                    QStringLiteral("\"/usr/bin/python3\" -m nbstripout"));
        repo.config(QStringLiteral("filter.nbstripout.smudge"), QStringLiteral("cat"));
        const QStringList warnings = repo.warnings();
        QCOMPARE(warnings.size(), 1);
        const QString& w = warnings.first();
        QVERIFY2(w.contains(QLatin1String("the git filter \"nbstripout\"")), qPrintable(w));
        QVERIFY2(w.contains(QLatin1String("renumbers cell ids")), qPrintable(w));
        QVERIFY2(w.contains(QLatin1String("cell.metadata.outputId")), qPrintable(w));
        QVERIFY2(w.contains(QStringLiteral(
                                "git config filter.nbstripout.clean '\"/usr/bin/python3\" -m nbstripout %1'")
                                .arg(QString(kAgreeing).replace(u'\'', QStringLiteral("'\\''")))),
                 qPrintable(w));

        // Following the advice silences it.
        repo.config(QStringLiteral("filter.nbstripout.clean"),
                    QStringLiteral("\"/usr/bin/python3\" -m nbstripout ") + kAgreeing);
        QCOMPARE(repo.warnings(), QStringList());
        // So do the extra keys set the other documented way.
        repo.config(QStringLiteral("filter.nbstripout.clean"), QStringLiteral("nbstripout --keep-id"));
        repo.config(QStringLiteral("filter.nbstripout.extrakeys"),
                    QStringLiteral("cell.metadata.colab cell.metadata.executionInfo cell.metadata.outputId "
                                   "metadata.colab.provenance"));
        QCOMPARE(repo.warnings(), QStringList());

        // A workspace policy that keeps outputs wants --keep-output --keep-count.
        StripPolicy keep = defaultStripPolicy();
        keep.keepOutputs = true;
        QCOMPARE(repo.warnings(keep).size(), 1);
        QVERIFY(repo.warnings(keep).first().contains(QLatin1String("--keep-output --keep-count")));
    }

    void infoAttributesGlobalConfigAndOtherNames()
    {
        Repo repo;
        test::writeFile(repo.dir.filePath(QStringLiteral(".git/info/attributes")),
                        "notebooks/**/*.ipynb filter=strip\n");
        // nbstripout --install --global writes the filter to ~/.gitconfig (HOME is the test's own).
        git(repo.dir.path(), {QStringLiteral("config"), QStringLiteral("--global"),
                              QStringLiteral("filter.strip.clean"), QStringLiteral("nbstripout --keep-id")});
        const QStringList warnings = repo.warnings();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QLatin1String("the git filter \"strip\"")),
                 qPrintable(warnings.first()));
        QVERIFY2(!warnings.first().contains(QLatin1String("renumbers")), qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(
                     QLatin1String("git config filter.strip.clean 'nbstripout --keep-id --extra-keys")),
                 qPrintable(warnings.first()));
        git(repo.dir.path(), {QStringLiteral("config"), QStringLiteral("--global"), QStringLiteral("--unset"),
                              QStringLiteral("filter.strip.clean")});
        QCOMPARE(repo.warnings(), QStringList());
        // A filter that is not nbstripout (git-lfs) is none of our business.
        repo.config(QStringLiteral("filter.strip.clean"), QStringLiteral("git-lfs clean -- %f"));
        QCOMPARE(repo.warnings(), QStringList());
    }

    void notAGitRepositoryHasNoFilter()
    {
        QTemporaryDir dir;
        auto found = nbstripoutWarnings(dir.path(), {}, defaultStripPolicy());
        QVERIFY(found.ok());
        QVERIFY(found->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNbstripoutCheck)
#include "tst_nbstripoutcheck.moc"
