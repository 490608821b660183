// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "index/Scanner.h"

#include <QElapsedTimer>

#include "util/UniqueFd.h"

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace ts::index {

namespace {

// A listed folder's descriptor, kept open while its sub-folders wait in the queue, so that each of them is
// opened relative to it (no path walk from the root per folder, and no symlink swapped into a parent path can
// redirect the walk). Shared by the sub-folders' tasks; closed when the last of them is done.
using SharedFd = std::shared_ptr<const UniqueFd>;

struct DirTask
{
    std::string path;      // absolute path of the folder to list (progress, and the fallback open)
    std::size_t nameStart; // its last component starts here
    std::int32_t index;    // its entry
    Top top;
    std::uint64_t topDevice;
    SharedFd parentFd; // null: open by the full path
};

// Folders whose descriptors are held at once (depth first keeps this near depth × threads); beyond it a
// folder's sub-folders are opened by their full path instead, far below any descriptor limit.
constexpr int kMaxHeldFds = 256;

EntryType typeOf(mode_t mode)
{
    if (S_ISREG(mode))
        return EntryType::File;
    if (S_ISDIR(mode))
        return EntryType::Directory;
    if (S_ISLNK(mode))
        return EntryType::Symlink;
    return EntryType::Other;
}

EntryState stateForErrno(int errnum)
{
    switch (errnum) {
    case EACCES:
    case EPERM:
        return EntryState::PermissionDenied;
    case ENOENT:
    case ENOTDIR:
        return EntryState::Vanished;
    default:
        return EntryState::Failed;
    }
}

void fillFromStat(ScanEntry& e, const struct stat& st)
{
    e.type = typeOf(st.st_mode);
    e.size = e.type == EntryType::Directory ? 0 : std::int64_t(st.st_size);
    e.allocated = std::int64_t(st.st_blocks) * 512;
    e.mtimeNs = std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    e.inode = st.st_ino;
    e.device = st.st_dev;
    e.uid = st.st_uid;
    e.mode = st.st_mode;
    e.nlink = std::uint32_t(st.st_nlink);
}

// One directory's listing, built without the lock and appended to the tree in one go.
// Reused from folder to folder by each worker: names go into one arena, so an entry costs no allocation
// (link targets and errors, rare, are the exception).
struct Listing
{
    struct Child
    {
        ScanEntry entry;
        std::uint32_t nameOffset;
        std::uint16_t nameLength;
        QByteArray linkTarget;
        QString error;
        std::string path; // a folder to enter: its absolute path (built before the walk's lock is taken)
    };
    std::vector<Child> children;
    std::string names;
    SharedFd fd; // the folder's own descriptor, for its sub-folders (null when not held)
    // getdents64 reads straight into this (fewer system calls than readdir's 32 KiB buffer).
    std::vector<char> buffer = std::vector<char>(256 * 1024);

    void clear()
    {
        children.clear();
        names.clear();
        fd.reset();
    }
    std::string_view name(const Child& c) const { return {names.data() + c.nameOffset, c.nameLength}; }
};

} // namespace

// The walk of one run(): its tree, queue and counters are shared by the workers under m_mutex.
class ScanWalk
{
public:
    explicit ScanWalk(const ScanOptions& options) : m_options(options) {}

    qint64 entriesSoFar()
    {
        std::lock_guard lock(m_mutex);
        return qint64(m_tree.entries.size());
    }

    Result<ScanTree> run()
    {
        const QString shared = m_options.sharedFolder;
        const QString repo = m_options.repository.isEmpty() ? shared : m_options.repository;
        const bool oneFolder = repo == shared;
        m_tree.sharedFolder = shared;
        m_tree.repository = repo;

        struct stat sharedStat
        {
        }, repoStat{};
        if (::stat(shared.toLocal8Bit().constData(), &sharedStat) != 0 || !S_ISDIR(sharedStat.st_mode))
            return Error::failed(
                QStringLiteral("%1: the shared folder cannot be read: %2 (mount it, or pass --root DIR)")
                    .arg(shared, QString::fromLocal8Bit(strerror(errno))));
        if (!oneFolder &&
            (::stat(repo.toLocal8Bit().constData(), &repoStat) != 0 || !S_ISDIR(repoStat.st_mode)))
            return Error::failed(
                QStringLiteral("%1: the notebook repository cannot be read: %2 (check --workspace)")
                    .arg(repo, QString::fromLocal8Bit(strerror(errno))));

        // The repository's .git is the sync engine's, never team data.
        struct stat gitStat
        {
        };
        const QByteArray gitPath = (repo + QStringLiteral("/.git")).toLocal8Bit();
        if (::lstat(gitPath.constData(), &gitStat) == 0 && S_ISDIR(gitStat.st_mode))
            m_skipped = {gitStat.st_dev, gitStat.st_ino};
        // A top nested inside the other is indexed once, under its own top.
        if (!oneFolder) {
            m_nestedTops.push_back({repoStat.st_dev, repoStat.st_ino});
            m_nestedTops.push_back({sharedStat.st_dev, sharedStat.st_ino});
        }

        ListedEntries tops;
        {
            // Under the lock like every change of the tree (entriesSoFar() may read it from another thread).
            std::lock_guard lock(m_mutex);
            // Growing the tree moves it, under the walk's lock: start at the expected size.
            if (m_options.expectedEntries > 0) {
                m_tree.entries.reserve(std::size_t(m_options.expectedEntries));
                m_tree.names.reserve(std::size_t(m_options.expectedEntries) * 16);
            }
            addTop(shared, Top::SharedFolder, sharedStat);
            if (!oneFolder)
                addTop(repo, Top::Repository, repoStat);
            if (m_options.listed)
                tops.entries = m_tree.entries;
        }
        if (m_options.listed)
            m_options.listed(std::move(tops));

        m_timer.start();
        const int threadCount = m_options.threads > 0
                                    ? m_options.threads
                                    : int(std::max(1u, std::thread::hardware_concurrency()));
        std::vector<std::thread> workers;
        for (int i = 1; i < threadCount; ++i)
            workers.emplace_back([this] { work(); });
        work();
        for (std::thread& t : workers)
            t.join();

        if (m_options.cancel && m_options.cancel->isCancelled())
            return Error::cancelled(QStringLiteral("scan cancelled; the index was not changed"));
        std::lock_guard lock(m_mutex);
        return std::move(m_tree);
    }

private:
    struct DevIno
    {
        std::uint64_t dev;
        std::uint64_t ino;
    };

    void addTop(const QString& path, Top top, const struct stat& st)
    {
        ScanEntry e;
        fillFromStat(e, st);
        e.top = top;
        e.nameOffset = std::uint32_t(m_tree.names.size());
        const auto index = std::int32_t(m_tree.entries.size());
        m_tree.entries.push_back(e);
        m_queue.push_back({path.toLocal8Bit().toStdString(), 0, index, top, std::uint64_t(st.st_dev), {}});
        ++m_pending;
    }

    bool isNestedTop(const struct stat& st) const
    {
        for (const DevIno& d : m_nestedTops)
            if (d.dev == st.st_dev && d.ino == st.st_ino)
                return true;
        return false;
    }

    void work()
    {
        Listing listing;
        std::unique_lock lock(m_mutex);
        while (true) {
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_pending == 0; });
            if (m_queue.empty())
                return;
            DirTask task = std::move(m_queue.back()); // LIFO: depth first keeps the queue short
            m_queue.pop_back();
            lock.unlock();

            listing.clear();
            int openError = 0;
            const bool cancelled = m_options.cancel && m_options.cancel->isCancelled();
            if (!cancelled)
                openError = list(task, listing);

            lock.lock();
            const auto first = std::int32_t(m_tree.entries.size());
            const int pushed = cancelled ? 0 : merge(task, listing, openError);
            const bool appended = std::int32_t(m_tree.entries.size()) > first;
            const bool finished = --m_pending == 0;
            // Only the figures are taken under the lock; the callback runs after it (it may take its time,
            // or call back into the scanner, without stalling the other workers).
            std::optional<Progress> progress = progressDue();
            // Waiters are woken outside the lock (they would only block on it).
            lock.unlock();
            if (finished)
                m_wake.notify_all();
            else
                for (int i = 1; i < pushed; ++i) // this worker takes one of them itself
                    m_wake.notify_one();
            if (progress)
                reportProgress(*progress, task);
            if (appended && m_options.listed)
                m_options.listed(handOver(task, first, listing));
            lock.lock();
        }
    }

    // Lists one folder and stats every child (no lock held). Returns the errno of opening it, or 0.
    int list(const DirTask& task, Listing& listing)
    {
        constexpr int kFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        UniqueFd fd(task.parentFd ? ::openat(task.parentFd->get(), task.path.c_str() + task.nameStart, kFlags)
                                  : ::open(task.path.c_str(), kFlags));
        if (!fd.valid() && (errno == EMFILE || errno == ENFILE) && task.parentFd)
            fd.reset(::open(task.path.c_str(), kFlags));
        if (!fd.valid())
            return errno;
        while (true) {
            const ssize_t n = ::getdents64(fd.get(), listing.buffer.data(), listing.buffer.size());
            if (n < 0)
                return errno;
            if (n == 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto* d = reinterpret_cast<const dirent64*>(listing.buffer.data() + at);
                at += d->d_reclen;
                if (d->d_name[0] == '.' && (d->d_name[1] == 0 || (d->d_name[1] == '.' && d->d_name[2] == 0)))
                    continue;
                statChild(task, fd.get(), d, listing);
            }
        }
        if (m_heldFds.load(std::memory_order_relaxed) < kMaxHeldFds) {
            bool hasFolders = false;
            for (const Listing::Child& c : listing.children)
                hasFolders |= c.entry.type == EntryType::Directory && c.entry.state == EntryState::Ok;
            if (hasFolders)
                listing.fd = holdFd(std::move(fd));
        }
        return 0;
    }

    SharedFd holdFd(UniqueFd fd)
    {
        m_heldFds.fetch_add(1, std::memory_order_relaxed);
        return SharedFd(new UniqueFd(std::move(fd)), [this](const UniqueFd* held) {
            delete held;
            m_heldFds.fetch_sub(1, std::memory_order_relaxed);
        });
    }

    // Stats one child relative to its folder's descriptor and records it (a nested top is left out).
    void statChild(const DirTask& task, int dirFd, const dirent64* d, Listing& listing)
    {
        Listing::Child child;
        const std::size_t nameLength = std::strlen(d->d_name);
        child.nameOffset = std::uint32_t(listing.names.size());
        child.nameLength = std::uint16_t(nameLength);
        child.entry.top = task.top;
        struct stat st
        {
        };
        if (::fstatat(dirFd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            const int e = errno;
            child.entry.state = stateForErrno(e);
            child.entry.type = d->d_type == DT_DIR   ? EntryType::Directory
                               : d->d_type == DT_LNK ? EntryType::Symlink
                               : d->d_type == DT_REG ? EntryType::File
                                                     : EntryType::Other;
            child.error = QString::fromLocal8Bit(strerror(e));
        } else {
            fillFromStat(child.entry, st);
            if (child.entry.type == EntryType::Symlink) {
                char target[PATH_MAX];
                const ssize_t n = ::readlinkat(dirFd, d->d_name, target, sizeof target);
                if (n >= 0)
                    child.linkTarget = QByteArray(target, qsizetype(n));
            } else if (child.entry.type == EntryType::Directory) {
                if (isNestedTop(st))
                    return;
                if (st.st_dev == m_skipped.dev && st.st_ino == m_skipped.ino) {
                    child.entry.state = EntryState::Skipped;
                    child.error = QStringLiteral("the repository's git data is not indexed");
                } else if (!m_options.crossMounts && std::uint64_t(st.st_dev) != task.topDevice) {
                    child.entry.state = EntryState::OtherMount;
                    child.error = QStringLiteral("another file system is mounted here; not entered");
                } else {
                    child.path.reserve(task.path.size() + 1 + nameLength);
                    child.path.append(task.path).append(1, '/').append(d->d_name, nameLength);
                }
            }
        }
        listing.names.append(d->d_name, nameLength);
        listing.children.push_back(std::move(child));
    }

    // Appends a listing to the tree and queues its sub-folders (the lock is held): returns how many.
    int merge(const DirTask& task, Listing& listing, int openError)
    {
        if (openError != 0) {
            ScanEntry& self = m_tree.entries[std::size_t(task.index)];
            self.state = stateForErrno(openError);
            m_tree.errors.insert(task.index, QString::fromLocal8Bit(strerror(openError)));
            return 0;
        }
        int pushed = 0;
        for (Listing::Child& child : listing.children) {
            ScanEntry e = child.entry;
            e.parent = task.index;
            const std::string_view name = listing.name(child);
            e.nameOffset = std::uint32_t(m_tree.names.size());
            e.nameLength = child.nameLength;
            m_tree.names += name;
            const auto index = std::int32_t(m_tree.entries.size());
            m_tree.entries.push_back(e);
            if (!child.linkTarget.isNull())
                m_tree.linkTargets.insert(index, child.linkTarget);
            if (!child.error.isEmpty())
                m_tree.errors.insert(index, child.error);
            m_bytes += e.type == EntryType::File ? e.size : 0;
            if (e.type == EntryType::Directory && e.state == EntryState::Ok) {
                m_queue.push_back({std::move(child.path), task.path.size() + 1, index, task.top,
                                   task.topDevice, listing.fd});
                ++m_pending;
                ++pushed;
            }
        }
        return pushed;
    }

    // What merge() appended at `first`, for ScanOptions::listed (built from the worker's own listing).
    static ListedEntries handOver(const DirTask& task, std::int32_t first, const Listing& listing)
    {
        ListedEntries out;
        out.first = first;
        out.names = listing.names;
        out.entries.reserve(listing.children.size());
        for (const Listing::Child& child : listing.children) {
            const auto index = first + std::int32_t(out.entries.size());
            ScanEntry e = child.entry;
            e.parent = task.index;
            e.nameOffset = child.nameOffset;
            e.nameLength = child.nameLength;
            out.entries.push_back(e);
            if (!child.linkTarget.isNull())
                out.links.emplace_back(index, child.linkTarget);
            if (!child.error.isEmpty())
                out.errors.emplace_back(index, child.error);
        }
        return out;
    }

    // At most one time check per listed folder (the lock is held): the figures, when a report is due.
    std::optional<Progress> progressDue()
    {
        if (!m_options.progress)
            return std::nullopt;
        const qint64 now = m_timer.elapsed();
        if (now < m_lastReportMs + 100)
            return std::nullopt;
        m_lastReportMs = now;
        Progress p;
        p.done = qint64(m_tree.entries.size());
        p.bytes = m_bytes;
        return p;
    }

    // Without the walk's lock. Calls never overlap: a report due while another worker is still in the
    // callback is dropped (the next one comes 100 ms later).
    void reportProgress(Progress& p, const DirTask& task)
    {
        std::unique_lock reporting(m_reporting, std::try_to_lock);
        if (!reporting.owns_lock())
            return;
        p.current = QString::fromLocal8Bit(task.path.c_str());
        m_options.progress(p);
    }

    const ScanOptions& m_options;
    ScanTree m_tree;
    std::atomic<int> m_heldFds{0}; // before the queue: a task's descriptor decrements it when destroyed
    std::mutex m_mutex;
    std::mutex m_reporting; // held while the progress callback runs
    std::condition_variable m_wake;
    std::vector<DirTask> m_queue;
    int m_pending = 0;
    qint64 m_bytes = 0;
    QElapsedTimer m_timer;
    qint64 m_lastReportMs = -1000;
    DevIno m_skipped{~0ull, ~0ull};
    std::vector<DevIno> m_nestedTops;
};

Scanner::Scanner(ScanOptions options) : m_options(std::move(options)) {}

Scanner::~Scanner() = default;

Result<ScanTree> Scanner::run()
{
    auto walk = std::make_shared<ScanWalk>(m_options);
    {
        std::lock_guard guard(m_walkGuard);
        m_walk = walk;
    }
    auto tree = walk->run();
    std::lock_guard guard(m_walkGuard);
    m_walk.reset();
    return tree;
}

qint64 Scanner::entriesSoFar() const
{
    std::shared_ptr<ScanWalk> walk;
    {
        std::lock_guard guard(m_walkGuard);
        walk = m_walk;
    }
    return walk ? walk->entriesSoFar() : 0;
}

} // namespace ts::index
