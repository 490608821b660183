// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Reading a secret (password, token, passphrase) for the CLI: on a terminal, a prompt on stderr and the typed
// line with echo off (termios; restored on return and on SIGINT/SIGTERM/SIGHUP); from a pipe or file, one line
// of stdin. The line break is not part of the secret; the secret is never echoed or printed.
#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace ts::cli {

// Empty when the line was empty (or stdin at its end). Failed when stdin cannot be read.
Result<QByteArray> readSecretLine(const QString& prompt);

// Overwrites the bytes of a secret that is no longer needed.
void wipeSecret(QByteArray& secret);

} // namespace ts::cli
