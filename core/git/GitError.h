// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The one conversion of a libgit2 failure into an Error. libgit2 keeps its last error per thread, so
// gitError() must run on the thread whose call failed, directly after it: every wrapper in core/git turns a
// failure into an Error at once.
#pragma once

#include "util/Result.h"

namespace ts::git {

// "<context><libgit2's message>" for the failure just reported on this thread. GIT_EUSER becomes Cancelled
// (our callbacks return it only for a cancel); URLs in the text lose their user name and password.
Error gitError(int code, const QString& context);

// Wraps a libgit2 return code: ok for >= 0, else gitError().
Status gitCheck(int code, const QString& context);

// True for the error GitRepository::push returns when the remote refused the update (it moved: not a
// fast-forward).
bool isRejectedPush(const Error& error);

} // namespace ts::git
