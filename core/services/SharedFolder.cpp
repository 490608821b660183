// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/SharedFolder.h"

#include "permissions/BaselineFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <initializer_list>

#include <unistd.h>

namespace ts::services {

namespace {

// /proc/self/mountinfo escapes space, tab, newline and backslash in paths as \ooo.
QString unescapeMountPath(const QByteArray& field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok && code >= 0 && code < 256) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}

struct MountLine
{
    QString mountPoint;
    QString fileSystem;
    QString source;
};

QList<MountLine> parseMountinfo(const QByteArray& text)
{
    QList<MountLine> mounts;
    for (const QByteArray& line : text.split('\n')) {
        // id parent major:minor root mount-point options [optional fields…] - fstype source super-options
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 7 || dash < 6 || dash + 2 >= fields.size())
            continue;
        mounts.append({unescapeMountPath(fields[4]), QString::fromUtf8(fields[dash + 1]),
                       unescapeMountPath(fields[dash + 2])});
    }
    return mounts;
}

bool isUnder(const QString& path, const QString& top)
{
    if (top == QLatin1String("/"))
        return path.startsWith(u'/');
    return path == top || path.startsWith(top + u'/');
}

// The sync client whose folder holds `path`, recognised by a path component's name.
QString syncClientOf(const QString& path)
{
    static const struct
    {
        const char* prefix;
        const char* service;
    } kClients[] = {
        {"Google Drive", "Google Drive"}, {"GoogleDrive", "Google Drive"}, {"My Drive", "Google Drive"},
        {"Insync", "Google Drive"},       {"OneDrive", "OneDrive"},        {"Dropbox", "Dropbox"},
    };
    for (const QString& part : path.split(u'/', Qt::SkipEmptyParts))
        for (const auto& client : kClients)
            if (part.startsWith(QLatin1String(client.prefix), Qt::CaseInsensitive))
                return QLatin1String(client.service);
    return {};
}

void classify(MountFacts& facts, const QString& source)
{
    const QString fs = facts.fileSystem;
    const auto is = [&fs](std::initializer_list<const char*> names) {
        for (const char* name : names)
            if (fs == QLatin1String(name))
                return true;
        return false;
    };
    if (fs == QLatin1String("fuse.google-drive-ocamlfuse") || fs == QLatin1String("fuse.gdfs")) {
        facts.kind = MountKind::CloudMount;
        facts.service = QStringLiteral("Google Drive");
    } else if (fs == QLatin1String("fuse.rclone")) {
        facts.kind = MountKind::CloudMount;
        if (facts.service.isEmpty())
            facts.service = source.section(u':', 0, 0); // the rclone remote's name, e.g. "gdrive"
    } else if (fs == QLatin1String("fuse.onedriver")) {
        facts.kind = MountKind::CloudMount;
        facts.service = QStringLiteral("OneDrive");
    } else if (is({"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs"})) {
        facts.kind = MountKind::NetworkShare;
    } else if (is({"vfat", "exfat", "ntfs", "ntfs3", "fuseblk", "msdos"})) {
        facts.kind = MountKind::NoPermissions;
    } else if (fs.startsWith(QLatin1String("fuse"))) {
        facts.kind = MountKind::CloudMount; // an unknown FUSE file system: its bits cannot be trusted either
    } else if (!facts.service.isEmpty()) {
        facts.kind = MountKind::SyncedFolder;
    } else {
        facts.kind = MountKind::LocalDisk;
    }
}

QString implicationOf(const MountFacts& facts)
{
    const QString service = facts.service.isEmpty() ? QStringLiteral("the storage service") : facts.service;
    switch (facts.kind) {
    case MountKind::LocalDisk:
        return QStringLiteral(
            "A local disk: read-only bits protect raw data from everyone but root; teammates "
            "reach this folder only through how you share it.");
    case MountKind::SyncedFolder:
        return QStringLiteral("Synced by %1: these are local copies, so read-only bits protect only this "
                              "machine's copy; protect raw data by sharing it read-only (viewer) in %1.")
            .arg(service);
    case MountKind::CloudMount:
        return QStringLiteral("A %1 mount (%2): permission bits are emulated or ignored, so raw data is "
                              "protected by the sharing step: share the raw folder as viewer in %3.")
            .arg(facts.service.isEmpty() ? QStringLiteral("cloud") : facts.service, facts.fileSystem,
                 service);
    case MountKind::NetworkShare:
        return QStringLiteral("A network share (%1): the server decides who may write; set the raw folder "
                              "read-only for the team on the server as well.")
            .arg(facts.fileSystem);
    case MountKind::NoPermissions:
        return QStringLiteral(
                   "%1 has no file permissions: raw data cannot be made read-only here; keep it on "
                   "a share that can be set read-only.")
            .arg(facts.fileSystem);
    }
    return {};
}

QString canonicalOrAbsolute(const QString& folder)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

QString toString(MountKind kind)
{
    switch (kind) {
    case MountKind::LocalDisk:
        return QStringLiteral("local-disk");
    case MountKind::SyncedFolder:
        return QStringLiteral("synced-folder");
    case MountKind::CloudMount:
        return QStringLiteral("cloud-mount");
    case MountKind::NetworkShare:
        return QStringLiteral("network-share");
    case MountKind::NoPermissions:
        return QStringLiteral("no-permissions");
    }
    return {};
}

MountFacts describeMountIn(const QString& folder, const QByteArray& mountinfo)
{
    const QString path = canonicalOrAbsolute(folder);
    MountFacts facts;
    QString source;
    qsizetype best = -1;
    for (const MountLine& mount : parseMountinfo(mountinfo)) {
        // The last of equally long mount points wins: it is mounted over the earlier ones.
        if (isUnder(path, mount.mountPoint) && mount.mountPoint.size() >= best) {
            best = mount.mountPoint.size();
            facts.mountPoint = mount.mountPoint;
            facts.fileSystem = mount.fileSystem;
            source = mount.source;
        }
    }
    facts.service = syncClientOf(path.mid(facts.mountPoint.size()));
    classify(facts, source);
    facts.modeBitsAuthoritative = facts.kind == MountKind::LocalDisk;
    facts.implication = implicationOf(facts);
    return facts;
}

MountFacts describeMount(const QString& folder)
{
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return describeMountIn(folder, text);
}

QList<SharedFolderCandidate> likelySharedFolders(const QString& home, const QByteArray& mountinfo)
{
    QList<SharedFolderCandidate> found;
    QStringList seen;
    const auto add = [&](const QString& path, const QString& label) {
        const QFileInfo info(path);
        if (!info.isDir())
            return;
        const QString canonical = info.canonicalFilePath();
        if (seen.contains(canonical))
            return;
        seen << canonical;
        found.append({canonical, label, describeMountIn(canonical, mountinfo)});
    };
    const QDir homeDir(home);
    for (const char* name : {"Google Drive", "GoogleDrive", "google-drive", "gdrive", "My Drive", "Insync",
                             "OneDrive", "Dropbox"}) {
        const QString path = homeDir.filePath(QLatin1String(name));
        add(path, syncClientOf(path).isEmpty() ? QLatin1String(name) : syncClientOf(path));
    }
    // Sync clients that name their folder after the account: "Dropbox (Team)", "OneDrive - Company".
    for (const QFileInfo& entry : homeDir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!syncClientOf(entry.fileName()).isEmpty())
            add(entry.filePath(), syncClientOf(entry.fileName()));
    for (const MountLine& mount : parseMountinfo(mountinfo)) {
        MountFacts facts;
        facts.fileSystem = mount.fileSystem;
        classify(facts, mount.source);
        if (facts.kind != MountKind::CloudMount && facts.kind != MountKind::NetworkShare)
            continue;
        if (mount.fileSystem == QLatin1String("fuse.portal") ||
            mount.fileSystem == QLatin1String("fuse.gvfsd-fuse"))
            continue; // desktop plumbing, not storage
        const QString label = facts.kind == MountKind::CloudMount && !facts.service.isEmpty()
                                  ? QStringLiteral("%1 (%2)").arg(facts.service, mount.fileSystem)
                                  : QStringLiteral("Network share (%1)").arg(mount.fileSystem);
        add(mount.mountPoint, label);
    }
    return found;
}

QList<SharedFolderCandidate> likelySharedFolders()
{
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return likelySharedFolders(QDir::homePath(), text);
}

bool SharedFolderVerdict::looksLikeTeams() const
{
    return exists && readable && !isRepository && layoutFoldersPresent > 0 &&
           (baselineFiles == 0 || baselineFilesPresent > 0);
}

SharedFolderVerdict checkSharedFolder(const Manifest& manifest, const QString& repoDir, const QString& folder)
{
    SharedFolderVerdict v;
    v.folder = canonicalOrAbsolute(folder);
    const QFileInfo info(v.folder);
    v.exists = info.isDir();
    if (!v.exists) {
        v.problem = info.exists()
                        ? QStringLiteral("%1 is a file, not a folder").arg(v.folder)
                        : QStringLiteral("%1: no such folder (is the drive mounted?)").arg(v.folder);
        return v;
    }
    const QByteArray native = QFile::encodeName(v.folder);
    v.readable = ::access(native.constData(), R_OK | X_OK) == 0;
    v.writable = ::access(native.constData(), W_OK | X_OK) == 0;
    v.mount = describeMount(v.folder);
    const QString repo = canonicalOrAbsolute(repoDir);
    v.isRepository = isUnder(v.folder, repo) || isUnder(repo, v.folder);
    if (!v.readable) {
        v.problem =
            QStringLiteral("%1 cannot be read by you: check its permissions or the share's").arg(v.folder);
        return v;
    }
    v.empty = QDir(v.folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);

    QStringList missing;
    for (const LayoutFolder& layoutFolder : manifest.layout) {
        if (layoutFolder.location != FolderLocation::Root)
            continue;
        ++v.layoutFolders;
        if (QFileInfo(v.folder + u'/' + layoutFolder.path).isDir())
            ++v.layoutFoldersPresent;
        else
            missing << layoutFolder.path;
    }

    if (QFileInfo::exists(repoDir + u'/' + QLatin1String(permissions::kBaselineFileName))) {
        if (auto baseline = permissions::loadBaselineFile(repoDir)) {
            for (const permissions::BaselineEntry& entry : baseline->entries) {
                bool inShared = false;
                for (const LayoutFolder& layoutFolder : manifest.layout)
                    if (layoutFolder.location == FolderLocation::Root &&
                        entry.path.startsWith(layoutFolder.path + u'/')) {
                        inShared = true;
                        break;
                    }
                if (!inShared)
                    continue;
                ++v.baselineFiles;
                if (v.baselineFilesChecked < kBaselineSample) {
                    ++v.baselineFilesChecked;
                    if (QFileInfo(v.folder + u'/' + entry.path).isFile())
                        ++v.baselineFilesPresent;
                }
            }
        }
    }

    if (v.isRepository)
        v.problem =
            QStringLiteral("%1 is the notebook repository (or holds it): the shared folder is a separate "
                           "folder, such as a mounted drive or share")
                .arg(v.folder);
    else if (v.empty)
        v.problem =
            QStringLiteral("%1 is empty: if it is where a drive is mounted, mount it first; if the team "
                           "is new, the lead has not laid out the folders yet")
                .arg(v.folder);
    else if (v.layoutFolders > 0 && v.layoutFoldersPresent == 0)
        v.problem = QStringLiteral("%1 holds none of this team's folders (%2): is it the right folder?")
                        .arg(v.folder, missing.join(QStringLiteral(", ")));
    else if (v.baselineFiles > 0 && v.baselineFilesPresent == 0)
        v.problem =
            QStringLiteral("%1 has the team's folders but none of the %L2 %3 the baseline lists: "
                           "is it the right folder, or still syncing?")
                .arg(v.folder)
                .arg(v.baselineFiles)
                .arg(QLatin1String(v.baselineFiles == 1 ? "raw file" : "raw files"));
    return v;
}

} // namespace ts::services
