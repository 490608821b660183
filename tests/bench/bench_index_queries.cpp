// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Times the usage queries on an existing index (in-process, so process start-up is not measured):
// bench_index_queries INDEX.sqlite WORKSPACE_DIR [RUNS]. Prints the median and the worst run in milliseconds.
#include "index/IndexQueries.h"
#include "index/IndexStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace ts;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_index_queries INDEX.sqlite WORKSPACE_DIR [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 21;
    auto manifest = loadManifest(args.at(2));
    if (!manifest) {
        QTextStream(stderr) << "error: " << manifest.error().message << "\n";
        return 3;
    }
    auto store = index::IndexStore::open(args.at(1));
    if (!store) {
        QTextStream(stderr) << "error: " << store.error().message << "\n";
        return 4;
    }
    index::IndexQueries queries(store->database());
    auto rows = store->database().prepare("SELECT count(*) FROM index_entries");
    qint64 entryRows = 0;
    if (rows && rows->step())
        entryRows = rows->columnInt64(0);
    out << "index rows: " << entryRows << "\n";

    const std::vector<std::pair<const char*, std::function<bool()>>> cases = {
        {"usage --by member", [&] { return store->usageByMember(*manifest).ok(); }},
        {"usage --by kind", [&] { return queries.usageByKind().ok(); }},
        {"usage --by folder (top, children)",
         [&] { return queries.usageByFolder(index::Top::SharedFolder, {}, 1).ok(); }},
        {"usage --by folder results --depth 2",
         [&] { return queries.usageByFolder(index::Top::SharedFolder, "results", 2).ok(); }},
        {"largest --top 20 (not a 20 ms target)", [&] { return queries.largest(20).ok(); }},
    };
    for (const auto& [name, run] : cases) {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!run()) {
                QTextStream(stderr) << "error: " << name << " failed\n";
                return 4;
            }
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        out << QString::fromLatin1(name).leftJustified(40) << " median "
            << QString::number(ms[ms.size() / 2], 'f', 3) << " ms, worst "
            << QString::number(ms.back(), 'f', 3) << " ms\n";
    }
    return 0;
}
