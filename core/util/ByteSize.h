// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Sizes as people type and read them.
#pragma once

#include "util/Result.h"

#include <QString>

namespace ts {

// Accepts plain bytes ("1024") or a number with a unit: KB/MB/GB/TB are powers of 1000; KiB/MiB/GiB/TiB and the
// bare K/M/G/T (as in du and numfmt) are powers of 1024; "B" is bytes. Case-insensitive, optional space,
// fractions allowed ("1.5GiB"). Negative, empty, overflowing or unknown units are refused naming `field`.
Result<qint64> parseByteSize(const QString& text, const QString& field = QStringLiteral("size"));

// "0 B", "512 B", "1.5 KiB", "12.3 GiB": binary units, at most one decimal.
QString formatByteSize(qint64 bytes);

} // namespace ts
