// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "SecretPrompt.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace ts::cli {

namespace {

termios g_saved;
volatile sig_atomic_t g_echoOff = 0;

// A signal while echo is off: echo back on, then the signal's default action.
void restoreAndReraise(int signal)
{
    if (g_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Echo off for as long as it lives (on a terminal only).
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &g_saved) != 0)
            return;
        termios quiet = g_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        for (int signal : {SIGINT, SIGTERM, SIGHUP})
            std::signal(signal, &restoreAndReraise);
        g_echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0 ? 1 : 0;
    }
    ~EchoOff()
    {
        if (g_echoOff)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        g_echoOff = 0;
        for (int signal : {SIGINT, SIGTERM, SIGHUP})
            std::signal(signal, SIG_DFL);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
};

Result<QByteArray> readLine()
{
    char* buffer = nullptr;
    size_t capacity = 0;
    errno = 0;
    const ssize_t length = ::getline(&buffer, &capacity, stdin);
    const int error = errno;
    QByteArray line;
    if (length > 0)
        line = QByteArray(buffer, static_cast<qsizetype>(length));
    if (buffer) {
        ::explicit_bzero(buffer, capacity);
        std::free(buffer);
    }
    if (length < 0 && error != 0)
        return Error::fromErrno(QStringLiteral("stdin"), QStringLiteral("cannot read the secret"), error);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

Result<QByteArray> readSecretLine(const QString& prompt)
{
    if (!::isatty(STDIN_FILENO))
        return readLine();
    EchoOff quiet;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    return readLine();
}

void wipeSecret(QByteArray& secret)
{
    if (!secret.isEmpty())
        ::explicit_bzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace ts::cli
