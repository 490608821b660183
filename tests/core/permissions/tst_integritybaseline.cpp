// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// raw baseline and raw verify on real trees: hashes checked against independent implementations, and the
// changes a user worries about (one byte with size and mtime put back, a file added, a file removed) found.
#include "db/LocalDatabase.h"
#include "permissions/BaselineStore.h"
#include "permissions/BaselineVerifier.h"
#include "permissions/IntegrityBaseline.h"

#include "RawTestWorkspace.h"
#include "TestEnv.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <xxhash.h>

#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>

using namespace ts;
using namespace ts::permissions;

namespace {

QString xxh128Hex(const QByteArray& data)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits(data.constData(), size_t(data.size())));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(canonical.digest), 16).toHex());
}

QByteArray bigContent()
{
    QByteArray data;
    data.reserve(3 * 1024 * 1024 + 7); // more than the 1 MiB buffer: the streaming path is exercised
    for (int i = 0; i < 3 * 1024 * 1024 + 7; ++i)
        data.append(char((i * 131) ^ (i >> 9)));
    return data;
}

struct Tree
{
    QTemporaryDir dir;
    Workspace ws = test::makeRawWorkspace(dir.path());
    QString raw = ws.rootDir + QStringLiteral("/data/raw");

    Tree()
    {
        test::writeFile(raw + QStringLiteral("/a.csv"), "id,value\n1,2\n");
        test::writeFile(raw + QStringLiteral("/empty.bin"), QByteArray());
        test::writeFile(raw + QStringLiteral("/images/big.bin"), bigContent());
        test::writeFile(raw + QStringLiteral("/images/z\u00e9.txt"), "accent\n"); // a non-ASCII name
        test::writeFile(ws.rootDir + QStringLiteral("/data/processed/p.csv"), "not raw\n");
    }
};

Baseline computeOk(const Workspace& ws, const BaselineOptions& options = {})
{
    auto run = IntegrityBaseline::compute(ws, options);
    if (!run)
        qFatal("baseline failed: %s", qPrintable(run.error().message));
    if (!run->errors.isEmpty())
        qFatal("baseline had errors: %s", qPrintable(run->errors.first().note));
    return run->baseline;
}

} // namespace

class TestIntegrityBaseline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void recordsEveryRawFileWithIndependentHashes();
    void strongAlgorithmsMatchQtReference();
    void sameResultOnOneThreadAndMany();
    void symlinksAreSkippedNotFollowed();
    void unsafeNamesAreSkippedWithAReason();
    void verifyUntouchedTreeReportsNothing();
    void verifyFindsOneByteChangeWithSizeAndMtimeRestored();
    void verifyFindsAddedAndRemoved();
    void quickVerifyTrustsSizeAndMtime();
    void progressReachesTheEndAndCancelStops();
    void storeReplacesAndLoads();
};

void TestIntegrityBaseline::recordsEveryRawFileWithIndependentHashes()
{
    Tree tree;
    const Baseline b = computeOk(tree.ws);
    QVERIFY(b.algorithm == HashAlgorithm::Xxh3_128);
    QStringList paths;
    for (const BaselineEntry& e : b.entries)
        paths << e.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("data/raw/a.csv"), QStringLiteral("data/raw/empty.bin"),
                                 QStringLiteral("data/raw/images/big.bin"),
                                 QStringLiteral("data/raw/images/z\u00e9.txt")}));
    QCOMPARE(b.entries.at(0).size, 13);
    QCOMPARE(b.entries.at(0).hash, xxh128Hex("id,value\n1,2\n"));
    QCOMPARE(b.entries.at(1).size, 0);
    QCOMPARE(b.entries.at(1).hash, QStringLiteral("99aa06d3014798d86001c324468d497f")); // XXH128 of nothing
    QCOMPARE(b.entries.at(2).size, 3 * 1024 * 1024 + 7);
    QCOMPARE(b.entries.at(2).hash, xxh128Hex(bigContent()));
    struct stat st = {};
    QVERIFY(::stat(QFile::encodeName(tree.raw + QStringLiteral("/a.csv")).constData(), &st) == 0);
    QCOMPARE(b.entries.at(0).mtimeNs, qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec);
}

void TestIntegrityBaseline::strongAlgorithmsMatchQtReference()
{
    Tree tree;
    for (auto [algorithm, qt] : {std::pair{HashAlgorithm::Sha256, QCryptographicHash::Sha256},
                                 std::pair{HashAlgorithm::Blake2b_256, QCryptographicHash::Blake2b_256}}) {
        BaselineOptions options;
        options.algorithm = algorithm;
        const Baseline b = computeOk(tree.ws, options);
        QVERIFY(b.algorithm == algorithm);
        QCOMPARE(b.entries.at(2).hash,
                 QString::fromLatin1(QCryptographicHash::hash(bigContent(), qt).toHex()));
    }
    QCOMPARE(computeOk(tree.ws, {HashAlgorithm::Sha256, 0, nullptr, {}}).entries.at(1).hash,
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestIntegrityBaseline::sameResultOnOneThreadAndMany()
{
    Tree tree;
    for (int i = 0; i < 200; ++i)
        test::writeFile(tree.raw + QStringLiteral("/many/f%1.txt").arg(i, 3, 10, QChar(u'0')),
                        QByteArray::number(i * 7919));
    BaselineOptions one;
    one.threads = 1;
    BaselineOptions many;
    many.threads = 8;
    const Baseline a = computeOk(tree.ws, one);
    QCOMPARE(a.entries.size(), 204);
    QCOMPARE(computeOk(tree.ws, many), a);
}

void TestIntegrityBaseline::symlinksAreSkippedNotFollowed()
{
    Tree tree;
    QTemporaryDir outside;
    test::writeFile(outside.filePath(QStringLiteral("secret.txt")), "secret");
    QVERIFY(
        QFile::link(outside.filePath(QStringLiteral("secret.txt")), tree.raw + QStringLiteral("/link.txt")));
    QVERIFY(QFile::link(outside.path(), tree.raw + QStringLiteral("/linkdir")));
    auto run = IntegrityBaseline::compute(tree.ws, {});
    QVERIFY(run.ok());
    QCOMPARE(run->baseline.entries.size(), 4);
    QCOMPARE(run->skipped.size(), 2);
    QCOMPARE(run->skipped.at(0).path, QStringLiteral("data/raw/link.txt"));
    QVERIFY(run->skipped.at(0).note.contains(QStringLiteral("symlink")));
}

void TestIntegrityBaseline::unsafeNamesAreSkippedWithAReason()
{
    Tree tree;
    test::writeFile(tree.raw + QStringLiteral("/bad\nname.csv"), "x");
    test::writeFile(tree.raw + QStringLiteral("/back\\slash.csv"), "y");
    auto run = IntegrityBaseline::compute(tree.ws, {});
    QVERIFY(run.ok());
    QCOMPARE(run->baseline.entries.size(), 4);
    QCOMPARE(run->skipped.size(), 2);
    for (const PathNote& s : run->skipped)
        QVERIFY(s.note.contains(QStringLiteral("rename it")));
    // The baseline written from it is still readable: nothing unsafe got into it.
    auto verify = BaselineVerifier::verify(tree.ws, run->baseline, {});
    QVERIFY(verify.ok());
    QVERIFY(!verify->differs());
}

void TestIntegrityBaseline::verifyUntouchedTreeReportsNothing()
{
    Tree tree;
    const Baseline b = computeOk(tree.ws);
    auto report = BaselineVerifier::verify(tree.ws, b, {});
    QVERIFY(report.ok());
    QVERIFY(!report->differs());
    QCOMPARE(report->unchanged, 4);
    QVERIFY(report->modified.isEmpty() && report->added.isEmpty() && report->removed.isEmpty() &&
            report->errors.isEmpty());
    QCOMPARE(report->bytesHashed, 13 + 3 * 1024 * 1024 + 7 + 7);
}

void TestIntegrityBaseline::verifyFindsOneByteChangeWithSizeAndMtimeRestored()
{
    Tree tree;
    const Baseline b = computeOk(tree.ws);
    const QString big = tree.raw + QStringLiteral("/images/big.bin");
    struct stat before = {};
    QVERIFY(::stat(QFile::encodeName(big).constData(), &before) == 0);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(2 * 1024 * 1024 + 3));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(2 * 1024 * 1024 + 3));
        QVERIFY(f.putChar(char(c ^ 0x01)));
    }
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(big).constData(), times, 0) == 0);
    struct stat after = {};
    QVERIFY(::stat(QFile::encodeName(big).constData(), &after) == 0);
    QCOMPARE(after.st_size, before.st_size);
    QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
    QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);

    auto report = BaselineVerifier::verify(tree.ws, b, {});
    QVERIFY(report.ok());
    QCOMPARE(report->modified, QStringList{QStringLiteral("data/raw/images/big.bin")});
    QVERIFY(report->added.isEmpty() && report->removed.isEmpty());
    QCOMPARE(report->unchanged, 3);
    QVERIFY(report->differs());
}

void TestIntegrityBaseline::verifyFindsAddedAndRemoved()
{
    Tree tree;
    const Baseline b = computeOk(tree.ws);
    QVERIFY(QFile::remove(tree.raw + QStringLiteral("/a.csv")));
    test::writeFile(tree.raw + QStringLiteral("/images/new.png"), "png");
    test::writeFile(tree.raw + QStringLiteral("/empty.bin"),
                    "now 9 b\n"); // size changed: found without hashing
    auto report = BaselineVerifier::verify(tree.ws, b, {});
    QVERIFY(report.ok());
    QCOMPARE(report->removed, QStringList{QStringLiteral("data/raw/a.csv")});
    QCOMPARE(report->added, QStringList{QStringLiteral("data/raw/images/new.png")});
    QCOMPARE(report->modified, QStringList{QStringLiteral("data/raw/empty.bin")});
    QCOMPARE(report->unchanged, 2);
}

void TestIntegrityBaseline::quickVerifyTrustsSizeAndMtime()
{
    Tree tree;
    const Baseline b = computeOk(tree.ws);
    const QString a = tree.raw + QStringLiteral("/a.csv");
    struct stat before = {};
    QVERIFY(::stat(QFile::encodeName(a).constData(), &before) == 0);
    test::writeFile(a, "id,value\n1,3\n"); // same size
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(a).constData(), times, 0) == 0);
    test::writeFile(tree.raw + QStringLiteral("/empty.bin"), "x"); // new mtime and size

    VerifyOptions quick;
    quick.quick = true;
    auto fast = BaselineVerifier::verify(tree.ws, b, quick);
    QVERIFY(fast.ok());
    QVERIFY(fast->quick);
    QCOMPARE(fast->bytesHashed, 0);
    QCOMPARE(fast->modified,
             QStringList{QStringLiteral("data/raw/empty.bin")}); // the restored-mtime edit slips by
    auto full = BaselineVerifier::verify(tree.ws, b, {});
    QVERIFY(full.ok());
    QCOMPARE(full->modified,
             (QStringList{QStringLiteral("data/raw/a.csv"), QStringLiteral("data/raw/empty.bin")}));
}

void TestIntegrityBaseline::progressReachesTheEndAndCancelStops()
{
    Tree tree;
    std::mutex mutex;
    Progress last;
    int calls = 0;
    BaselineOptions options;
    options.progress = [&](const Progress& p) {
        std::lock_guard lock(mutex);
        last = p;
        ++calls;
    };
    computeOk(tree.ws, options);
    QVERIFY(calls >= 1);
    QCOMPARE(last.done, 4);
    QCOMPARE(last.total, 4);
    QCOMPARE(last.bytes, 13 + 3 * 1024 * 1024 + 7 + 7);

    CancelToken cancel;
    cancel.cancel();
    BaselineOptions cancelled;
    cancelled.cancel = &cancel;
    auto run = IntegrityBaseline::compute(tree.ws, cancelled);
    QVERIFY(!run.ok());
    QCOMPARE(run.error().kind, ErrorKind::Cancelled);
    VerifyOptions verifyCancelled;
    verifyCancelled.cancel = &cancel;
    auto verify = BaselineVerifier::verify(tree.ws, computeOk(tree.ws), verifyCancelled);
    QVERIFY(!verify.ok());
    QCOMPARE(verify.error().kind, ErrorKind::Cancelled);
}

void TestIntegrityBaseline::storeReplacesAndLoads()
{
    Tree tree;
    auto db = db::openLocalDatabase(tree.dir.filePath(QStringLiteral("local/index.sqlite")));
    QVERIFY(db.ok());
    BaselineStore store(*db);
    auto none = store.load();
    QVERIFY(none.ok() && !none->has_value());

    const Baseline first = computeOk(tree.ws);
    const QDateTime at = QDateTime(QDate(2026, 11, 22), QTime(3, 4, 5, 678), Qt::UTC);
    QVERIFY(store.replace(first, at).ok());
    auto loaded = store.load();
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE(**loaded, first);
    QCOMPARE(*store.recordedAt(), at);

    QVERIFY(QFile::remove(tree.raw + QStringLiteral("/a.csv")));
    BaselineOptions strong;
    strong.algorithm = HashAlgorithm::Blake2b_256;
    const Baseline second = computeOk(tree.ws, strong);
    QVERIFY(store.replace(second).ok());
    loaded = store.load();
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE(**loaded, second);
    QCOMPARE((*loaded)->entries.size(), 3);
}

QTEST_GUILESS_MAIN(TestIntegrityBaseline)
#include "tst_integritybaseline.moc"
