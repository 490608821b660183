// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Notebooks panel on 2,000 notebooks (issue 15's benchmark): how long the panel takes from setWorkspace
// to the first painted table, how long typing a filter takes, how long the last commits and the health (read
// off the GUI thread) take, and the longest GUI-thread stall meanwhile, each next to its goal and, where one
// exists, a peer measured in the same run. A program, not a test: nothing here fails on timing. See
// tests/bench/README.md.
//
//   bench_notebooks_panel [--notebooks 2000] [--dir DIR] [--keep]
//
// Generates the workspace in DIR (default: a temporary folder, removed unless --keep): the demo workspace,
// plus N notebooks written from services::demoNotebookJson, each assigned in teamspace.json (owners and
// runners spread over the members, some runners not chosen, some accelerators planned), committed with git.
#include "BenchFigures.h"
#include "Dialogs.h"
#include "models/NotebooksFilterModel.h"
#include "models/NotebooksModel.h"
#include "panels/notebooks/NotebooksPanel.h"
#include "services/DemoNotebooks.h"
#include "services/DemoWorkspace.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ts;
using namespace ts::bench;

namespace {

void git(const QString& repo, const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(repo);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=bench"), QStringLiteral("-c"),
                              QStringLiteral("user.email=bench@example.org")} +
                      arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        fail(QStringLiteral("git %1 in %2: %3")
                 .arg(arguments.join(u' '), repo, QString::fromLocal8Bit(process.readAllStandardError())));
}

// The demo workspace plus `count` assigned notebooks, committed. Returns the repository folder.
QString generate(const QString& dir, const QString& indexPath, int count)
{
    const services::DemoWorkspaceReport demo = take(services::createDemoWorkspace(dir, indexPath));
    Manifest manifest = take(loadManifest(demo.repoDir));
    const QStringList accelerators{{}, QStringLiteral("GPU"), {}, QStringLiteral("TPU"), {}};
    for (int i = 0; i < count; ++i) {
        const QString owner = manifest.members[i % manifest.members.size()].id;
        const QString path =
            QStringLiteral("notebooks/%1/bench/experiment_%2.ipynb").arg(owner).arg(i, 4, 10, QChar(u'0'));
        services::DemoNotebookSpec spec;
        spec.title = QStringLiteral("Experiment %1").arg(i);
        spec.accelerator = accelerators[i % accelerators.size()];
        spec.code = {QStringLiteral("import numpy as np"), QStringLiteral("x = np.arange(%1)").arg(i),
                     QStringLiteral("print(x.sum())")};
        spec.seed = i;
        const QString file = demo.repoDir + u'/' + path;
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(services::demoNotebookJson(spec)) < 0)
            fail(QStringLiteral("%1: cannot write (check the free space)").arg(file));
        NotebookAssignment a;
        a.path = path;
        a.owner = owner;
        if (i % 7 != 0)
            a.runner = manifest.members[(i + 1) % manifest.members.size()].id;
        if (i % 3 == 0)
            a.expectedOutputBytes = qint64(i + 1) * 1'000'000;
        if (i % 10 == 0)
            a.accelerator = QStringLiteral("GPU");
        manifest.notebooks << a;
    }
    std::sort(manifest.notebooks.begin(), manifest.notebooks.end(),
              [](const NotebookAssignment& l, const NotebookAssignment& r) { return l.path < r.path; });
    if (Status saved = saveManifest(manifest, demo.repoDir); !saved)
        fail(saved.error().message);
    git(demo.repoDir, {QStringLiteral("add"), QStringLiteral("-A")});
    git(demo.repoDir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                       QStringLiteral("bench: %1 notebooks").arg(count)});
    return demo.repoDir;
}

// Records the longest gap between the ticks of a 1 ms timer: how long the GUI thread was busy at a stretch.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, double(m_clock.nsecsElapsed()) / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

QString ratio(double ours, double peer)
{
    return peer > 0 ? fixed(ours / peer, 2) : QStringLiteral("n/a");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("notebooks"), QStringLiteral("Notebooks to generate."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where to generate (must not exist)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the generated workspace.")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("notebooks")).toInt();
    QTemporaryDir tmp;
    tmp.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString base =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : tmp.path();
    const QString indexPath = base + QStringLiteral("/index.db");

    out() << "bench_notebooks_panel: " << count << " notebooks, load " << loadAverage() << "\n";
    QElapsedTimer made;
    made.start();
    const QString repo = generate(base + QStringLiteral("/demo"), indexPath, count);
    out() << "  generated in " << fixed(made.elapsed() / 1000.0) << " s: " << repo << "\n";
    auto workspace = std::make_shared<const Workspace>(
        take(openWorkspace(WorkspaceOpenOptions{repo, {}, QStringLiteral("ana"), indexPath})));

    // Peers, in the same run: reading every notebook with python's json, and git's last commit of 100 paths.
    const double peerJson = peerMs(QStringLiteral("python3"),
                                   {QStringLiteral("-c"),
                                    QStringLiteral("import json,sys,glob\n"
                                                   "for p in glob.glob(sys.argv[1]+'/notebooks/**/*.ipynb', "
                                                   "recursive=True): json.load(open(p))"),
                                    repo});
    QElapsedTimer gitClock;
    gitClock.start();
    for (int i = 0; i < 100; ++i) {
        const QString path =
            workspace->manifest.notebooks[i * workspace->manifest.notebooks.size() / 100].path;
        if (peerMs(QStringLiteral("git"),
                   {QStringLiteral("-C"), repo, QStringLiteral("log"), QStringLiteral("-1"),
                    QStringLiteral("--format=%H"), QStringLiteral("--"), path}) < 0)
            break;
    }
    const double peerGit100 = double(gitClock.nsecsElapsed()) / 1e6;

    out() << "Notebooks panel (NotebooksPanel, 1024x640 offscreen, this process's first open):\n";
    gui::QtDialogs dialogs;
    gui::NotebooksPanel panel(gui::PanelContext{dialogs});
    panel.resize(1024, 640);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        fail(QStringLiteral("the panel was never shown"));
    auto* table = panel.findChild<QTableView*>(QStringLiteral("notebooks.table"));
    if (!table)
        fail(QStringLiteral("the panel has no notebooks.table"));
    PaintProbe paint(table->viewport());
    QSignalSpy health(&panel, &gui::NotebooksPanel::healthLoaded);
    QSignalSpy commits(&panel, &gui::NotebooksPanel::commitsLoaded);
    StallMeter stalls;
    paint.mark();
    QElapsedTimer clock;
    clock.start();
    panel.setWorkspace(workspace);
    const double setMs = double(clock.nsecsElapsed()) / 1e6;
    if (!paint.waitForPaint())
        fail(QStringLiteral("the table was never painted"));
    const double paintMs = double(clock.nsecsElapsed()) / 1e6;
    const int rows = panel.model()->rowCount();
    stalls.start();
    double commitsMs = -1;
    const bool healthDone = waitUntil(
        [&] {
            if (commitsMs < 0 && !commits.isEmpty())
                commitsMs = double(clock.nsecsElapsed()) / 1e6;
            return !health.isEmpty();
        },
        600000);
    const double healthMs = double(clock.nsecsElapsed()) / 1e6;
    const double stall = stalls.stop();
    line(QStringLiteral("setWorkspace (synchronous part), %1 rows").arg(rows), setMs, {});
    line(QStringLiteral("setWorkspace -> first paint of the table"), paintMs, QStringLiteral("<= 300 ms"));
    if (commitsMs >= 0)
        line(QStringLiteral("-> last commits shown"), commitsMs, {},
             QStringLiteral("peer: git log -1 -- PATH x100 %1 ms, x%2 ~%3 ms (ratio %4)")
                 .arg(fixed(peerGit100, 0))
                 .arg(rows)
                 .arg(fixed(peerGit100 * rows / 100, 0))
                 .arg(ratio(commitsMs, peerGit100 * rows / 100)));
    line(healthDone ? QStringLiteral("-> health of every notebook (off the GUI thread)")
                    : QStringLiteral("-> health NOT delivered within 10 min"),
         healthMs, {},
         QStringLiteral("peer: python3 json.load of the files %1 ms (ratio %2)")
             .arg(fixed(peerJson, 0), ratio(healthMs, peerJson)));
    line(QStringLiteral("longest GUI-thread stall while health loads (1 ms timer)"), stall,
         QStringLiteral("(table usable: well under 100 ms)"));

    // Typing a filter: each keystroke's re-filter, on the model level (no painting).
    NotebooksFilterModel proxy;
    proxy.setSourceModel(panel.model());
    proxy.sort(NotebooksModel::PathColumn);
    std::vector<double> keys;
    const QString typed = QStringLiteral("experiment_01");
    for (int i = 1; i <= typed.size(); ++i)
        keys.push_back(timeMs([&] { proxy.setSearchText(typed.left(i)); }));
    line(QStringLiteral("filter: typing \"%1\", median keystroke (%2 rows left)")
             .arg(typed)
             .arg(proxy.rowCount()),
         median(keys), QStringLiteral("<= 30 ms"));
    line(QStringLiteral("filter: slowest keystroke"), *std::max_element(keys.begin(), keys.end()),
         QStringLiteral("<= 30 ms"));
    line(QStringLiteral("filter: member ben"), timeMs([&] { proxy.setMember(QStringLiteral("ben")); }),
         QStringLiteral("<= 30 ms"));
    line(QStringLiteral("filter: problems only"), timeMs([&] {
             proxy.setSearchText({});
             proxy.setMember({});
             proxy.setProblemsOnly(true);
         }),
         QStringLiteral("<= 30 ms"));
    // The same in the panel: keystrokes into its search box until the table has repainted. A keystroke that
    // changes nothing on screen paints nothing: it is counted apart, never timed as the wait's timeout.
    if (auto* search = panel.findChild<QLineEdit*>(QStringLiteral("notebooks.search"))) {
        search->clear();
        search->setFocus();
        waitUntil([] { return false; }, 100); // let the cleared filter paint
        std::vector<double> painted;
        int unpainted = 0;
        for (const QChar c : typed) {
            paint.mark();
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(search, c.toLatin1());
            if (paint.waitForPaint(500))
                painted.push_back(double(timer.nsecsElapsed()) / 1e6);
            else
                ++unpainted;
        }
        if (painted.empty())
            out() << "  panel: keystroke in notebooks.search -> repaint: no repaint seen in " << typed.size()
                  << " keystrokes (is the table visible?)\n";
        else
            line(QStringLiteral("panel: keystroke in notebooks.search -> repaint, median of %1 (%2 changed "
                                "nothing on screen)")
                     .arg(painted.size())
                     .arg(unpainted),
                 median(painted), QStringLiteral("<= 30 ms"));
    }
    memory(QStringLiteral("after the runs"));
    if (parser.isSet(QStringLiteral("keep")))
        out() << "  kept: " << base << "\n";
    return 0;
}
