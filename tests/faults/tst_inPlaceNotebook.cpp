// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Issue 12: what `notebook strip` and `notebook root-cell` do to the file they rewrite in place. A notebook
// path that is or passes through a symlink inside the repository is refused (exit 3) before anything is read
// or written (the audit's `root-cell` wrote into another member's notebook through one); a hard-linked
// notebook is refused; a rewritten notebook keeps its mode, owner, group and POSIX ACL.
#include "FileFacts.h"
#include "FullDiskCases.h"
#include "TestEnv.h"
#include "WorkspaceBuilder.h"

#include "../core/notebooks/NotebookCorpus.h"
#include "notebooks/NotebookStripper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ts;
using namespace ts::test;

namespace {

const QString kAna = QStringLiteral("notebooks/ana/analysis.ipynb");
const QString kBo = QStringLiteral("notebooks/bo/analysis.ipynb");

QByteArray stripped(const QByteArray& bytes)
{
    return nb::stripNotebookBytes(bytes, defaultStripPolicy()).value();
}

CliOutput cli(const QStringList& args)
{
    return runCliWithFileSizeLimit(args);
}

struct Team
{
    QTemporaryDir repoDir, rootDir;
    QString repo, root;
    QStringList w;

    Team()
    {
        repo = QFileInfo(repoDir.path()).canonicalFilePath() + QStringLiteral("/repo");
        root = QFileInfo(rootDir.path()).canonicalFilePath();
        QDir().mkpath(repo);
        makeWorkspace(repo, root, QStringLiteral("colab-team"), {QStringLiteral("bo")});
        w = {QStringLiteral("-w"), repo, QStringLiteral("--root"), root};
    }
    QString path(const QString& relative) const { return repo + u'/' + relative; }
};

} // namespace

class TestInPlaceNotebook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    // The audit's case: ana's notebook is a link to bo's; root-cell on "her" notebook wrote into his.
    void rootCellRefusesASymlinkedNotebook_data()
    {
        QTest::addColumn<bool>("folderLink");
        QTest::addColumn<bool>("absolute");
        QTest::newRow("linked file, relative") << false << false;
        QTest::newRow("linked file, absolute") << false << true;
        QTest::newRow("linked folder, relative") << true << false;
        QTest::newRow("linked folder, absolute") << true << true;
    }
    void rootCellRefusesASymlinkedNotebook()
    {
        QFETCH(bool, folderLink);
        QFETCH(bool, absolute);
        Team team;
        const QByteArray bos = stripped(notebookWithImages(2, 100));
        writeFile(team.path(kBo), bos);
        QString argument = kAna;
        if (folderLink) {
            QVERIFY(QFile::link(QStringLiteral("../bo"), team.path(QStringLiteral("notebooks/ana/shared"))));
            argument = QStringLiteral("notebooks/ana/shared/analysis.ipynb");
        } else {
            QVERIFY(QFile::link(QStringLiteral("../bo/analysis.ipynb"), team.path(kAna)));
        }
        if (absolute)
            argument = team.path(argument);
        const CliOutput run =
            cli(team.w + QStringList{QStringLiteral("--as"), QStringLiteral("ana"),
                                     QStringLiteral("notebook"), QStringLiteral("root-cell"), argument});
        QVERIFY2(run.exitCode == 3, run.err.constData());
        QVERIFY2(run.err.contains("is a symbolic link"), run.err.constData());
        QCOMPARE(readFile(team.path(kBo)), bos);
        QCOMPARE(namesIn(team.path(QStringLiteral("notebooks/bo"))),
                 QStringList{QStringLiteral("analysis.ipynb")});
    }

    // Without a link the same command writes (the refusal above is not a broken fixture), and a link *above*
    // the repository (the user's own way to reach it) is no reason to refuse.
    void rootCellWritesAPlainNotebook()
    {
        Team team;
        const QByteArray before = stripped(notebookWithImages(2, 100));
        writeFile(team.path(kAna), before);
        QTemporaryDir elsewhere;
        const QString viaLink = elsewhere.filePath(QStringLiteral("repo-link"));
        QVERIFY(QFile::link(team.repo, viaLink));
        const CliOutput run =
            cli({QStringLiteral("-w"), viaLink, QStringLiteral("--root"), team.root,
                 QStringLiteral("notebook"), QStringLiteral("root-cell"), viaLink + u'/' + kAna});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("written: ") + kAna.toUtf8() + '\n');
        QVERIFY(readFile(team.path(kAna)).contains("teamspace-root"));
    }

    void stripAndLintRefuseASymlinkInsideTheRepository_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("target"); // where the link points: bo's notebook or a file outside
        QTest::newRow("strip, bo's notebook") << QStringLiteral("strip") << QStringLiteral("bo");
        QTest::newRow("strip, outside") << QStringLiteral("strip") << QStringLiteral("outside");
        QTest::newRow("lint, outside") << QStringLiteral("lint") << QStringLiteral("outside");
    }
    void stripAndLintRefuseASymlinkInsideTheRepository()
    {
        QFETCH(QString, command);
        QFETCH(QString, target);
        Team team;
        QTemporaryDir outside;
        const QString targetPath =
            target == QLatin1String("bo") ? team.path(kBo) : outside.filePath(QStringLiteral("x.ipynb"));
        const QByteArray unstripped = notebookWithImages(3, 3000);
        writeFile(targetPath, unstripped);
        QVERIFY(QFile::link(targetPath, team.path(kAna)));
        const CliOutput run = cli({QStringLiteral("notebook"), command, team.path(kAna)});
        QVERIFY2(run.exitCode == 3, run.err.constData());
        QVERIFY2(run.err.contains(team.path(kAna).toUtf8() + ": is a symbolic link"), run.err.constData());
        QCOMPARE(readFile(targetPath), unstripped);
        QVERIFY(QFileInfo(team.path(kAna)).isSymLink());
    }

    // Outside any workspace a linked notebook is still not written through.
    void stripRefusesALooseSymlink()
    {
        QTemporaryDir dir;
        const QByteArray unstripped = notebookWithImages(3, 3000);
        writeFile(dir.filePath(QStringLiteral("real.ipynb")), unstripped);
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real.ipynb")),
                            dir.filePath(QStringLiteral("link.ipynb"))));
        const CliOutput run = cli({QStringLiteral("notebook"), QStringLiteral("strip"),
                                   dir.filePath(QStringLiteral("link.ipynb"))});
        QVERIFY2(run.exitCode == 3, run.err.constData());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("real.ipynb"))), unstripped);
    }

    void stripRefusesAHardLinkedNotebook()
    {
        Team team;
        const QByteArray unstripped = notebookWithImages(3, 3000);
        writeFile(team.path(kAna), unstripped);
        const QString other = team.rootDir.filePath(QStringLiteral("backup.ipynb"));
        QCOMPARE(::link(QFile::encodeName(team.path(kAna)).constData(), QFile::encodeName(other).constData()),
                 0);
        const CliOutput run = cli({QStringLiteral("notebook"), QStringLiteral("strip"), team.path(kAna)});
        QVERIFY2(run.exitCode == 3, run.err.constData());
        QVERIFY2(run.err.contains(
                     ": has 2 hard links; replacing it would leave the other names with the old content"),
                 run.err.constData());
        QCOMPARE(readFile(team.path(kAna)), unstripped);
        QCOMPARE(readFile(other), unstripped);
        QCOMPARE(namesIn(team.path(QStringLiteral("notebooks/ana"))),
                 QStringList{QStringLiteral("analysis.ipynb")});
    }

    // The issue: 0640 became 0660 (umask 002), the ACL and the owner were dropped.
    void stripKeepsModeOwnerAndAcl()
    {
        Team team;
        const QString path = team.path(kAna);
        const QByteArray unstripped = notebookWithImages(3, 3000);
        writeFile(path, unstripped);
        const QByteArray encoded = QFile::encodeName(path);
        const bool root = ::geteuid() == 0;
        if (root)
            QCOMPARE(::chown(encoded.constData(), 65534, 65534), 0);
        QCOMPARE(::chmod(encoded.constData(), 0640), 0);
        const bool acl = !QStandardPaths::findExecutable(QStringLiteral("setfacl")).isEmpty() &&
                         QProcess::execute(QStringLiteral("setfacl"),
                                           {QStringLiteral("-m"), QStringLiteral("u:65533:r"), path}) == 0;
        const QByteArray aclBefore = acl ? aclOf(path) : QByteArray();
        const mode_t oldMask = ::umask(002); // the CLI inherits it
        const CliOutput run = cli({QStringLiteral("notebook"), QStringLiteral("strip"), path});
        ::umask(oldMask);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readFile(path), stripped(unstripped));
        struct stat st
        {
        };
        QCOMPARE(::stat(encoded.constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
        if (root) {
            QCOMPARE(st.st_uid, uid_t(65534));
            QCOMPARE(st.st_gid, gid_t(65534));
        }
        if (acl)
            QCOMPARE(aclOf(path), aclBefore);
        if (!root || !acl)
            QSKIP(root ? "setfacl missing or no ACLs here: mode and owner checked, the ACL not"
                       : "not root: mode and ACL checked, the owner (chown to another user needs root) not");
    }
};

QTEST_GUILESS_MAIN(TestInPlaceNotebook)
#include "tst_inPlaceNotebook.moc"
