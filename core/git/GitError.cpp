// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitError.h"

#include "util/RedactUrl.h"

#include <git2.h>

#include <cerrno>
#include <cstring>

namespace ts::git {

namespace {
const char kRejectedMarker[] = "rejected by the remote";
}

Error gitError(int code, const QString& context)
{
    const int systemError =
        errno; // libgit2 1.5 loses the message of some failed writes (a full disk while staging)
    const git_error* last = git_error_last();
    QString detail;
    if (last && last->message && *last->message)
        detail = QString::fromUtf8(last->message).trimmed();
    else if (systemError == ENOSPC || systemError == EDQUOT || systemError == EFBIG || systemError == EROFS ||
             systemError == EIO)
        detail = QString::fromLocal8Bit(std::strerror(systemError)) +
                 QStringLiteral(" (free some space, then try again)");
    else
        detail =
            QStringLiteral("libgit2 error %1 without a message (check free space and permissions)").arg(code);
    if (code == GIT_EUSER)
        return Error::cancelled(redactUrlUserinfo(context) + QStringLiteral("cancelled"));
    // libgit2 quotes remote URLs in its messages; a token in one must not reach a terminal or a log.
    return Error::failed(redactUrlUserinfo(context + detail));
}

Status gitCheck(int code, const QString& context)
{
    if (code >= 0)
        return {};
    return gitError(code, context);
}

bool isRejectedPush(const Error& error)
{
    return error.message.contains(QLatin1String(kRejectedMarker));
}

QString rejectedMarker()
{
    return QString::fromLatin1(kRejectedMarker);
}

} // namespace ts::git
