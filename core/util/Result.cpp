// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "util/Result.h"

#include <cstring>

namespace ts {

Error Error::fromErrno(const QString& path, const QString& what, int errnum)
{
    return failed(QStringLiteral("%1: %2: %3").arg(path, what, QString::fromLocal8Bit(std::strerror(errnum))));
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return 2;
    case ErrorKind::BadInput: return 3;
    case ErrorKind::Failed: return 4;
    case ErrorKind::Cancelled: return 4;
    }
    return 4;
}

} // namespace ts
