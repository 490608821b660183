// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Small helpers shared by the Storage panel's benchmarks: process memory, medians, a peer command's wall
// time.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QWidget>

#include <cstdlib>

#include <algorithm>
#include <functional>
#include <vector>

namespace ts::bench {

// A line of /proc/self/status in MiB ("VmRSS", "VmHWM"), or -1.
inline double procStatusMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    return -1;
}

inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Milliseconds of one call of `work`.
inline double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Wall milliseconds of a peer command, output discarded; -1 when it could not run.
inline double peerMs(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

inline QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One figure: what, milliseconds, the goal, a peer.
inline void line(const QString& what, double ms, const QString& goal, const QString& peer = {})
{
    out() << "  " << what.leftJustified(64) << " " << fixed(ms).rightJustified(8) << " ms";
    if (!goal.isEmpty())
        out() << "   goal " << goal;
    if (!peer.isEmpty())
        out() << "   | " << peer;
    out() << "\n";
    out().flush();
}

inline void memory(const QString& when)
{
    out() << "  memory " << when.leftJustified(57) << " VmRSS "
          << fixed(procStatusMiB("VmRSS")).rightJustified(6) << " MiB, VmHWM "
          << fixed(procStatusMiB("VmHWM")).rightJustified(6) << " MiB   goal <= 150 MB in total\n";
    out().flush();
}

[[noreturn]] inline void fail(const QString& message)
{
    QTextStream(stderr) << "error: " << message << "\n";
    std::exit(4);
}

template <typename T> T take(Result<T> result)
{
    if (!result)
        fail(result.error().message);
    return std::move(*result);
}

// Notes the paint events a widget receives; waitForPaint() returns once one arrived after mark() and was
// painted (the paint runs right after the filter, inside the same processEvents call).
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget* widget) : m_widget(widget) { widget->installEventFilter(this); }
    void mark() { m_painted = false; }
    bool painted() const { return m_painted; }
    bool waitForPaint(int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_painted && timer.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return m_painted;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }

private:
    QWidget* m_widget;
    bool m_painted = false;
};

// Processes events until `done` or the timeout; false on timeout.
template <typename Done> bool waitUntil(Done done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Peers
{
    double duRoot = -1; // du -s of the shared folder: a rescan from disk
    double lsWide = -1; // ls -l of the wide folder: listing it from disk with sizes
};

} // namespace ts::bench
