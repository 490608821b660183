// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// raw-baseline.json: byte-stable output that diffs line by line, and strict refusal of hostile input.
#include "permissions/BaselineFile.h"
#include "permissions/RawFileSet.h"

#include "TestEnv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::permissions;

namespace {

const QString kHashA = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kHashB = QStringLiteral("fedcba9876543210fedcba9876543210");

Baseline sample()
{
    Baseline b;
    b.entries << BaselineEntry{QStringLiteral("data/raw/a \"quoted\".csv"), 13, 1763780000123456789, kHashA}
              << BaselineEntry{QStringLiteral("data/raw/b.csv"), 0, 1763780001000000000, kHashB};
    return b;
}

QByteArray withFiles(const QByteArray& files)
{
    return "{\"format\": \"teamspace-raw-baseline\", \"version\": 1, \"algorithm\": \"xxh3-128\", \"files\": "
           "[" +
           files + "]}";
}

QByteArray entry(const QByteArray& path)
{
    return "{\"path\": \"" + path +
           "\", \"size\": 1, \"mtimeNs\": 2, \"hash\": \"0123456789abcdef0123456789abcdef\"}";
}

} // namespace

class TestBaselineFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serialisesOneFilePerLineSorted();
    void emptyBaselineIsValid();
    void roundTripsExactly();
    void refusesHostileInput_data();
    void refusesHostileInput();
    void saveIsAtomicAndLoadReadsIt();
    void pathOrderIsUtf8ByteOrder();
};

void TestBaselineFile::serialisesOneFilePerLineSorted()
{
    const QByteArray expected =
        "{\n"
        "  \"format\": \"teamspace-raw-baseline\",\n"
        "  \"version\": 1,\n"
        "  \"algorithm\": \"xxh3-128\",\n"
        "  \"files\": [\n"
        "    {\"path\": \"data/raw/a \\\"quoted\\\".csv\", \"size\": 13, \"mtimeNs\": 1763780000123456789, "
        "\"hash\": \"0123456789abcdef0123456789abcdef\"},\n"
        "    {\"path\": \"data/raw/b.csv\", \"size\": 0, \"mtimeNs\": 1763780001000000000, \"hash\": "
        "\"fedcba9876543210fedcba9876543210\"}\n"
        "  ]\n"
        "}\n";
    QCOMPARE(serializeBaseline(sample()), expected);
}

void TestBaselineFile::emptyBaselineIsValid()
{
    const QByteArray text = serializeBaseline(Baseline{});
    QCOMPARE(text, QByteArray("{\n  \"format\": \"teamspace-raw-baseline\",\n  \"version\": 1,\n  "
                              "\"algorithm\": \"xxh3-128\",\n  \"files\": []\n}\n"));
    auto parsed = parseBaseline(text);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->entries.isEmpty());
}

void TestBaselineFile::roundTripsExactly()
{
    auto parsed = parseBaseline(serializeBaseline(sample()));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, sample());
    // Input in any order comes back sorted; "./" and doubled slashes are normalised.
    auto unsorted = parseBaseline(withFiles(entry("z/y.csv") + "," + entry("./a//b.csv")));
    QVERIFY(unsorted.ok());
    QCOMPARE(unsorted->entries.at(0).path, QStringLiteral("a/b.csv"));
    QCOMPARE(unsorted->entries.at(1).path, QStringLiteral("z/y.csv"));
}

void TestBaselineFile::refusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mention");
    QTest::newRow("parent path") << withFiles(entry("data/raw/../../etc/passwd"))
                                 << QStringLiteral("files[0].path");
    QTest::newRow("absolute path") << withFiles(entry("/etc/passwd")) << QStringLiteral("is absolute");
    QTest::newRow("drive letter") << withFiles(entry("C:/Windows/x")) << QStringLiteral("drive letter");
    QTest::newRow("backslash") << withFiles(entry("data\\\\raw\\\\x")) << QStringLiteral("backslash");
    QTest::newRow("control character")
        << withFiles(entry("a\\u0001b")) << QStringLiteral("control character");
    QTest::newRow("empty path") << withFiles(entry("")) << QStringLiteral("is empty");
    QTest::newRow("malformed") << QByteArray("{\"format\": \"teamspace-raw-baseline\", \"files\": [")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("trailing comma") << withFiles(entry("a") + ",") << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("wrong format")
        << QByteArray("{\"format\": \"x\", \"version\": 1, \"algorithm\": \"xxh3-128\", \"files\": []}")
        << QStringLiteral("format");
    QTest::newRow("newer version") << QByteArray("{\"format\": \"teamspace-raw-baseline\", \"version\": 2, "
                                                 "\"algorithm\": \"xxh3-128\", \"files\": []}")
                                   << QStringLiteral("version 2 is not supported");
    QTest::newRow("unknown algorithm") << QByteArray("{\"format\": \"teamspace-raw-baseline\", \"version\": "
                                                     "1, \"algorithm\": \"md5\", \"files\": []}")
                                       << QStringLiteral("algorithm");
    QTest::newRow("files not array") << QByteArray("{\"format\": \"teamspace-raw-baseline\", \"version\": 1, "
                                                   "\"algorithm\": \"xxh3-128\", \"files\": {}}")
                                     << QStringLiteral("files is missing or not an array");
    QTest::newRow("path not string")
        << withFiles(
               "{\"path\": 5, \"size\": 1, \"mtimeNs\": 2, \"hash\": \"0123456789abcdef0123456789abcdef\"}")
        << QStringLiteral("files[0].path");
    QTest::newRow("size as string") << withFiles("{\"path\": \"a\", \"size\": \"1\", \"mtimeNs\": 2, "
                                                 "\"hash\": \"0123456789abcdef0123456789abcdef\"}")
                                    << QStringLiteral("files[0].size");
    QTest::newRow("negative size") << withFiles("{\"path\": \"a\", \"size\": -1, \"mtimeNs\": 2, \"hash\": "
                                                "\"0123456789abcdef0123456789abcdef\"}")
                                   << QStringLiteral("files[0].size");
    QTest::newRow("fractional mtime") << withFiles("{\"path\": \"a\", \"size\": 1, \"mtimeNs\": 2.5, "
                                                   "\"hash\": \"0123456789abcdef0123456789abcdef\"}")
                                      << QStringLiteral("files[0].mtimeNs");
    QTest::newRow("short hash") << withFiles(
                                       "{\"path\": \"a\", \"size\": 1, \"mtimeNs\": 2, \"hash\": \"abc\"}")
                                << QStringLiteral("files[0].hash");
    QTest::newRow("uppercase hash") << withFiles("{\"path\": \"a\", \"size\": 1, \"mtimeNs\": 2, \"hash\": "
                                                 "\"0123456789ABCDEF0123456789abcdef\"}")
                                    << QStringLiteral("files[0].hash");
    QTest::newRow("entry not object") << withFiles("\"a\"") << QStringLiteral("files[0] is not an object");
    QTest::newRow("duplicate") << withFiles(entry("a/b") + "," + entry("a//b"))
                               << QStringLiteral("listed twice");
    QTest::newRow("invalid UTF-8") << withFiles(entry("a\xff")) << QStringLiteral("not valid JSON");
}

void TestBaselineFile::refusesHostileInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mention);
    auto parsed = parseBaseline(json, QStringLiteral("raw-baseline.json"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("raw-baseline.json: ")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(mention), qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().message.contains(u'\n'));
}

void TestBaselineFile::saveIsAtomicAndLoadReadsIt()
{
    QTemporaryDir dir;
    QVERIFY(saveBaselineFile(sample(), dir.path()).ok());
    QCOMPARE(test::readFile(dir.filePath(QStringLiteral("raw-baseline.json"))), serializeBaseline(sample()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("raw-baseline.json")});
    auto loaded = loadBaselineFile(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, sample());
    QTemporaryDir empty;
    auto missing = loadBaselineFile(empty.path());
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("raw baseline")));
}

void TestBaselineFile::pathOrderIsUtf8ByteOrder()
{
    // Upper case before lower case, "a/b" before "a-b"? No: '-' (0x2d) < '/' (0x2f); and U+FFFD (EF BF BD in
    // UTF-8) before U+1F600 (F0 9F 98 80), although UTF-16 puts the surrogate pair D83D DE00 first.
    QStringList paths{QStringLiteral("b"),
                      QStringLiteral("a/b"),
                      QStringLiteral("a-b"),
                      QStringLiteral("B"),
                      QString::fromUtf8("\xf0\x9f\x98\x80"),
                      QString::fromUtf8("\xef\xbf\xbd"),
                      QString::fromUtf8("\xc3\xa9")};
    std::sort(paths.begin(), paths.end(), baselinePathLess);
    QStringList byBytes = paths;
    std::sort(byBytes.begin(), byBytes.end(), [](const QString& x, const QString& y) {
        const QByteArray ux = x.toUtf8(), uy = y.toUtf8();
        return std::lexicographical_compare(ux.begin(), ux.end(), uy.begin(), uy.end(),
                                            [](char c, char d) { return uchar(c) < uchar(d); });
    });
    QCOMPARE(paths, byBytes);
    QCOMPARE(paths.first(), QStringLiteral("B"));
    QCOMPARE(paths.last(), QString::fromUtf8("\xf0\x9f\x98\x80"));
}

QTEST_GUILESS_MAIN(TestBaselineFile)
#include "tst_baselinefile.moc"
