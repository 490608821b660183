// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitRepository.h"

#include "git/GitHandles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ts::git {

namespace {

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

Result<RepositoryHandle> initRepository(const QString& path, const QString& initialBranch, bool bare)
{
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    if (bare)
        options.flags |= GIT_REPOSITORY_INIT_BARE;
    const QByteArray head = utf8(initialBranch);
    options.initial_head = head.constData();
    git_repository* repo = nullptr;
    const int code = git_repository_init_ext(&repo, QFile::encodeName(path).constData(), &options);
    if (code < 0)
        return gitError(code, QStringLiteral("%1: cannot create a git repository: ").arg(path));
    return RepositoryHandle(repo);
}

} // namespace

Result<GitRepository> GitRepository::init(const QString& path, const QString& initialBranch)
{
    GitLibrary library;
    auto repo = initRepository(path, initialBranch, false);
    if (!repo)
        return repo.error();
    return GitRepository(std::move(repo).value());
}

Result<GitRepository> GitRepository::initBare(const QString& path, const QString& initialBranch)
{
    GitLibrary library;
    auto repo = initRepository(path, initialBranch, true);
    if (!repo)
        return repo.error();
    return GitRepository(std::move(repo).value());
}

Result<GitRepository> GitRepository::open(const QString& path)
{
    GitLibrary library;
    git_repository* repo = nullptr;
    const int code = git_repository_open_ext(&repo, QFile::encodeName(path).constData(),
                                             GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (code < 0)
        return gitError(code, QStringLiteral("%1: not a git repository: ").arg(path));
    return GitRepository(RepositoryHandle(repo));
}

Result<std::optional<GitRepository>> GitRepository::discover(const QString& path)
{
    GitLibrary library;
    git_repository* repo = nullptr;
    const int code = git_repository_open_ext(&repo, QFile::encodeName(path).constData(), 0, nullptr);
    if (code == GIT_ENOTFOUND)
        return std::optional<GitRepository>();
    if (code < 0)
        return gitError(code, QStringLiteral("%1: cannot read the git repository: ").arg(path));
    return std::optional<GitRepository>(GitRepository(RepositoryHandle(repo)));
}

Result<GitRepository> GitRepository::openFromEnvironment()
{
    GitLibrary library;
    git_repository* repo = nullptr;
    const int code = git_repository_open_ext(&repo, nullptr, GIT_REPOSITORY_OPEN_FROM_ENV, nullptr);
    if (code < 0)
        return gitError(code, QStringLiteral("$GIT_DIR: not a git repository: "));
    return GitRepository(RepositoryHandle(repo));
}

QString GitRepository::workdir() const
{
    const char* dir = git_repository_workdir(m_repo.get());
    return dir ? QFile::decodeName(dir) : QString();
}

QString GitRepository::gitDir() const
{
    return QFile::decodeName(git_repository_path(m_repo.get()));
}

Result<QString> GitRepository::commitAll(const QString& message, const GitIdentity& author, bool allowEmpty)
{
    auto index = GitIndex::ofRepository(*this);
    if (!index)
        return index.error();
    if (auto added = index->addAll(QStringLiteral("%1: cannot stage the changes: ").arg(workdir())); !added)
        return added.error();
    if (auto updated = index->updateAll(QStringLiteral("%1: cannot stage deletions: ").arg(workdir()));
        !updated)
        return updated.error();
    if (auto written = index->write(QStringLiteral("%1: cannot write the index: ").arg(workdir())); !written)
        return written.error();

    if (!allowEmpty) {
        auto head = headOid();
        if (!head)
            return head.error();
        if (head.value()) {
            git_commit* headCommit = nullptr;
            if (const int code = git_commit_lookup(&headCommit, m_repo.get(), toGit(*head.value())); code < 0)
                return gitError(code, QStringLiteral("%1: cannot read HEAD: ").arg(workdir()));
            const CommitHandle commit(headCommit);
            auto tree = index->writeTree(QStringLiteral("%1: cannot write the tree: ").arg(workdir()));
            if (!tree)
                return tree.error();
            if (git_oid_equal(toGit(*tree), git_commit_tree_id(commit.get())))
                return Error::usage(QStringLiteral("%1: nothing to commit").arg(workdir()));
        }
    }
    auto commit = commitIndex(message, author);
    if (!commit)
        return commit.error();
    return oidToString(commit.value());
}

Result<Oid> GitRepository::commitIndex(const QString& message, const GitIdentity& author,
                                       const QList<Oid>& extraParents)
{
    auto index = GitIndex::ofRepository(*this);
    if (!index)
        return index.error();
    auto tree = index->writeTree(QStringLiteral("%1: cannot write the tree: ").arg(workdir()));
    if (!tree)
        return tree.error();
    auto head = headOid();
    if (!head)
        return head.error();
    NewCommit commit;
    commit.author = author;
    commit.message = message;
    commit.tree = *tree;
    if (head.value())
        commit.parents.append(*head.value());
    commit.parents.append(extraParents);
    commit.updateHead = true;
    commit.authorContext = QStringLiteral("author \"%1 <%2>\": ").arg(author.name, author.email);
    commit.context = QStringLiteral("%1: cannot commit: ").arg(workdir());
    return GitCommit::create(*this, commit);
}

Result<std::optional<Oid>> GitRepository::headOid() const
{
    return referenceOid(QStringLiteral("HEAD"));
}

Result<std::optional<Oid>> GitRepository::referenceOid(const QString& refName) const
{
    git_oid oid;
    const int code = git_reference_name_to_id(&oid, m_repo.get(), utf8(refName).constData());
    if (code == GIT_ENOTFOUND || code == GIT_EUNBORNBRANCH)
        return std::optional<Oid>();
    if (code < 0)
        return gitError(code, QStringLiteral("%1: cannot resolve %2: ").arg(gitDir(), refName));
    return std::optional<Oid>(fromGit(oid));
}

Status GitRepository::moveReference(const QString& refName, const Oid& to, const std::optional<Oid>& from,
                                    const QString& logMessage)
{
    const QByteArray name = utf8(refName);
    const QByteArray log = utf8(logMessage);
    git_reference* rawRef = nullptr;
    const int code =
        from ? git_reference_create_matching(&rawRef, m_repo.get(), name.constData(), toGit(to), 1,
                                             toGit(*from), log.constData())
             : git_reference_create(&rawRef, m_repo.get(), name.constData(), toGit(to), 0, log.constData());
    const ReferenceHandle ref(rawRef);
    return gitCheck(code, QStringLiteral("%1: cannot move %2: ").arg(workdir(), refName));
}

GitRepository::Revision GitRepository::resolveRevision(const QString& revision) const
{
    Revision result;
    git_object* rawObject = nullptr;
    if (git_revparse_single(&rawObject, m_repo.get(), utf8(revision).constData()) < 0)
        return result;
    const ObjectHandle object(rawObject);
    result.found = true;
    git_object* rawCommit = nullptr;
    if (git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT) < 0)
        return result;
    const ObjectHandle commit(rawCommit);
    result.commit = fromGit(*git_object_id(commit.get()));
    return result;
}

Result<std::optional<QByteArray>> GitRepository::readFileAtHead(const QString& path, qint64 maxBytes) const
{
    auto head = headOid();
    if (!head)
        return head.error();
    if (!*head)
        return std::optional<QByteArray>();
    const QString where = QDir::cleanPath(workdir().isEmpty() ? gitDir() : workdir());
    auto commit = GitCommit::lookup(*this, **head);
    if (!commit)
        return commit.error().prefixed(QStringLiteral("%1: cannot read HEAD: ").arg(where));
    auto tree = commit->tree();
    if (!tree)
        return tree.error().prefixed(QStringLiteral("%1: cannot read HEAD: ").arg(where));
    const std::optional<TreeEntry> entry = tree->entry(path);
    if (!entry)
        return std::optional<QByteArray>();
    auto blob =
        GitBlob::lookup(*this, entry->id, QStringLiteral("%1: cannot read HEAD:%2: ").arg(where, path));
    if (!blob)
        return blob.error();
    if (blob->size() > maxBytes)
        return Error::badInput(QStringLiteral("HEAD:%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    return std::optional<QByteArray>(blob->bytes());
}

QString GitRepository::attributeString(const QString& path, const QString& name) const
{
    const char* value = nullptr;
    if (git_attr_get(&value, m_repo.get(), GIT_ATTR_CHECK_FILE_THEN_INDEX, utf8(path).constData(),
                     utf8(name).constData()) < 0)
        return {};
    if (git_attr_value(value) != GIT_ATTR_VALUE_STRING)
        return {};
    return QString::fromUtf8(value);
}

Result<QString> GitRepository::configString(const QString& name) const
{
    git_config* rawConfig = nullptr;
    if (const int code = git_repository_config_snapshot(&rawConfig, m_repo.get()); code < 0)
        return gitError(code, QStringLiteral("%1: cannot read the git configuration: ").arg(workdir()));
    const ConfigHandle config(rawConfig);
    const char* value = nullptr;
    if (git_config_get_string(&value, config.get(), utf8(name).constData()) < 0 || !value)
        return QString();
    return QString::fromUtf8(value);
}

QString GitRepository::currentBranch() const
{
    git_reference* head = nullptr;
    if (git_reference_lookup(&head, m_repo.get(), "HEAD") < 0)
        return {};
    ReferenceHandle owned(head);
    if (git_reference_type(head) != GIT_REFERENCE_SYMBOLIC)
        return {};
    QString target = QString::fromUtf8(git_reference_symbolic_target(head));
    const QString prefix = QStringLiteral("refs/heads/");
    return target.startsWith(prefix) ? target.mid(prefix.size()) : QString();
}

} // namespace ts::git
