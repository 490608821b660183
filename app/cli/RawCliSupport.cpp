// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "RawCliSupport.h"

#include "util/ByteSize.h"

#include <atomic>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace ts::cli {

namespace {

// The token the handler cancels; set before the handlers are installed, cleared after they are restored.
std::atomic<CancelToken*> g_interruptToken{nullptr};
struct sigaction g_previousInt = {};
struct sigaction g_previousTerm = {};

extern "C" void cancelOnSignal(int)
{
    // Lock-free atomic load and store: safe in a signal handler.
    if (CancelToken* token = g_interruptToken.load())
        token->cancel();
}

static_assert(std::atomic<CancelToken*>::is_always_lock_free);

} // namespace

CancelOnInterrupt::CancelOnInterrupt(std::shared_ptr<CancelToken> token) : m_token(std::move(token))
{
    g_interruptToken.store(m_token.get());
    struct sigaction action = {};
    action.sa_handler = cancelOnSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
}

CancelOnInterrupt::~CancelOnInterrupt()
{
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    g_interruptToken.store(nullptr);
}

ProgressCallback hashProgress(Cli& cli, const QString& what)
{
    return cli.progress([what](const Progress& p) {
        return QStringLiteral("%1: %2 of %3, %4")
            .arg(what)
            .arg(p.done)
            .arg(counted(p.total, "file", "files"), formatByteSize(p.bytes));
    });
}

QString osUserName()
{
    if (const passwd* pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

} // namespace ts::cli
