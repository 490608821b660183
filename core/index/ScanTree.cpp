// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/ScanTree.h"

#include <algorithm>

namespace ts::index {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Raw:
        return QStringLiteral("raw");
    case Kind::Processed:
        return QStringLiteral("processed");
    case Kind::Results:
        return QStringLiteral("results");
    case Kind::Checkpoints:
        return QStringLiteral("checkpoints");
    case Kind::Models:
        return QStringLiteral("models");
    case Kind::Notebooks:
        return QStringLiteral("notebooks");
    case Kind::Shared:
        return QStringLiteral("shared");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QByteArray ScanTree::relativePath(std::int32_t index) const
{
    std::vector<std::int32_t> chain;
    for (std::int32_t i = index; i != kNoParent && entries[std::size_t(i)].parent != kNoParent;
         i = entries[std::size_t(i)].parent)
        chain.push_back(i);
    QByteArray path;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!path.isEmpty())
            path += '/';
        const std::string_view n = name(*it);
        path.append(n.data(), qsizetype(n.size()));
    }
    return path;
}

} // namespace ts::index
