// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The one way the GUI runs work off its thread: run `work` on the thread pool, then hand its result to `then`
// on the receiver's thread, only if the receiver still exists. Every panel uses this; see docs/gui.md.
#pragma once

#include "services/Call.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace ts::gui {

// `work` runs on a worker thread: it must capture values (paths, a shared_ptr<const Workspace>, a
// services::Call), never a widget or `this`. `then` runs on the receiver's thread with the result, and not at
// all when the receiver was destroyed meanwhile. No event loop is spun anywhere.
//
// Qt 6.4's QFuture::then(context, …) asserts that its context is still alive when the work finishes, so the
// context here is a relay that lives exactly as long as the job; the receiver itself is checked on its own
// thread, the only place where a QPointer can be read safely.
//
// Returns the future of the whole chain (finished once `then` ran or was skipped), for callers that cancel or
// tests that wait.
template <typename Work, typename Then>
QFuture<void> runInBackground(QObject* receiver, Work&& work, Then&& then)
{
    using Value = std::invoke_result_t<std::decay_t<Work>>;
    static_assert(!std::is_void_v<Value>,
                  "background work returns its result (a Result<T> or a value) to `then`");

    auto* relay = new QObject;
    relay->moveToThread(receiver->thread());
    // The work starts only once the whole chain is attached. Qt 6.4 runs a continuation attached to a future
    // that already finished at once, on the attaching thread: a job quicker than the line below would call
    // `then` inside this function, before the caller had set up what `then` reads (seen in CI as a panel
    // whose 12-notebook health check "finished" before it had started).
    QPromise<void> gate;
    QFuture<Value> result = gate.future().then(
        QThreadPool::globalInstance(), [work = std::forward<Work>(work)]() mutable { return work(); });
    QFuture<void> chain = result.then(relay, [relay, receiver = QPointer<QObject>(receiver),
                                              then = std::forward<Then>(then)](Value value) mutable {
        relay->deleteLater();
        if (receiver)
            then(std::move(value));
    });
    gate.start();
    gate.finish();
    return chain;
}

// A cancellable job with progress: `work(const services::Call&)` runs on a worker with its own copy of
// `call`, so the job co-owns the cancel token (a std::shared_ptr<CancelToken>) for as long as it runs; the
// caller keeps `call.cancel` to cancel it from the GUI thread, and neither has to outlive the other. Never
// hand a job a raw CancelToken* or a reference to a panel's member. Progress goes through a ProgressRelay
// (ProgressRelay.h): `call.progress = relay->callback()`.
template <typename Work, typename Then>
QFuture<void> runInBackground(QObject* receiver, services::Call call, Work&& work, Then&& then)
{
    return runInBackground(
        receiver,
        [call = std::move(call), work = std::forward<Work>(work)]() mutable {
            return work(std::as_const(call));
        },
        std::forward<Then>(then));
}

} // namespace ts::gui
