// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What the raw-data commands share: Ctrl-C as cancel, progress on a terminal, names for messages.
#pragma once

#include "Cli.h"

#include "util/Cancellation.h"

#include <memory>

namespace ts::cli {

// While alive, SIGINT and SIGTERM cancel the given token (a service call's co-owned one) instead of killing
// the process, so a long hash stops cleanly and nothing half-written is left; the previous handlers come
// back on destruction. One at a time.
class CancelOnInterrupt
{
public:
    explicit CancelOnInterrupt(std::shared_ptr<CancelToken> token);
    ~CancelOnInterrupt();
    CancelOnInterrupt(const CancelOnInterrupt&) = delete;
    CancelOnInterrupt& operator=(const CancelOnInterrupt&) = delete;

private:
    std::shared_ptr<CancelToken> m_token; // kept alive while the handler may reach it
};

// Progress on stderr ("hashing: 1204 of 20000 files, 1.2 GiB") as Cli::progress decides; end it with
// cli.endProgress().
ProgressCallback hashProgress(Cli& cli, const QString& what);

QString osUserName();

int runRawBaseline(Cli& cli, const QStringList& args);
int runRawVerify(Cli& cli, const QStringList& args);

} // namespace ts::cli
