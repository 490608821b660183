// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "util/ByteSize.h"

#include <QTest>

using namespace ts;

class TestByteSize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void formats();
};

void TestByteSize::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("bytes") << "1024" << qint64(1024);
    QTest::newRow("B") << "7B" << qint64(7);
    QTest::newRow("GB decimal") << "15GB" << qint64(15'000'000'000);
    QTest::newRow("GiB fraction") << "1.5GiB" << qint64(1610612736);
    QTest::newRow("bare M binary") << "500M" << qint64(500LL * 1024 * 1024);
    QTest::newRow("lowercase space") << "2 kb" << qint64(2000);
    QTest::newRow("TiB") << "1TiB" << qint64(1099511627776LL);
}

void TestByteSize::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    auto result = parseByteSize(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(*result, bytes);
}

void TestByteSize::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("negative") << "-5";
    QTest::newRow("unit") << "5XB";
    QTest::newRow("overflow") << "99999999999TB";
    QTest::newRow("words") << "lots";
}

void TestByteSize::refuses()
{
    QFETCH(QString, text);
    auto result = parseByteSize(text, QStringLiteral("--quota"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Usage);
    QVERIFY(result.error().message.startsWith(QStringLiteral("--quota \"")));
}

void TestByteSize::formats()
{
    QCOMPARE(formatByteSize(0), QStringLiteral("0 B"));
    QCOMPARE(formatByteSize(1023), QStringLiteral("1023 B"));
    QCOMPARE(formatByteSize(1536), QStringLiteral("1.5 KiB"));
    QCOMPARE(formatByteSize(5LL * 1024 * 1024 * 1024), QStringLiteral("5.0 GiB"));
}

QTEST_GUILESS_MAIN(TestByteSize)
#include "tst_bytesize.moc"
