// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What the Storage panel's scan progress costs (issue 14: "updates at least 2 times a second during a
// 300k-file scan and costs under 2 % of its time"). One run = one services::scan of a workspace, as the panel
// starts it: on a worker thread while the GUI thread runs its event loop, with the progress going through the
// panel's ProgressRelay (250 ms) to a slot on the GUI thread, or with no callback at all.
//
//   bench_scan_progress --workspace REPO --root DIR --index FILE [--mode relay|none|pairs] [--pairs N]
//                       [--incremental]
//
// relay: one scan with progress; prints the updates the GUI thread received, per second, the longest gap
//        between two (from the start to the first, between updates, from the last to the end), and the time
//        the worker spent inside the callback.
// none:  the same scan with no callback (for pairing whole processes against `relay` from outside).
// pairs: N pairs in one process, alternating which goes first; prints each pair's ratio and the median.
// Full rebuilds by default (every run does the same work); --incremental rescans instead.
#include "ProgressRelay.h"
#include "services/ScanService.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <vector>

using namespace ts;

namespace {

struct RunFigures
{
    double seconds = 0;      // the scan, wall, as the GUI thread saw it
    double walkSeconds = 0;  // the scan's own phases
    double storeSeconds = 0; // analyse + store
    int delivered = 0;       // progress updates on the GUI thread
    double longestGapMs = 0; // between start, the updates and the end
    double tailGapMs = 0;    // from the last update to the end (analyse and store report nothing)
    double walkGapMs = 0;    // the longest gap while the walk ran (start .. last update)
    qint64 callbacks = 0;    // calls of the worker-side callback
    double callbackMs = 0;   // time the worker spent inside it
    qint64 entries = 0;
};

bool g_failed = false;

RunFigures runOnce(const Workspace& workspace, bool withProgress, bool full)
{
    RunFigures figures;
    gui::ProgressRelay relay;
    QElapsedTimer clock;
    std::vector<double> deliveries; // ms since start
    QObject::connect(&relay, &gui::ProgressRelay::progressed, &relay,
                     [&](const Progress&) { deliveries.push_back(double(clock.nsecsElapsed()) / 1e6); });
    services::Call call;
    std::atomic<qint64> callbacks{0}, callbackNs{0};
    if (withProgress) {
        ProgressCallback forward = relay.callback();
        call.progress = [forward, &callbacks, &callbackNs](const Progress& p) {
            const auto t0 = std::chrono::steady_clock::now();
            forward(p);
            callbackNs +=
                std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0)
                    .count();
            ++callbacks;
        };
    }
    services::ScanSettings settings;
    settings.full = full;
    QEventLoop loop;
    QFutureWatcher<Result<index::ScanReport>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    clock.start();
    watcher.setFuture(QtConcurrent::run(
        [&workspace, settings, call] { return services::scan(workspace, settings, call); }));
    loop.exec();
    relay.flush();
    const double endMs = double(clock.nsecsElapsed()) / 1e6;
    const Result<index::ScanReport> report = watcher.result();
    if (!report) {
        QTextStream(stderr) << "error: " << report.error().message << "\n";
        g_failed = true;
        return figures;
    }
    figures.seconds = endMs / 1000;
    figures.walkSeconds = report->walkSeconds;
    figures.storeSeconds = report->analyseSeconds + report->storeSeconds;
    figures.entries = report->files + report->dirs;
    figures.delivered = int(deliveries.size());
    figures.callbacks = callbacks;
    figures.callbackMs = double(callbackNs) / 1e6;
    double previous = 0;
    for (double at : deliveries) {
        figures.walkGapMs = std::max(figures.walkGapMs, at - previous);
        previous = at;
    }
    figures.tailGapMs = endMs - previous;
    figures.longestGapMs = std::max(figures.walkGapMs, figures.tailGapMs);
    return figures;
}

QString ms(double v)
{
    return QString::number(v, 'f', 0) + QStringLiteral(" ms");
}

void print(QTextStream& out, const char* label, const RunFigures& f)
{
    out << label << ": " << f.entries << " entries in " << QString::number(f.seconds, 'f', 3) << " s (walk "
        << QString::number(f.walkSeconds, 'f', 3) << " s, analyse+store "
        << QString::number(f.storeSeconds, 'f', 3) << " s)";
    if (f.callbacks > 0 || f.delivered > 0)
        out << "; " << f.delivered
            << " updates on the GUI thread = " << QString::number(f.delivered / f.seconds, 'f', 2)
            << "/s over the whole scan, "
            << QString::number(f.delivered / std::max(0.001, f.walkSeconds), 'f', 2) << "/s during the walk"
            << " (goal >= 2/s); longest gap " << ms(f.longestGapMs) << " (during the walk " << ms(f.walkGapMs)
            << ", last update to the end " << ms(f.tailGapMs) << "); worker callback: " << f.callbacks
            << " calls, " << QString::number(f.callbackMs, 'f', 2)
            << " ms in total = " << QString::number(100 * f.callbackMs / (1000 * f.seconds), 'f', 3)
            << " % of the scan";
    out << "\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption workspaceOpt("workspace", "The notebook repository.", "REPO");
    const QCommandLineOption rootOpt("root", "The shared folder.", "DIR");
    const QCommandLineOption indexOpt("index", "The index file (rebuilt).", "FILE");
    const QCommandLineOption modeOpt("mode", "relay, none or pairs.", "MODE", "pairs");
    const QCommandLineOption pairsOpt("pairs", "Pairs in pairs mode.", "N", "5");
    const QCommandLineOption incrementalOpt("incremental", "Rescan instead of rebuilding.");
    parser.addOptions({workspaceOpt, rootOpt, indexOpt, modeOpt, pairsOpt, incrementalOpt});
    parser.addHelpOption();
    parser.process(app);
    auto opened = openWorkspace(WorkspaceOpenOptions{parser.value(workspaceOpt), parser.value(rootOpt),
                                                     QStringLiteral("lea"), parser.value(indexOpt)});
    if (!opened) {
        QTextStream(stderr) << "error: " << opened.error().message << "\n";
        return 3;
    }
    const bool full = !parser.isSet(incrementalOpt);
    const QString mode = parser.value(modeOpt);
    if (mode == QLatin1String("relay")) {
        print(out, "with progress", runOnce(*opened, true, full));
    } else if (mode == QLatin1String("none")) {
        print(out, "no callback", runOnce(*opened, false, full));
    } else {
        const int pairs = std::max(1, parser.value(pairsOpt).toInt());
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        if (loadavg.open(QIODevice::ReadOnly))
            out << "load average at start: " << loadavg.readAll().trimmed() << "\n";
        runOnce(*opened, false, full); // warm-up: page cache, index file
        std::vector<double> ratios, rates, gaps, walkGaps;
        for (int i = 0; i < pairs && !g_failed; ++i) {
            RunFigures with, without;
            if (i % 2 == 0) {
                with = runOnce(*opened, true, full);
                without = runOnce(*opened, false, full);
            } else {
                without = runOnce(*opened, false, full);
                with = runOnce(*opened, true, full);
            }
            print(out, "  with progress", with);
            print(out, "  no callback  ", without);
            ratios.push_back(with.seconds / without.seconds);
            rates.push_back(with.delivered / with.seconds);
            gaps.push_back(with.longestGapMs);
            walkGaps.push_back(with.walkGapMs);
            out << "  pair " << i + 1 << ": with/without = " << QString::number(ratios.back(), 'f', 4)
                << "\n";
        }
        auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v.empty() ? 0.0 : v[v.size() / 2];
        };
        out << "median of " << ratios.size() << " pairs: with/without "
            << QString::number(median(ratios), 'f', 4) << " (goal < 1.02; min "
            << QString::number(*std::min_element(ratios.begin(), ratios.end()), 'f', 4) << ", max "
            << QString::number(*std::max_element(ratios.begin(), ratios.end()), 'f', 4) << "); updates "
            << QString::number(median(rates), 'f', 2) << "/s; longest gap " << ms(median(gaps))
            << " (during the walk " << ms(median(walkGaps)) << ")\n";
    }
    return g_failed ? 4 : 0;
}
