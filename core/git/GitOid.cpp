// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitOid.h"

#include "git/GitHandles.h"

namespace ts::git {

QString oidToString(const Oid& oid)
{
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, toGit(oid));
    return QString::fromLatin1(text);
}

Result<Oid> oidFromString(const QString& sha)
{
    git_oid oid;
    if (sha.size() != GIT_OID_HEXSZ || git_oid_fromstr(&oid, sha.toLatin1().constData()) < 0)
        return Error::badInput(QStringLiteral("\"%1\" is not a commit id").arg(sha));
    return fromGit(oid);
}

} // namespace ts::git
