// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// ProgressRelay: a worker reporting as fast as it can reaches the GUI thread a few times a second, always
// with the latest value and always with the last one; a relay that goes away first is no danger to the
// worker.
#include "ProgressRelay.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ts;

class TestProgressRelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void throttlesAWorkerToAFewUpdatesASecondAndDeliversTheLast();
    void aQuickJobStillDeliversItsLastUpdate();
    void flushDeliversThePendingUpdateAtOnce();
    void theWorkerOutlivesTheRelay();
};

void TestProgressRelay::throttlesAWorkerToAFewUpdatesASecondAndDeliversTheLast()
{
    gui::ProgressRelay relay;
    QList<Progress> delivered;
    QList<QThread*> threads;
    connect(&relay, &gui::ProgressRelay::progressed, this, [&](const Progress& p) {
        delivered << p;
        threads << QThread::currentThread();
    });

    // 100,000 updates spread over about 1.5 s (a pause every 1,000), as a scan of a big folder reports.
    constexpr qint64 kUpdates = 100'000;
    const ProgressCallback report = relay.callback();
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<QThread> worker(QThread::create([report] {
        for (qint64 i = 1; i <= kUpdates; ++i) {
            report(Progress{i, kUpdates, i * 10, QStringLiteral("folder %1").arg(i / 1000)});
            if (i % 1000 == 0)
                QThread::usleep(15'000);
        }
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 60'000);
    QTRY_VERIFY(!delivered.isEmpty() && delivered.last().done == kUpdates);
    const double seconds = elapsed.elapsed() / 1000.0;

    qInfo("%lld updates over %.2f s: %lld delivered", kUpdates, seconds, qint64(delivered.size()));
    QVERIFY2(delivered.size() <= int(4 * seconds) + 2,
             qPrintable(QStringLiteral("%1 delivered in %2 s").arg(delivered.size()).arg(seconds)));
    QVERIFY2(delivered.size() >= 2, "nothing was delivered while the worker ran");
    QCOMPARE(delivered.last().total, kUpdates);
    QCOMPARE(delivered.last().bytes, kUpdates * 10);
    QCOMPARE(delivered.last().current, QStringLiteral("folder 100"));
    for (int i = 1; i < delivered.size(); ++i)
        QVERIFY(delivered[i].done > delivered[i - 1].done); // each delivery is newer than the one before
    for (QThread* thread : std::as_const(threads))
        QCOMPARE(thread, QThread::currentThread());
    QTest::qWait(2 * relay.intervalMs());
    QCOMPARE(delivered.last().done, kUpdates); // nothing after the last
}

void TestProgressRelay::aQuickJobStillDeliversItsLastUpdate()
{
    gui::ProgressRelay relay;
    QList<qint64> delivered;
    connect(&relay, &gui::ProgressRelay::progressed, this, [&](const Progress& p) { delivered << p.done; });
    const ProgressCallback report = relay.callback();
    std::unique_ptr<QThread> worker(QThread::create([report] {
        for (qint64 i = 1; i <= 1000; ++i)
            report(Progress{i, 1000, 0, {}});
    }));
    worker->start();
    QVERIFY(worker->wait(10'000));
    QTRY_VERIFY(!delivered.isEmpty() && delivered.last() == 1000);
    QVERIFY2(delivered.size() <= 2, qPrintable(QString::number(delivered.size())));
}

void TestProgressRelay::flushDeliversThePendingUpdateAtOnce()
{
    gui::ProgressRelay relay(nullptr, 10'000); // a long interval: only flush can deliver the second one
    QList<qint64> delivered;
    connect(&relay, &gui::ProgressRelay::progressed, this, [&](const Progress& p) { delivered << p.done; });
    const ProgressCallback report = relay.callback();
    report(Progress{1, 2, 0, {}});
    QTRY_COMPARE(delivered, QList<qint64>{1});
    report(Progress{2, 2, 0, {}});
    QTest::qWait(50);
    QCOMPARE(delivered, QList<qint64>{1}); // throttled
    relay.flush();
    QCOMPARE(delivered, (QList<qint64>{1, 2}));
    relay.flush();
    QCOMPARE(delivered.size(), 2); // nothing pending: nothing delivered twice
}

void TestProgressRelay::theWorkerOutlivesTheRelay()
{
    auto relay = std::make_unique<gui::ProgressRelay>();
    int delivered = 0;
    connect(relay.get(), &gui::ProgressRelay::progressed, this, [&](const Progress&) { ++delivered; });
    const ProgressCallback report = relay->callback();
    auto started = std::make_shared<QSemaphore>();
    std::unique_ptr<QThread> worker(QThread::create([report, started] {
        started->release();
        for (qint64 i = 1; i <= 200'000; ++i)
            report(Progress{i, -1, 0, {}});
    }));
    worker->start();
    QVERIFY(started->tryAcquire(1, 10'000));
    relay.reset(); // the panel closes while its job still reports
    QVERIFY(worker->wait(30'000));
    const int before = delivered;
    QTest::qWait(100); // anything still posted would arrive now
    QCOMPARE(delivered, before);
}

QTEST_GUILESS_MAIN(TestProgressRelay)
#include "tst_progressrelay.moc"
