// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "util/RedactUrl.h"

#include <QRegularExpression>

namespace ts {

QString redactUrlUserinfo(const QString& text)
{
    // scheme "://" then the authority up to the last '@' before the path, query, fragment or the end of the
    // URL in the text (white space, quotes, angle brackets). A password may hold a raw ':' or even '@'.
    static const QRegularExpression userinfo(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#\s"'<>]*@)"));
    if (!text.contains(QLatin1String("://")) || !text.contains(u'@'))
        return text; // the common case costs two scans, not a regular expression
    QString redacted = text;
    redacted.replace(userinfo, QStringLiteral("\\1***@"));
    return redacted;
}

} // namespace ts
