// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitIndex.h"

#include "git/GitHandles.h"

namespace ts::git {

namespace {

std::optional<ConflictSide> sideOf(const git_index_entry* entry)
{
    if (!entry)
        return std::nullopt;
    return ConflictSide{QByteArray(entry->path), fromGit(entry->id), entry->mode};
}

} // namespace

Result<GitIndex> GitIndex::ofRepository(const GitRepository& repo)
{
    git_index* rawIndex = nullptr;
    if (const int code = git_repository_index(&rawIndex, GitAccess::repo(repo)); code < 0)
        return gitError(code, QStringLiteral("%1: cannot read the index: ").arg(repo.workdir()));
    return GitIndex(IndexHandle(rawIndex));
}

Result<GitIndex> GitIndex::fromTree(const GitTree& tree, const QString& context)
{
    git_index* rawIndex = nullptr;
    if (const int code = git_index_new(&rawIndex); code < 0)
        return gitError(code, context);
    IndexHandle index(rawIndex);
    if (const int code = git_index_read_tree(index.get(), GitAccess::tree(tree)); code < 0)
        return gitError(code, context);
    return GitIndex(std::move(index));
}

Status GitIndex::read(const QString& context)
{
    return gitCheck(git_index_read(m_index.get(), false), context);
}

Status GitIndex::write(const QString& context)
{
    return gitCheck(git_index_write(m_index.get()), context);
}

Status GitIndex::addByPath(const QString& path, const QString& context)
{
    return gitCheck(git_index_add_bypath(m_index.get(), path.toUtf8().constData()), context);
}

Status GitIndex::removeByPath(const QString& path, const QString& context)
{
    return gitCheck(git_index_remove_bypath(m_index.get(), path.toUtf8().constData()), context);
}

Status GitIndex::add(const QByteArray& path, const Oid& id, unsigned mode, const QString& context)
{
    git_index_entry entry{};
    entry.mode = mode;
    entry.id = *toGit(id);
    entry.path = path.constData();
    return gitCheck(git_index_add(m_index.get(), &entry), context);
}

void GitIndex::remove(const QByteArray& path)
{
    git_index_remove(m_index.get(), path.constData(), 0);
}

std::optional<Oid> GitIndex::entryId(const QByteArray& path) const
{
    const git_index_entry* entry = git_index_get_bypath(m_index.get(), path.constData(), 0);
    if (!entry)
        return std::nullopt;
    return fromGit(entry->id);
}

bool GitIndex::contains(const QString& path) const
{
    return git_index_get_bypath(m_index.get(), path.toUtf8().constData(), 0) != nullptr;
}

Status GitIndex::addAll(const QString& context)
{
    char star[] = "*";
    char* patterns[] = {star};
    const git_strarray all{patterns, 1};
    return gitCheck(git_index_add_all(m_index.get(), &all, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr), context);
}

Status GitIndex::updateAll(const QString& context)
{
    char star[] = "*";
    char* patterns[] = {star};
    const git_strarray all{patterns, 1};
    return gitCheck(git_index_update_all(m_index.get(), &all, nullptr, nullptr), context);
}

Result<Oid> GitIndex::writeTree(const QString& context)
{
    git_oid tree;
    if (const int code = git_index_write_tree(&tree, m_index.get()); code < 0)
        return gitError(code, context);
    return fromGit(tree);
}

Result<Oid> GitIndex::writeTreeTo(const GitRepository& repo, const QString& context)
{
    git_oid tree;
    if (const int code = git_index_write_tree_to(&tree, m_index.get(), GitAccess::repo(repo)); code < 0)
        return gitError(code, context);
    return fromGit(tree);
}

bool GitIndex::hasConflicts() const
{
    return git_index_has_conflicts(m_index.get()) != 0;
}

Result<QList<IndexConflict>> GitIndex::conflicts() const
{
    git_index_conflict_iterator* rawIterator = nullptr;
    if (const int code = git_index_conflict_iterator_new(&rawIterator, m_index.get()); code < 0)
        return gitError(code, QStringLiteral("merge: cannot list conflicts: "));
    const ConflictIteratorHandle iterator(rawIterator);
    QList<IndexConflict> result;
    const git_index_entry* ancestor = nullptr;
    const git_index_entry* ours = nullptr;
    const git_index_entry* theirs = nullptr;
    while (git_index_conflict_next(&ancestor, &ours, &theirs, iterator.get()) == 0)
        result.append({sideOf(ours), sideOf(theirs)});
    return result;
}

void GitIndex::removeConflict(const QByteArray& path)
{
    git_index_conflict_remove(m_index.get(), path.constData());
}

} // namespace ts::git
