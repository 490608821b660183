// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "IndexTestSupport.h"
#include "TestEnv.h"

#include "hazards/Rules.h"
#include "index/IndexQueries.h"
#include "index/IndexStore.h"
#include "util/Translations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using namespace ts::hazards;

namespace {

constexpr qint64 kNowNs = 1'800'000'000LL * 1'000'000'000; // a fixed "now" (2027-01-15)
constexpr qint64 kHourNs = 3600LL * 1'000'000'000;

void setMtime(const QString& path, qint64 ns)
{
    const timespec times[2] = {{ns / 1'000'000'000, ns % 1'000'000'000},
                               {ns / 1'000'000'000, ns % 1'000'000'000}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW), 0);
}

// A workspace with a separate shared folder and repository, scanned into a real index.
struct Fixture
{
    QTemporaryDir root, repo, state;
    Manifest manifest = test::teamManifest();

    QString at(const QString& rel) const { return root.path() + u'/' + rel; }
    void file(const QString& rel, qint64 size) { test::writeFile(at(rel), QByteArray(int(size), 'x')); }

    QList<Finding> run(RuleCheck check, const QString& repository = {})
    {
        const QString dbPath = state.filePath(QStringLiteral("index.sqlite"));
        const QString repoDir = repository.isEmpty() ? repo.path() : repository;
        test::scanOrFail(root.path(), repoDir, dbPath, true, manifest);
        auto store = index::IndexStore::open(dbPath);
        if (!store)
            qFatal("cannot open the index");
        index::IndexQueries queries(store->database());
        HazardContext context{queries, manifest, root.path(), repoDir, kNowNs};
        auto findings = check(context);
        if (!findings)
            qFatal("rule failed: %s", qPrintable(findings.error().message));
        return *findings;
    }
};

QString paths(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << f.rule + u'@' + f.path + u'@' + toString(f.severity);
    return out.join(u',');
}

} // namespace

class TestHazards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::isolateUserFolders();
        ts::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    }
    void splitThresholdFires();
    void splitThresholdQuiet();
    void folderEntryLimitFires();
    void folderEntryLimitQuiet();
    void rootClutterFires();
    void rootClutterQuiet();
    void zeroByteFileFires();
    void zeroByteFileQuiet();
    void truncatedNotebookFires();
    void truncatedNotebookQuiet();
    void conflictMarkersNamedNotTruncation();
    void conflictMarkersQuiet();
    void staleCheckpointsFire();
    void staleCheckpointsQuiet();
    void gitInSharedFolderFires();
    void gitInSharedFolderQuiet();
    void databaseInSharedFolderFires();
    void databaseInSharedFolderQuiet();
    void symlinkInSharedFolderFires();
    void symlinkInSharedFolderQuiet();
    void trashFolderFires();
    void trashFolderQuiet();
    void memberOverQuotaFires();
    void memberOverQuotaQuiet();
    void allRulesSortErrorsFirst();
};

void TestHazards::splitThresholdFires()
{
    Fixture fx;
    fx.manifest.policies.splitThresholdBytes = 5'000'000'000;
    QDir().mkpath(fx.at(QStringLiteral("data/raw")));
    const int fd = ::open(QFile::encodeName(fx.at(QStringLiteral("data/raw/huge.tar"))).constData(),
                          O_CREAT | O_WRONLY, 0644);
    QCOMPARE(::ftruncate(fd, 6LL * 1024 * 1024 * 1024), 0); // sparse 6 GiB
    ::close(fd);
    const auto findings = fx.run(checkSplitThreshold);
    QCOMPARE(paths(findings), QStringLiteral("split-threshold@data/raw/huge.tar@error"));
    QVERIFY(findings.first().fix.contains(QStringLiteral("split")));
}

void TestHazards::splitThresholdQuiet()
{
    Fixture fx;
    fx.manifest.policies.splitThresholdBytes = 1000;
    fx.file(QStringLiteral("data/raw/exact.bin"), 1000); // at the limit, not above it
    QCOMPARE(paths(fx.run(checkSplitThreshold)), QString());
}

void TestHazards::folderEntryLimitFires()
{
    Fixture fx;
    fx.manifest.policies.folderEntryLimit = 10;
    for (int i = 0; i < 11; ++i)
        fx.file(QStringLiteral("data/raw/many/f%1").arg(i), 1);
    const auto findings = fx.run(checkFolderEntryLimit);
    QCOMPARE(paths(findings), QStringLiteral("folder-entry-limit@data/raw/many@warning"));
    QVERIFY(findings.first().message.startsWith(QStringLiteral("11 entries")));
}

void TestHazards::folderEntryLimitQuiet()
{
    Fixture fx;
    fx.manifest.policies.folderEntryLimit = 10;
    for (int i = 0; i < 10; ++i)
        fx.file(QStringLiteral("data/raw/many/f%1").arg(i), 1);
    QCOMPARE(paths(fx.run(checkFolderEntryLimit)), QString());
}

void TestHazards::rootClutterFires()
{
    Fixture fx;
    fx.manifest.policies.rootEntryLimit = 5;
    for (int i = 0; i < 6; ++i)
        fx.file(QStringLiteral("loose%1.csv").arg(i), 1);
    QCOMPARE(paths(fx.run(checkRootClutter)), QStringLiteral("root-clutter@.@warning"));
}

void TestHazards::rootClutterQuiet()
{
    Fixture fx;
    fx.manifest.policies.rootEntryLimit = 5;
    for (int i = 0; i < 5; ++i)
        fx.file(QStringLiteral("loose%1.csv").arg(i), 1);
    QCOMPARE(paths(fx.run(checkRootClutter)), QString());
}

void TestHazards::zeroByteFileFires()
{
    Fixture fx;
    fx.file(QStringLiteral("results/ana/metrics.json"), 0);
    fx.file(QStringLiteral("checkpoints/ben/epoch3.pt"), 0);
    QCOMPARE(paths(fx.run(checkZeroByteFiles)),
             QStringLiteral("zero-byte-file@checkpoints/ben/epoch3.pt@warning,zero-byte-file@results/ana/"
                            "metrics.json@warning"));
}

void TestHazards::zeroByteFileQuiet()
{
    Fixture fx;
    fx.file(QStringLiteral("data/raw/empty-on-purpose.txt"), 0); // not an output folder
    fx.file(QStringLiteral("results/ana/.gitkeep"), 0);          // a placeholder
    fx.file(QStringLiteral("results/ana/ok.json"), 10);
    QCOMPARE(paths(fx.run(checkZeroByteFiles)), QString());
}

void TestHazards::truncatedNotebookFires()
{
    Fixture fx;
    test::writeFile(fx.repo.filePath(QStringLiteral("notebooks/ana/cut.ipynb")),
                    "{\"cells\": [{\"cell_type\": \"co");
    const auto findings = fx.run(checkTruncatedNotebooks);
    QCOMPARE(paths(findings), QStringLiteral("truncated-notebook@repo:notebooks/ana/cut.ipynb@error"));
}

void TestHazards::truncatedNotebookQuiet()
{
    Fixture fx;
    test::writeFile(fx.repo.filePath(QStringLiteral("notebooks/ana/fine.ipynb")),
                    "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
    test::writeFile(fx.repo.filePath(QStringLiteral("scratch/cut.ipynb")),
                    "{\"cells\""); // outside the watched kinds
    QCOMPARE(paths(fx.run(checkTruncatedNotebooks)), QString());
}

// Issue 12: a notebook committed with conflict markers was called a truncated write, with a fix
// (`git checkout -- FILE`) that brings back the same broken file.
void TestHazards::conflictMarkersNamedNotTruncation()
{
    Fixture fx;
    test::writeFile(fx.repo.filePath(QStringLiteral("notebooks/ana/merged.ipynb")),
                    "{\n \"cells\": [],\n<<<<<<< HEAD\n \"metadata\": {\"a\": 1},\n=======\n"
                    " \"metadata\": {\"a\": 2},\n>>>>>>> 1a2b3c4 (ben's run)\n \"nbformat\": 4,\n "
                    "\"nbformat_minor\": 5\n}\n");
    test::writeFile(fx.at(QStringLiteral("results/ana/copy.ipynb")),
                    "{\"cells\": [],\r\n<<<<<<< ours\r\n\"metadata\": {}\r\n=======\r\n\"metadata\": {\"x\": "
                    "1}\r\n>>>>>>> theirs\r\n}");
    QCOMPARE(paths(fx.run(checkTruncatedNotebooks)), QString());
    const QList<Finding> findings = fx.run(checkConflictedNotebooks);
    QCOMPARE(paths(findings),
             QStringLiteral("notebook-conflict-markers@results/ana/copy.ipynb@error,"
                            "notebook-conflict-markers@repo:notebooks/ana/merged.ipynb@error"));
    const Finding& merged = findings.at(1);
    QVERIFY2(merged.message.contains(QLatin1String("git conflict markers")), qPrintable(merged.message));
    QVERIFY2(merged.message.contains(QLatin1String("line 3")), qPrintable(merged.message));
    QVERIFY2(!merged.message.contains(QLatin1String("cut off")), qPrintable(merged.message));
    QVERIFY2(merged.fix.contains(QLatin1String("keep one side")), qPrintable(merged.fix));
    QVERIFY2(merged.fix.contains(QLatin1String("`git log -- FILE`")), qPrintable(merged.fix));
    QVERIFY2(merged.fix.contains(QLatin1String("`git checkout COMMIT -- FILE`")), qPrintable(merged.fix));
    QVERIFY2(!merged.fix.contains(QLatin1String("git checkout -- FILE")), qPrintable(merged.fix));

    // Through every rule: named once, by the conflict rule.
    const QList<Finding> all = fx.run([](const HazardContext& c) { return runAllRules(c); });
    int conflictFindings = 0;
    for (const Finding& f : all) {
        QVERIFY2(f.rule != QLatin1String("truncated-notebook"), qPrintable(f.path));
        conflictFindings += f.rule == QLatin1String("notebook-conflict-markers");
    }
    QCOMPARE(conflictFindings, 2);
}

void TestHazards::conflictMarkersQuiet()
{
    Fixture fx;
    // Marker-like text inside strings (escaped line breaks) and a truncated notebook: not this rule's.
    test::writeFile(fx.repo.filePath(QStringLiteral("notebooks/ana/doc.ipynb")),
                    "{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": "
                    "[\"<<<<<<< HEAD\\n\", \"=======\\n\", \">>>>>>> x\"]}],\n \"metadata\": {}, "
                    "\"nbformat\": 4, \"nbformat_minor\": 5}\n");
    test::writeFile(fx.repo.filePath(QStringLiteral("notebooks/ana/cut.ipynb")),
                    "{\"cells\": [{\"cell_type\": \"co");
    QCOMPARE(paths(fx.run(checkConflictedNotebooks)), QString());
    QCOMPARE(paths(fx.run(checkTruncatedNotebooks)),
             QStringLiteral("truncated-notebook@repo:notebooks/ana/cut.ipynb@error"));
}

void TestHazards::staleCheckpointsFire()
{
    Fixture fx; // policy: 2 h
    fx.file(QStringLiteral("checkpoints/ana/epoch1.pt"), 10);
    fx.file(QStringLiteral("results/ana/log.txt"), 10);
    setMtime(fx.at(QStringLiteral("checkpoints/ana/epoch1.pt")), kNowNs - 3 * kHourNs);
    setMtime(fx.at(QStringLiteral("results/ana/log.txt")), kNowNs - kHourNs / 6);
    const auto findings = fx.run(checkStaleCheckpoints);
    QCOMPARE(paths(findings), QStringLiteral("stale-checkpoints@checkpoints/ana@warning"));
    QVERIFY2(findings.first().message.contains(QStringLiteral("3 h 0 min old")),
             qPrintable(findings.first().message));
}

void TestHazards::staleCheckpointsQuiet()
{
    Fixture fx;
    // Old checkpoint but nothing newer in results: a finished run, not work at risk.
    fx.file(QStringLiteral("checkpoints/ana/epoch1.pt"), 10);
    fx.file(QStringLiteral("results/ana/log.txt"), 10);
    setMtime(fx.at(QStringLiteral("checkpoints/ana/epoch1.pt")), kNowNs - 3 * kHourNs);
    setMtime(fx.at(QStringLiteral("results/ana/log.txt")), kNowNs - 4 * kHourNs);
    // Fresh checkpoint with newer results: within the policy.
    fx.file(QStringLiteral("checkpoints/ben/epoch9.pt"), 10);
    fx.file(QStringLiteral("results/ben/log.txt"), 10);
    setMtime(fx.at(QStringLiteral("checkpoints/ben/epoch9.pt")), kNowNs - kHourNs);
    setMtime(fx.at(QStringLiteral("results/ben/log.txt")), kNowNs - kHourNs / 6);
    QCOMPARE(paths(fx.run(checkStaleCheckpoints)), QString());
}

void TestHazards::gitInSharedFolderFires()
{
    Fixture fx;
    test::writeFile(fx.at(QStringLiteral("data/processed/.git/HEAD")), "ref: refs/heads/main\n");
    QCOMPARE(paths(fx.run(checkGitInSharedFolder)),
             QStringLiteral("git-in-shared-folder@data/processed/.git@error"));
}

void TestHazards::gitInSharedFolderQuiet()
{
    Fixture fx;
    // One folder for both: the notebook repository's own .git is not the team's data.
    test::writeFile(fx.at(QStringLiteral(".git/HEAD")), "ref: refs/heads/main\n");
    fx.file(QStringLiteral("data/raw/a.csv"), 3);
    QCOMPARE(paths(fx.run(checkGitInSharedFolder, fx.root.path())), QString());
}

void TestHazards::databaseInSharedFolderFires()
{
    Fixture fx;
    fx.file(QStringLiteral("results/ana/cache.sqlite"), 4096);
    fx.file(QStringLiteral("results/ana/cache.sqlite-wal"), 100);
    QCOMPARE(paths(fx.run(checkDatabaseInSharedFolder)),
             QStringLiteral("database-in-shared-folder@results/ana/cache.sqlite@error,"
                            "database-in-shared-folder@results/ana/cache.sqlite-wal@error"));
}

void TestHazards::databaseInSharedFolderQuiet()
{
    Fixture fx;
    fx.file(QStringLiteral("results/ana/table.csv"), 40);
    test::writeFile(fx.repo.filePath(QStringLiteral("tools/local.sqlite")),
                    "x"); // the repository is not the shared drive
    QCOMPARE(paths(fx.run(checkDatabaseInSharedFolder)), QString());
}

void TestHazards::symlinkInSharedFolderFires()
{
    Fixture fx;
    fx.file(QStringLiteral("data/raw/a.csv"), 3);
    QCOMPARE(::symlink("data/raw/a.csv", QFile::encodeName(fx.at(QStringLiteral("latest.csv"))).constData()),
             0);
    const auto findings = fx.run(checkSymlinksInSharedFolder);
    QCOMPARE(paths(findings), QStringLiteral("symlink-in-shared-folder@latest.csv@warning"));
    QVERIFY(findings.first().message.contains(QStringLiteral("data/raw/a.csv")));
}

void TestHazards::symlinkInSharedFolderQuiet()
{
    Fixture fx;
    fx.file(QStringLiteral("data/raw/a.csv"), 3);
    QDir().mkpath(fx.repo.filePath(QStringLiteral("notebooks")));
    QCOMPARE(::symlink("../README",
                       QFile::encodeName(fx.repo.filePath(QStringLiteral("notebooks/link"))).constData()),
             0);
    QCOMPARE(paths(fx.run(checkSymlinksInSharedFolder)), QString());
}

void TestHazards::trashFolderFires()
{
    Fixture fx;
    fx.file(QStringLiteral(".Trash-1000/files/old.bin"), 2048);
    const auto findings = fx.run(checkTrashFolders);
    QCOMPARE(paths(findings), QStringLiteral("trash-folder@.Trash-1000@warning"));
    // English plural forms from the translations compiled into core (util/Translations.h), as the GUI and the
    // CLI install them; "in 1 files" before.
    QVERIFY2(findings.first().message.contains(QStringLiteral("2.0 KiB in 1 file:")),
             qPrintable(findings.first().message));
}

void TestHazards::trashFolderQuiet()
{
    Fixture fx;
    fx.file(QStringLiteral("results/ana/trashy-name.bin"), 10);
    fx.file(QStringLiteral("data/raw/Trash/a.bin"), 10); // only .Trash* and .trash are trash folders
    QCOMPARE(paths(fx.run(checkTrashFolders)), QString());
}

void TestHazards::memberOverQuotaFires()
{
    Fixture fx; // ben's quota: 10,000 bytes
    fx.file(QStringLiteral("results/ben/a.bin"), 6000);
    fx.file(QStringLiteral("checkpoints/ben/b.bin"), 6000);
    const auto findings = fx.run(checkMembersOverQuota);
    QCOMPARE(paths(findings), QStringLiteral("member-over-quota@results/ben@error"));
    QVERIFY2(findings.first().message.contains(QStringLiteral("2.0 KiB over")) ||
                 findings.first().message.contains(QStringLiteral("over the quota")),
             qPrintable(findings.first().message));
}

void TestHazards::memberOverQuotaQuiet()
{
    Fixture fx;
    fx.file(QStringLiteral("results/ben/a.bin"), 6000);
    fx.file(QStringLiteral("checkpoints/ben/b.bin"), 4000); // exactly the quota
    fx.file(QStringLiteral("data/raw/huge.bin"), 50000);    // raw data is nobody's quota
    QCOMPARE(paths(fx.run(checkMembersOverQuota)), QString());
}

void TestHazards::allRulesSortErrorsFirst()
{
    Fixture fx;
    fx.file(QStringLiteral("results/ana/metrics.json"), 0);
    fx.file(QStringLiteral("results/ana/cache.sqlite"), 1);
    auto all = fx.run([](const HazardContext& c) { return runAllRules(c); });
    QCOMPARE(paths(all), QStringLiteral("database-in-shared-folder@results/ana/cache.sqlite@error,"
                                        "zero-byte-file@results/ana/metrics.json@warning"));
    QCOMPARE(allRules().size(), 12);
}

QTEST_GUILESS_MAIN(TestHazards)
#include "tst_hazards.moc"
