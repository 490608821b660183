#include "index/Scanner.h"

#include <QElapsedTimer>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace ts::index {

namespace {

struct DirCloser
{
    void operator()(DIR* dir) const { closedir(dir); }
};
using UniqueDir = std::unique_ptr<DIR, DirCloser>;

struct DirTask
{
    std::string path;   // absolute path of the folder to list
    std::int32_t index; // its entry
    Top top;
    std::uint64_t topDevice;
};

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
struct Listing
{
    struct Child
    {
        ScanEntry entry;
        std::string name;
        QByteArray linkTarget;
        QString error;
    };
    std::vector<Child> children;
};

class Walk
{
public:
    explicit Walk(const ScanOptions& options) : m_options(options) {}

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

        addTop(shared, Top::SharedFolder, sharedStat);
        if (!oneFolder)
            addTop(repo, Top::Repository, repoStat);

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
        m_queue.push_back({path.toLocal8Bit().toStdString(), index, top, std::uint64_t(st.st_dev)});
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
        std::unique_lock lock(m_mutex);
        while (true) {
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_pending == 0; });
            if (m_queue.empty())
                return;
            DirTask task = std::move(m_queue.back()); // LIFO: depth first keeps the queue short
            m_queue.pop_back();
            lock.unlock();

            Listing listing;
            int openError = 0;
            const bool cancelled = m_options.cancel && m_options.cancel->isCancelled();
            if (!cancelled)
                openError = list(task, listing);

            lock.lock();
            if (!cancelled)
                merge(task, listing, openError);
            if (--m_pending == 0)
                m_wake.notify_all();
            reportProgress(task);
        }
    }

    // Lists one folder and stats every child (no lock held). Returns the errno of opening it, or 0.
    int list(const DirTask& task, Listing& listing)
    {
        const int fd = ::open(task.path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return errno;
        UniqueDir dir(::fdopendir(fd));
        if (!dir) {
            const int e = errno;
            ::close(fd);
            return e;
        }
        errno = 0;
        while (const dirent* d = ::readdir(dir.get())) {
            if (d->d_name[0] == '.' && (d->d_name[1] == 0 || (d->d_name[1] == '.' && d->d_name[2] == 0)))
                continue;
            Listing::Child child;
            child.name = d->d_name;
            child.entry.top = task.top;
            struct stat st
            {
            };
            if (::fstatat(fd, d->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
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
                    const ssize_t n = ::readlinkat(fd, d->d_name, target, sizeof target);
                    if (n >= 0)
                        child.linkTarget = QByteArray(target, qsizetype(n));
                } else if (child.entry.type == EntryType::Directory) {
                    if (isNestedTop(st))
                        continue;
                    if (st.st_dev == m_skipped.dev && st.st_ino == m_skipped.ino) {
                        child.entry.state = EntryState::Skipped;
                        child.error = QStringLiteral("the repository's git data is not indexed");
                    } else if (!m_options.crossMounts && std::uint64_t(st.st_dev) != task.topDevice) {
                        child.entry.state = EntryState::OtherMount;
                        child.error = QStringLiteral("another file system is mounted here; not entered");
                    }
                }
            }
            listing.children.push_back(std::move(child));
        }
        return 0;
    }

    void merge(const DirTask& task, Listing& listing, int openError)
    {
        if (openError != 0) {
            ScanEntry& self = m_tree.entries[std::size_t(task.index)];
            self.state = stateForErrno(openError);
            m_tree.errors.insert(task.index, QString::fromLocal8Bit(strerror(openError)));
            return;
        }
        for (Listing::Child& child : listing.children) {
            ScanEntry e = child.entry;
            e.parent = task.index;
            e.nameOffset = std::uint32_t(m_tree.names.size());
            e.nameLength = std::uint16_t(child.name.size());
            m_tree.names += child.name;
            const auto index = std::int32_t(m_tree.entries.size());
            m_tree.entries.push_back(e);
            if (!child.linkTarget.isNull())
                m_tree.linkTargets.insert(index, child.linkTarget);
            if (!child.error.isEmpty())
                m_tree.errors.insert(index, child.error);
            m_bytes += e.type == EntryType::File ? e.size : 0;
            if (e.type == EntryType::Directory && e.state == EntryState::Ok) {
                m_queue.push_back({task.path + '/' + child.name, index, task.top, task.topDevice});
                ++m_pending;
                m_wake.notify_one();
            }
        }
    }

    void reportProgress(const DirTask& task)
    {
        if (!m_options.progress || m_timer.elapsed() < m_lastReportMs + 100)
            return;
        m_lastReportMs = m_timer.elapsed();
        Progress p;
        p.done = qint64(m_tree.entries.size());
        p.bytes = m_bytes;
        p.current = QString::fromLocal8Bit(task.path.c_str());
        m_options.progress(p);
    }

    const ScanOptions& m_options;
    ScanTree m_tree;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<DirTask> m_queue;
    int m_pending = 0;
    qint64 m_bytes = 0;
    QElapsedTimer m_timer;
    qint64 m_lastReportMs = -1000;
    DevIno m_skipped{~0ull, ~0ull};
    std::vector<DevIno> m_nestedTops;
};

} // namespace

Scanner::Scanner(ScanOptions options) : m_options(std::move(options)) {}

Result<ScanTree> Scanner::run()
{
    Walk walk(m_options);
    return walk.run();
}

} // namespace ts::index
