// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitBlob.h"

#include "git/GitHandles.h"

namespace ts::git {

Result<GitBlob> GitBlob::lookup(const GitRepository& repo, const Oid& id, const QString& context)
{
    git_blob* rawBlob = nullptr;
    if (const int code = git_blob_lookup(&rawBlob, GitAccess::repo(repo), toGit(id)); code < 0)
        return gitError(code, context);
    return GitBlob(BlobHandle(rawBlob));
}

Result<Oid> GitBlob::hash(const QByteArray& content, const QString& context)
{
    git_oid oid;
    if (const int code = git_odb_hash(&oid, content.constData(), size_t(content.size()), GIT_OBJECT_BLOB);
        code < 0)
        return gitError(code, context);
    return fromGit(oid);
}

Result<Oid> GitBlob::hashAsAddedAt(const GitRepository& repo, const QString& path, const QByteArray& content)
{
    git_filter_list* rawFilters = nullptr;
    if (const int code =
            git_filter_list_load(&rawFilters, GitAccess::repo(repo), nullptr, path.toUtf8().constData(),
                                 GIT_FILTER_TO_ODB, GIT_FILTER_DEFAULT);
        code < 0)
        return gitError(code, QStringLiteral("%1: cannot load the git filters: ").arg(path));
    const FilterListHandle filters(rawFilters);
    if (!filters)
        return hash(content, QStringLiteral("%1: cannot hash: ").arg(path));
    GitBuffer filtered;
    if (const int code = git_filter_list_apply_to_buffer(filtered.get(), filters.get(), content.constData(),
                                                         size_t(content.size()));
        code < 0)
        return gitError(code, QStringLiteral("%1: cannot apply the git filters: ").arg(path));
    git_oid oid;
    if (const int code = git_odb_hash(&oid, filtered.get()->ptr, filtered.get()->size, GIT_OBJECT_BLOB);
        code < 0)
        return gitError(code, QStringLiteral("%1: cannot hash: ").arg(path));
    return fromGit(oid);
}

qint64 GitBlob::size() const
{
    return qint64(git_blob_rawsize(m_blob.get()));
}

const char* GitBlob::data() const
{
    return static_cast<const char*>(git_blob_rawcontent(m_blob.get()));
}

Result<QByteArray> GitBlob::filteredFor(const QString& path) const
{
    GitBuffer content;
    git_blob_filter_options options = GIT_BLOB_FILTER_OPTIONS_INIT;
    if (const int code = git_blob_filter(content.get(), m_blob.get(), path.toUtf8().constData(), &options);
        code < 0)
        return gitError(code, QStringLiteral("%1: cannot filter the committed version: ").arg(path));
    return content.bytes();
}

} // namespace ts::git
