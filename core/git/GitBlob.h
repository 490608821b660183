// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One blob (a file's committed bytes): read in place, without a copy, or as git's filters would check it out.
#pragma once

#include "git/GitOid.h"
#include "git/GitPtr.h"

#include <QByteArray>

namespace ts::git {

class GitRepository;

class GitBlob
{
public:
    // `context` starts the error message ("notebooks/x.ipynb: cannot read the committed version: ").
    static Result<GitBlob> lookup(const GitRepository& repo, const Oid& id, const QString& context);
    // The id git gives `content` as a blob, without writing it.
    static Result<Oid> hash(const QByteArray& content, const QString& context);
    // The id git gives `content` when it is added at `path`: with the repository's filters (eol, ident)
    // applied as the index applies them to the file.
    static Result<Oid> hashAsAddedAt(const GitRepository& repo, const QString& path,
                                     const QByteArray& content);

    qint64 size() const;
    const char* data() const; // valid as long as this blob
    QByteArray bytes() const { return QByteArray(data(), qsizetype(size())); }
    // The bytes a checkout of `path` writes (working-tree filters such as eol applied).
    Result<QByteArray> filteredFor(const QString& path) const;

private:
    friend struct GitAccess;
    explicit GitBlob(GitPtr<git_blob> blob) : m_blob(std::move(blob)) {}
    GitPtr<git_blob> m_blob;
};

} // namespace ts::git
