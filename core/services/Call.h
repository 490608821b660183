// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What every use-case call in core/services takes besides its own plain inputs, and how it reports.
//
// The CLI and the GUI call the same service functions (docs/ARCHITECTURE.md, "Services"): plain inputs (an
// opened Workspace, paths, options), a Call, and a Result<Report> back. The cancel token is co-owned: the
// caller keeps one reference to cancel from any thread, the job keeps another for as long as it runs, so
// neither has to outlive the other. Progress is called on the worker thread; the receiver throttles it and
// moves it to its own thread (the GUI's ProgressRelay, the CLI's stderr printer).
#pragma once

#include "util/Cancellation.h"

#include <memory>

namespace ts::services {

struct Call
{
    std::shared_ptr<CancelToken> cancel = std::make_shared<CancelToken>();
    ProgressCallback progress; // may be empty

    bool isCancelled() const { return cancel && cancel->isCancelled(); }
    void report(const Progress& progress_) const
    {
        if (progress)
            progress(progress_);
    }
};

} // namespace ts::services
