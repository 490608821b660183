// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/SizeTreeNode.h"

namespace ts {

#if defined(__x86_64__) || defined(__aarch64__)
static_assert(sizeof(SizeTreeNode) <= 128, "keep size-tree nodes small: one per fetched entry");
#endif

qint64 SizeTreeNode::contributing(bool allocatedBytes) const
{
    const qint64 value = allocatedBytes ? allocated : bytes;
    if (isFolder())
        return value;
    if (type == index::EntryType::File && counted)
        return value;
    return 0;
}

QByteArray SizeTreeNode::relativePath() const
{
    if (!parent || isTop())
        return {};
    QByteArray path = name;
    for (const SizeTreeNode* p = parent; p && !p->isTop(); p = p->parent)
        path = p->name + '/' + path;
    return path;
}

} // namespace ts
