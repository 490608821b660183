// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Progress from a worker thread to the GUI thread, throttled: a scan reports thousands of times a second, a
// label needs a few. See docs/gui.md, "Background work".
#pragma once

#include "util/Cancellation.h"

#include <QObject>

#include <memory>

namespace ts::gui {

// Hand callback() to a job (services::Call::progress). The worker may call it from any thread as often as it
// likes: it only stores the latest Progress under a mutex and, when no delivery is scheduled, posts one to
// the relay's thread. `progressed` is emitted there at most once per interval (about 4 a second by default),
// always with the latest value, and the last value the worker reported is always delivered (within one
// interval, or at once by flush()). The callback co-owns the shared state, not the relay: a worker that
// outlives the panel keeps calling it safely and nothing is delivered any more.
class ProgressRelay : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 250;

    explicit ProgressRelay(QObject* parent = nullptr, int intervalMs = kDefaultIntervalMs);
    ~ProgressRelay() override;

    ProgressCallback callback() const;
    // On the relay's thread, once the job finished: delivers a pending update now instead of at the next
    // tick, so the final numbers are on screen before the result is.
    void flush();
    int intervalMs() const { return m_intervalMs; }

signals:
    void progressed(const ts::Progress& progress);

private:
    struct State;
    void scheduleDelivery(qint64 delayMs);
    void deliver();

    int m_intervalMs;
    std::shared_ptr<State> m_state;
};

} // namespace ts::gui
