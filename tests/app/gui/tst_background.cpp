// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// runInBackground: work runs on a worker, the continuation on the receiver's thread, and not at all once the
// receiver is gone (the case that crashes hand-written watcher code).
#include "Background.h"
#include "util/Result.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace ts;

class TestBackground : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsWorkOffTheGuiThreadAndContinuesOnIt();
    void passesErrorsThrough();
    void skipsTheContinuationWhenTheReceiverIsGone();
    void manyJobsEachContinueOnce();
    void aJobFasterThanTheCallStillContinuesLater();
    void aCancellableJobCoOwnsItsToken();
};

void TestBackground::runsWorkOffTheGuiThreadAndContinuesOnIt()
{
    QObject receiver;
    QThread* workThread = nullptr;
    QThread* thenThread = nullptr;
    int value = 0;
    gui::runInBackground(
        &receiver, [] { return std::make_pair(QThread::currentThread(), 6 * 7); },
        [&](std::pair<QThread*, int> result) {
            workThread = result.first;
            value = result.second;
            thenThread = QThread::currentThread();
        });
    QCOMPARE(value, 0); // nothing runs synchronously
    QTRY_COMPARE(value, 42);
    QVERIFY(workThread != nullptr);
    QVERIFY(workThread != QThread::currentThread());
    QCOMPARE(thenThread, QThread::currentThread());
}

void TestBackground::passesErrorsThrough()
{
    QObject receiver;
    std::optional<Result<int>> got;
    gui::runInBackground(
        &receiver, []() -> Result<int> { return Error::badInput(QStringLiteral("teamspace.json: broken")); },
        [&](Result<int> result) { got = std::move(result); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind, ErrorKind::BadInput);
    QCOMPARE(got->error().message, QStringLiteral("teamspace.json: broken"));
}

void TestBackground::skipsTheContinuationWhenTheReceiverIsGone()
{
    auto receiver = std::make_unique<QObject>();
    auto gate = std::make_shared<QSemaphore>();
    auto started = std::make_shared<QSemaphore>();
    auto continued = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> chain = gui::runInBackground(
        receiver.get(),
        [gate, started] {
            started->release();
            gate->acquire(); // hold the job until the receiver is gone
            return 1;
        },
        [continued](int) { continued->store(true); });
    QVERIFY(started->tryAcquire(1, 5000));
    receiver.reset();
    gate->release();
    QTRY_VERIFY(chain.isFinished());
    QCoreApplication::processEvents(); // anything still queued would run now
    QVERIFY(!continued->load());
}

void TestBackground::manyJobsEachContinueOnce()
{
    QObject receiver;
    QList<int> seen;
    for (int i = 0; i < 50; ++i)
        gui::runInBackground(
            &receiver, [i] { return i * i; }, [&seen](int square) { seen << square; });
    QTRY_COMPARE(seen.size(), 50);
    std::sort(seen.begin(), seen.end());
    for (int i = 0; i < 50; ++i)
        QCOMPARE(seen[i], i * i);
}

// A job may finish before runInBackground returns (a health check of a dozen small notebooks did, in CI): its
// continuation must still wait for the event loop, never run inside the call that started it.
void TestBackground::aJobFasterThanTheCallStillContinuesLater()
{
    QObject receiver;
    int continued = 0;
    int synchronous = 0;
    constexpr int kJobs = 500;
    for (int i = 0; i < kJobs; ++i) {
        const int before = continued;
        QFuture<void> chain = gui::runInBackground(
            &receiver, [] { return 1; }, [&continued](int one) { continued += one; });
        synchronous += continued != before ? 1 : 0;
    }
    QCOMPARE(synchronous, 0);
    QTRY_COMPARE(continued, kJobs);
}

void TestBackground::aCancellableJobCoOwnsItsToken()
{
    auto receiver = std::make_unique<QObject>();
    services::Call call;
    std::shared_ptr<CancelToken> cancel = call.cancel; // what a panel keeps to cancel
    std::weak_ptr<CancelToken> watch = call.cancel;
    auto started = std::make_shared<QSemaphore>();
    auto sawCancel = std::make_shared<std::atomic<bool>>(false);
    auto continued = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> chain = gui::runInBackground(
        receiver.get(), std::move(call),
        [started, sawCancel](const services::Call& job) {
            started->release();
            while (!job.isCancelled())
                QThread::msleep(1);
            sawCancel->store(true);
            return 0;
        },
        [continued](int) { continued->store(true); });
    QVERIFY(started->tryAcquire(1, 5000));
    QCOMPARE(watch.use_count(), 2); // the panel's reference and the job's own

    // The panel goes away: it cancels and drops its reference; the job still reads a live token.
    receiver.reset();
    cancel->cancel();
    cancel.reset();
    QTRY_VERIFY(chain.isFinished());
    QVERIFY(sawCancel->load());
    QCoreApplication::processEvents();
    QVERIFY(!continued->load());
    QTRY_VERIFY(watch.expired()); // released with the job, not leaked
}

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
