// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "ProgressRelay.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTimer>

#include <optional>

namespace ts::gui {

struct ProgressRelay::State
{
    QMutex mutex;
    ProgressRelay* relay = nullptr; // cleared by the relay's destructor, under the mutex
    std::optional<Progress> latest; // reported and not yet delivered
    bool scheduled = false;         // a delivery is posted or its timer runs
    QElapsedTimer clock;            // started with the relay
    qint64 lastDeliveryMs = -1;     // on `clock`; -1: nothing delivered yet
    int intervalMs = 0;

    // Milliseconds until the next delivery may happen.
    qint64 delayNow() const
    {
        if (lastDeliveryMs < 0)
            return 0;
        return std::max<qint64>(0, lastDeliveryMs + intervalMs - clock.elapsed());
    }
};

ProgressRelay::ProgressRelay(QObject* parent, int intervalMs)
    : QObject(parent), m_intervalMs(intervalMs), m_state(std::make_shared<State>())
{
    m_state->relay = this;
    m_state->intervalMs = intervalMs;
    m_state->clock.start();
}

ProgressRelay::~ProgressRelay()
{
    // A worker in the callback holds the mutex while it posts to us; once we hold it, no new post can come,
    // and Qt drops the posted events of a deleted object.
    QMutexLocker lock(&m_state->mutex);
    m_state->relay = nullptr;
}

ProgressCallback ProgressRelay::callback() const
{
    return [state = m_state](const Progress& progress) {
        QMutexLocker lock(&state->mutex);
        state->latest = progress;
        if (state->scheduled || !state->relay)
            return;
        state->scheduled = true;
        const qint64 delay = state->delayNow();
        ProgressRelay* relay = state->relay;
        QMetaObject::invokeMethod(
            relay, [relay, delay] { relay->scheduleDelivery(delay); }, Qt::QueuedConnection);
    };
}

void ProgressRelay::scheduleDelivery(qint64 delayMs)
{
    if (delayMs <= 0)
        deliver();
    else
        QTimer::singleShot(int(delayMs), this, &ProgressRelay::deliver);
}

void ProgressRelay::deliver()
{
    std::optional<Progress> progress;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->scheduled = false;
        progress.swap(m_state->latest);
        if (progress)
            m_state->lastDeliveryMs = m_state->clock.elapsed();
    }
    if (progress)
        emit progressed(*progress);
}

void ProgressRelay::flush()
{
    std::optional<Progress> progress;
    {
        QMutexLocker lock(&m_state->mutex);
        progress.swap(m_state->latest); // a delivery still scheduled finds nothing and emits nothing
        if (progress)
            m_state->lastDeliveryMs = m_state->clock.elapsed();
    }
    if (progress)
        emit progressed(*progress);
}

} // namespace ts::gui
