// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Cancelling a scan while it runs (not before run()): the index keeps what the last finished scan wrote, the
// scan stops within a bound, and the progress callback runs outside the walk's lock (so that a panel can
// take its time, or ask the scanner, from inside it).
#include "IndexTestSupport.h"

#include "index/IndexQueries.h"
#include "index/Scanner.h"

#include <QElapsedTimer>
#include <QTest>

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

using namespace ts;
using namespace ts::index;

namespace {

// Far more than one progress interval of walking: 1,500 folders of 4 files each, across the team's folders.
void growTree(const QString& root)
{
    for (int i = 0; i < 1500; ++i)
        for (int j = 0; j < 4; ++j)
            test::writeFile(root +
                                QStringLiteral("/results/ana/run%1/part%2/f%3.bin").arg(i / 30).arg(i).arg(j),
                            QByteArray(10 + j, 'g'));
}

// Fires the token from a thread of its own once the scan has reported progress, and measures how long the
// scan takes to return after that.
class Canceller
{
public:
    explicit Canceller(std::shared_ptr<CancelToken> token) : m_token(std::move(token))
    {
        m_thread = std::thread([this] {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait_for(lock, std::chrono::seconds(30), [this] { return m_reported; }))
                return;
            m_token->cancel();
            m_sinceCancel.start();
            m_cancelled = true;
            m_wake.notify_all();
        });
    }
    ~Canceller() { join(); }

    // From the progress callback (a scan worker): wakes the canceller and waits until it has cancelled,
    // so that the cancel lands while the walk still has folders to list.
    void progressReported()
    {
        std::unique_lock lock(m_mutex);
        m_reported = true;
        m_wake.notify_all();
        m_wake.wait_for(lock, std::chrono::seconds(5), [this] { return m_cancelled; });
    }
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }
    qint64 msSinceCancel() { return m_sinceCancel.elapsed(); }

private:
    std::shared_ptr<CancelToken> m_token;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_reported = false, m_cancelled = false;
    QElapsedTimer m_sinceCancel;
    std::thread m_thread;
};

} // namespace

class TestScanCancel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelledWhileWalkingKeepsTheIndex_data();
    void cancelledWhileWalkingKeepsTheIndex();
    void progressIsReportedOutsideTheWalkLock();
};

void TestScanCancel::cancelledWhileWalkingKeepsTheIndex_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("full rebuild") << true;
    QTest::newRow("incremental") << false;
}

void TestScanCancel::cancelledWhileWalkingKeepsTheIndex()
{
    QFETCH(bool, full);
    test::ScannedTeam team; // the small team, indexed once (full)
    auto& [root, repo, state, dbPath] = team;
    const QStringList before = test::dumpIndex(dbPath);
    auto summary = [&dbPath] {
        auto store = IndexStore::openForReading(dbPath);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        auto last = IndexQueries(store->database()).lastScan();
        if (!last || !*last)
            qFatal("no scan recorded in %s", qPrintable(dbPath));
        return std::make_pair((*last)->files, (*last)->bytes);
    };
    const auto usageBefore = summary();
    QVERIFY(usageBefore.first > 0);
    growTree(root.path());

    auto cancel = std::make_shared<CancelToken>();
    Canceller canceller(cancel);
    std::atomic<int> reports{0};
    ScanRequest request;
    request.sharedFolder = root.path();
    request.repository = repo.path();
    request.databasePath = dbPath;
    request.manifest = test::teamManifest();
    request.full = full;
    request.threads = 2;
    request.cancel = cancel;
    request.progress = [&](const Progress&) {
        if (reports++ == 0)
            canceller.progressReported();
    };
    auto report = scanIntoIndex(request);
    const qint64 stoppedAfterMs = canceller.msSinceCancel();
    canceller.join();

    QVERIFY2(canceller.cancelled(), "the scan never reported progress");
    QVERIFY2(!report.ok(), "the scan finished although it was cancelled while walking");
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
    QVERIFY2(stoppedAfterMs < 2000,
             qPrintable(QStringLiteral("stopped %1 ms after the cancel").arg(stoppedAfterMs)));
    QCOMPARE(summary(), usageBefore);
    QCOMPARE(test::dumpIndex(dbPath), before);

    // And the next scan, not cancelled, sees everything.
    request.cancel = std::make_shared<CancelToken>();
    request.progress = {};
    auto again = scanIntoIndex(request);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(summary().first, usageBefore.first + 1500 * 4);
}

// The callback asks the scanner (an accessor that takes the walk's lock) from another thread and waits for
// the answer: with the lock held around the callback, that answer would only come after it returned.
void TestScanCancel::progressIsReportedOutsideTheWalkLock()
{
    QTemporaryDir dir;
    for (int i = 0; i < 300; ++i)
        test::writeFile(dir.filePath(QStringLiteral("d%1/e/f").arg(i)), "x");
    ScanOptions options;
    options.sharedFolder = dir.path();
    options.threads = 2;
    Scanner* scanner = nullptr;
    std::atomic<int> calls{0}, answered{0};
    std::atomic<qint64> seen{0};
    // A question still unanswered when the callback gives up must not be waited for inside it (its answer
    // needs the lock the callback's caller would hold): it is kept and collected after the walk.
    std::mutex pendingMutex;
    std::vector<std::future<qint64>> pending;
    std::atomic<bool> gaveUp{false};
    options.progress = [&](const Progress& p) {
        ++calls;
        if (gaveUp)
            return; // one unanswered question is enough to fail; the walk need not wait 2 s per folder
        auto asked = std::async(std::launch::async, [&] { return scanner->entriesSoFar(); });
        if (asked.wait_for(std::chrono::seconds(2)) == std::future_status::ready) {
            ++answered;
            seen = std::max<qint64>(seen, asked.get());
        } else {
            gaveUp = true;
            std::lock_guard lock(pendingMutex);
            pending.push_back(std::move(asked));
        }
        if (p.done <= 0)
            calls += 1000; // a report without entries fails the count below
    };
    Scanner running(options);
    scanner = &running;
    auto tree = running.run();
    pending.clear(); // their answers came once the walk had let go of its lock
    QVERIFY(tree.ok());
    QVERIFY(calls >= 1);
    QCOMPARE(answered.load(), calls.load());
    QVERIFY(seen > 0);
    QCOMPARE(running.entriesSoFar(), 0); // not walking any more
}

QTEST_GUILESS_MAIN(TestScanCancel)
#include "tst_scancancel.moc"
