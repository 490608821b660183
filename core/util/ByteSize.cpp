// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "util/ByteSize.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace ts {

Result<qint64> parseByteSize(const QString& text, const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error::usage(QStringLiteral("%1 \"%2\" is not a size (write bytes, or a number with a unit such as 500M, 15GB, 1.5GiB)")
                                .arg(field, text));
    const QString unit = match.captured(2).toLower();
    double multiplier = 0;
    if (unit.isEmpty() || unit == QStringLiteral("b"))
        multiplier = 1;
    else if (unit == QStringLiteral("kb"))
        multiplier = 1e3;
    else if (unit == QStringLiteral("mb"))
        multiplier = 1e6;
    else if (unit == QStringLiteral("gb"))
        multiplier = 1e9;
    else if (unit == QStringLiteral("tb"))
        multiplier = 1e12;
    else if (unit == QStringLiteral("k") || unit == QStringLiteral("kib"))
        multiplier = 1024.0;
    else if (unit == QStringLiteral("m") || unit == QStringLiteral("mib"))
        multiplier = 1024.0 * 1024;
    else if (unit == QStringLiteral("g") || unit == QStringLiteral("gib"))
        multiplier = 1024.0 * 1024 * 1024;
    else if (unit == QStringLiteral("t") || unit == QStringLiteral("tib"))
        multiplier = 1024.0 * 1024 * 1024 * 1024;
    else
        return Error::usage(QStringLiteral("%1 \"%2\" has an unknown unit \"%3\" (use B, K, M, G, T, KB, MB, GB, TB, KiB, MiB, GiB, TiB)")
                                .arg(field, text, match.captured(2)));

    const QString number = match.captured(1);
    if (multiplier == 1 && !number.contains(u'.')) {
        bool ok = false;
        const qint64 bytes = number.toLongLong(&ok);
        if (!ok)
            return Error::usage(QStringLiteral("%1 \"%2\" is too large").arg(field, text));
        return bytes;
    }
    const double value = std::round(number.toDouble() * multiplier);
    if (!(value < 9.2e18))
        return Error::usage(QStringLiteral("%1 \"%2\" is too large").arg(field, text));
    return static_cast<qint64>(value);
}

QString formatByteSize(qint64 bytes)
{
    static const char* const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    if (bytes < 1024 && bytes > -1024)
        return QStringLiteral("%1 B").arg(bytes);
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (std::fabs(value) >= 1024.0 && unit < 6) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

} // namespace ts
