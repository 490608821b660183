// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// services::SharedFolder on real folders: a team's real shared folder (layout applied, a raw baseline taken)
// is recognised, and an empty mount point, another team's folder, the repository itself, a folder whose raw
// files are gone and a missing or unreadable folder each get their problem named; the mount table is read as
// the kernel writes it (escaped paths, optional fields, mounts over mounts), and sync clients' folders are
// found.
#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include "services/RawIntegrity.h"
#include "services/SharedFolder.h"
#include "services/WorkspaceSetup.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::services;

class TestSharedFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theTeamsFolderLooksLikeIt();
    void eachWrongFolderSaysWhy();
    void aFolderWhoseRawFilesAreGone();
    void mountTableAsTheKernelWritesIt();
    void syncClientsAndMountsAreCandidates();

private:
    QTemporaryDir m_tmp;
    Workspace m_ws;
};

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

const QByteArray kMountinfo =
    "22 1 254:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw\n"
    "30 22 0:27 / /tmp rw,nosuid,nodev shared:13 - tmpfs tmpfs rw\n"
    "41 22 0:40 / /home/ana/gdrive rw,nosuid,nodev,relatime shared:20 - fuse.rclone gdrive: rw,user_id=1000\n"
    "42 22 0:41 / /mnt/lab\\040share rw,relatime shared:21 master:3 - cifs //nas/lab rw,vers=3.1.1\n"
    "43 22 0:42 / /media/ana/USB rw,relatime - vfat /dev/sdb1 rw\n"
    "44 22 0:43 / /run/user/1000/doc rw - fuse.portal portal rw\n"
    "45 30 0:44 / /tmp rw - tmpfs tmpfs rw\n"
    "garbage line\n";

} // namespace

void TestSharedFolder::initTestCase()
{
    test::isolateUserFolders();
    QVERIFY(m_tmp.isValid());
    const QString repo = m_tmp.filePath(QStringLiteral("repo"));
    const QString share = m_tmp.filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(repo));
    QVERIFY(QDir().mkpath(share));
    m_ws = test::makeWorkspace(repo, share, QStringLiteral("colab-team"), {QStringLiteral("ben")});
    QVERIFY(applyLayout(m_ws));
    writeFile(share + QStringLiteral("/data/raw/images/cat.png"), QByteArray(4096, 'c'));
    writeFile(share + QStringLiteral("/data/raw/labels.csv"), "id,label\n1,cat\n");
    auto baseline = recordRawBaseline(m_ws, {}, Call{});
    QVERIFY2(baseline, baseline ? "" : qPrintable(baseline.error().message));
}

void TestSharedFolder::theTeamsFolderLooksLikeIt()
{
    const SharedFolderVerdict v = checkSharedFolder(m_ws.manifest, m_ws.repoDir, m_ws.rootDir);
    QVERIFY2(v.looksLikeTeams(), qPrintable(v.problem));
    QVERIFY(v.problem.isEmpty());
    QVERIFY(v.exists && v.readable && v.writable && !v.isRepository && !v.empty);
    QVERIFY(v.layoutFolders > 0);
    QCOMPARE(v.layoutFoldersPresent, v.layoutFolders);
    QCOMPARE(v.baselineFiles, 2);
    QCOMPARE(v.baselineFilesPresent, 2);
    QVERIFY(!v.mount.fileSystem.isEmpty());
    QVERIFY(!v.mount.implication.isEmpty());
    // A path with a trailing slash or through a symlink is the same folder.
    const QString link = m_tmp.filePath(QStringLiteral("share-link"));
    QVERIFY(QFile::link(m_ws.rootDir, link));
    QCOMPARE(checkSharedFolder(m_ws.manifest, m_ws.repoDir, link + u'/').folder, m_ws.rootDir);
}

void TestSharedFolder::eachWrongFolderSaysWhy()
{
    const QString empty = m_tmp.filePath(QStringLiteral("empty-mount-point"));
    QVERIFY(QDir().mkpath(empty));
    SharedFolderVerdict v = checkSharedFolder(m_ws.manifest, m_ws.repoDir, empty);
    QVERIFY(!v.looksLikeTeams());
    QVERIFY(v.empty);
    QVERIFY2(v.problem.contains(QStringLiteral("is empty")) && v.problem.contains(empty),
             qPrintable(v.problem));

    const QString other = m_tmp.filePath(QStringLiteral("other-team"));
    writeFile(other + QStringLiteral("/thesis/draft.tex"), "x");
    v = checkSharedFolder(m_ws.manifest, m_ws.repoDir, other);
    QVERIFY(!v.looksLikeTeams());
    QCOMPARE(v.layoutFoldersPresent, 0);
    QVERIFY2(v.problem.contains(QStringLiteral("none of this team's folders")) &&
                 v.problem.contains(QStringLiteral("data/raw")),
             qPrintable(v.problem));

    v = checkSharedFolder(m_ws.manifest, m_ws.repoDir, m_ws.repoDir);
    QVERIFY(v.isRepository);
    QVERIFY(!v.looksLikeTeams());
    QVERIFY2(v.problem.contains(QStringLiteral("notebook repository")), qPrintable(v.problem));
    // A folder holding the repository is no better.
    QVERIFY(checkSharedFolder(m_ws.manifest, m_ws.repoDir, m_tmp.path()).isRepository);

    const QString gone = m_tmp.filePath(QStringLiteral("not-mounted"));
    v = checkSharedFolder(m_ws.manifest, m_ws.repoDir, gone);
    QVERIFY(!v.exists);
    QVERIFY2(v.problem.contains(QStringLiteral("no such folder")) && v.problem.contains(gone),
             qPrintable(v.problem));

    const QString file = m_tmp.filePath(QStringLiteral("a-file"));
    writeFile(file, "x");
    v = checkSharedFolder(m_ws.manifest, m_ws.repoDir, file);
    QVERIFY(!v.exists);
    QVERIFY2(v.problem.contains(QStringLiteral("is a file")), qPrintable(v.problem));
}

void TestSharedFolder::aFolderWhoseRawFilesAreGone()
{
    // The team's layout, but none of the baselined raw files: a copy of the layout, or a drive still syncing.
    const QString copy = m_tmp.filePath(QStringLiteral("layout-copy"));
    for (const LayoutFolder& folder : m_ws.manifest.layout)
        if (folder.location == FolderLocation::Root)
            QVERIFY(QDir().mkpath(copy + u'/' + folder.path));
    const SharedFolderVerdict v = checkSharedFolder(m_ws.manifest, m_ws.repoDir, copy);
    QCOMPARE(v.layoutFoldersPresent, v.layoutFolders);
    QCOMPARE(v.baselineFiles, 2);
    QCOMPARE(v.baselineFilesPresent, 0);
    QVERIFY(!v.looksLikeTeams());
    QVERIFY2(v.problem.contains(QStringLiteral("none of the 2 raw files")), qPrintable(v.problem));
}

void TestSharedFolder::mountTableAsTheKernelWritesIt()
{
    MountFacts m = describeMountIn(QStringLiteral("/home/ana/gdrive/Team/data"), kMountinfo);
    QCOMPARE(toString(m.kind), toString(MountKind::CloudMount));
    QCOMPARE(m.fileSystem, QStringLiteral("fuse.rclone"));
    QCOMPARE(m.mountPoint, QStringLiteral("/home/ana/gdrive"));
    QCOMPARE(m.service, QStringLiteral("gdrive")); // rclone's remote name
    QVERIFY(!m.modeBitsAuthoritative);
    QVERIFY2(m.implication.contains(QStringLiteral("sharing step")), qPrintable(m.implication));

    m = describeMountIn(QStringLiteral("/mnt/lab share/ml"), kMountinfo); // "\040" is a space
    QCOMPARE(toString(m.kind), toString(MountKind::NetworkShare));
    QCOMPARE(m.mountPoint, QStringLiteral("/mnt/lab share"));
    QVERIFY(m.implication.contains(QStringLiteral("cifs")));

    m = describeMountIn(QStringLiteral("/media/ana/USB/team"), kMountinfo);
    QCOMPARE(toString(m.kind), toString(MountKind::NoPermissions));
    QVERIFY(!m.modeBitsAuthoritative);

    m = describeMountIn(QStringLiteral("/tmp/x"), kMountinfo); // the later /tmp is mounted over the earlier
    QCOMPARE(toString(m.kind), toString(MountKind::LocalDisk));
    QCOMPARE(m.fileSystem, QStringLiteral("tmpfs"));
    QVERIFY(m.modeBitsAuthoritative);

    m = describeMountIn(QStringLiteral("/home/ana/Dropbox (Lab)/team"), kMountinfo);
    QCOMPARE(toString(m.kind), toString(MountKind::SyncedFolder));
    QCOMPARE(m.service, QStringLiteral("Dropbox"));
    QVERIFY(!m.modeBitsAuthoritative);
    QCOMPARE(toString(m.kind), QStringLiteral("synced-folder"));

    m = describeMountIn(QStringLiteral("/srv/data"), QByteArray()); // no table: a local disk, said so
    QCOMPARE(toString(m.kind), toString(MountKind::LocalDisk));
    QVERIFY(m.fileSystem.isEmpty());

    // The real table of this machine: the test folder is on some mount.
    QVERIFY(!describeMount(m_tmp.path()).mountPoint.isEmpty());
}

void TestSharedFolder::syncClientsAndMountsAreCandidates()
{
    const QString home = m_tmp.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/Dropbox (Lab)")));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/OneDrive")));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/Documents")));
    writeFile(home + QStringLiteral("/Google Drive"), "not a folder");
    const QList<SharedFolderCandidate> found = likelySharedFolders(home, kMountinfo);
    QStringList labels;
    for (const SharedFolderCandidate& c : found)
        labels << c.label;
    QVERIFY2(labels.contains(QStringLiteral("OneDrive")), qPrintable(labels.join(u',')));
    QVERIFY2(labels.contains(QStringLiteral("Dropbox")), qPrintable(labels.join(u',')));
    QVERIFY(!labels.contains(QStringLiteral("Google Drive"))); // a file of that name is not a folder
    QCOMPARE(toString(found.first().mount.kind), toString(MountKind::SyncedFolder));
    // Mounts from the table count only when they exist here; the portal is never a candidate.
    for (const SharedFolderCandidate& c : found) {
        QVERIFY(QFileInfo(c.path).isDir());
        QVERIFY(!c.path.startsWith(QStringLiteral("/run/user")));
    }
    QCOMPARE(found.size(), 2);
}

QTEST_GUILESS_MAIN(TestSharedFolder)
#include "tst_sharedfolder.moc"
