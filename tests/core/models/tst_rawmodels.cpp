// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// RawFoldersModel on a real raw folder read by services::rawWriteAccess (writable, then protected), and
// RawChangesModel on a real verify's changes; both under QAbstractItemModelTester.
#include "TestEnv.h"
#include "WorkspaceBuilder.h"
#include "models/RawChangesModel.h"
#include "models/RawFoldersModel.h"
#include "services/RawIntegrity.h"
#include "services/RawProtection.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using services::RawChange;
using services::RawState;

class TestRawModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void foldersModelShowsTheFileSystemsState();
    void changesModelListsAVerifysChangesWithSizes();

private:
    QTemporaryDir m_repo, m_root;
    Workspace m_ws;
};

void TestRawModels::initTestCase()
{
    test::isolateUserFolders();
    m_ws = test::makeWorkspace(m_repo.path(), m_root.path());
    m_ws.me = QStringLiteral("ana");
    test::writeFile(m_root.filePath(QStringLiteral("data/raw/a.csv")), "x,y\n1,2\n");
    test::writeFile(m_root.filePath(QStringLiteral("data/raw/sub/b.bin")), QByteArray(1000, 'b'));
}

void TestRawModels::foldersModelShowsTheFileSystemsState()
{
    RawFoldersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto access = services::rawWriteAccess(m_ws, services::Call{});
    QVERIFY2(access.ok(), access.ok() ? "" : qPrintable(access.error().message));
    model.setFolders(access->folders);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RawFoldersModel::ColumnCount));
    const QModelIndex state = model.index(0, RawFoldersModel::StateColumn);
    QCOMPARE(model.index(0, RawFoldersModel::FolderColumn).data().toString(), QStringLiteral("data/raw"));
    QCOMPARE(state.data(RawFoldersModel::StateRole).toInt(), int(RawState::Writable));
    // data/raw, a.csv, sub, sub/b.bin: all writable by their owner.
    QCOMPARE(state.data(RawFoldersModel::EntriesRole).toLongLong(), 4);
    QCOMPARE(state.data().toString(), QStringLiteral("writable: 4 of 4 entries"));
    QVERIFY2(model.index(0, RawFoldersModel::WritersColumn).data().toString().startsWith("owner ("),
             qPrintable(model.index(0, RawFoldersModel::WritersColumn).data().toString()));
    QCOMPARE(model.count(RawState::Writable), 1);

    QVERIFY(services::protectRaw(m_ws, services::Call{}).ok());
    access = services::rawWriteAccess(m_ws, services::Call{});
    QVERIFY(access.ok());
    model.setFolders(access->folders); // same folder: the row stays, the cells change
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(state.data(RawFoldersModel::StateRole).toInt(), int(RawState::ReadOnly));
    QCOMPARE(state.data().toString(), QStringLiteral("read-only"));
    QCOMPARE(model.index(0, RawFoldersModel::WritersColumn).data().toString(), QStringLiteral("nobody"));
    QVERIFY(services::unprotectRaw(m_ws, services::Call{}).ok());

    // A mount whose bits cannot be trusted (Drive for desktop, rclone, SMB): the bits say nothing either way.
    permissions::FolderWriteAccess drive;
    drive.path = QStringLiteral("data/raw");
    drive.location = QStringLiteral("root");
    drive.exists = true;
    drive.fileSystem = QStringLiteral("fuse");
    drive.modeBitsAuthoritative = false;
    drive.mode = 0555;
    drive.entries = 4;
    model.setFolders({drive});
    QCOMPARE(state.data(RawFoldersModel::StateRole).toInt(), int(RawState::UnknownOnThisMount));
    QCOMPARE(state.data().toString(), QStringLiteral("unknown on this mount"));
    QCOMPARE(model.index(0, RawFoldersModel::FileSystemColumn).data().toString(),
             QStringLiteral("fuse: permissions kept elsewhere"));

    model.setFolders({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRawModels::changesModelListsAVerifysChangesWithSizes()
{
    QVERIFY(services::recordRawBaseline(m_ws, {}, services::Call{}).ok());
    test::writeFile(m_root.filePath(QStringLiteral("data/raw/a.csv")), "x,y\n1,2\n3,4\n");
    test::writeFile(m_root.filePath(QStringLiteral("data/raw/c.txt")), "new");
    QVERIFY(QFile::remove(m_root.filePath(QStringLiteral("data/raw/sub/b.bin"))));
    auto verified = services::verifyRaw(m_ws, {}, services::Call{});
    QVERIFY(verified.ok());

    RawChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(verified->changes);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.count(RawChange::Kind::Modified), 1);
    QCOMPARE(model.count(RawChange::Kind::Added), 1);
    QCOMPARE(model.count(RawChange::Kind::Removed), 1);
    auto cell = [&](const QString& path, int column, int role = Qt::DisplayRole) {
        return model.index(model.rowOf(path), column).data(role);
    };
    const QString a = QStringLiteral("data/raw/a.csv");
    QCOMPARE(cell(a, RawChangesModel::ChangeColumn).toString(), QStringLiteral("modified"));
    QCOMPARE(cell(a, 0, RawChangesModel::BaselineSizeRole).toLongLong(), 8);
    QCOMPARE(cell(a, 0, RawChangesModel::CurrentSizeRole).toLongLong(), 12);
    QCOMPARE(cell(a, RawChangesModel::CurrentSizeColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("12 bytes"));
    const QString c = QStringLiteral("data/raw/c.txt");
    QCOMPARE(cell(c, RawChangesModel::ChangeColumn).toString(), QStringLiteral("added"));
    QCOMPARE(cell(c, 0, RawChangesModel::BaselineSizeRole).toLongLong(), -1);
    QCOMPARE(cell(c, RawChangesModel::BaselineSizeColumn).toString(), QString());
    QCOMPARE(cell(c, 0, RawChangesModel::CurrentSizeRole).toLongLong(), 3);
    const QString b = QStringLiteral("data/raw/sub/b.bin");
    QCOMPARE(cell(b, RawChangesModel::ChangeColumn).toString(), QStringLiteral("removed"));
    QCOMPARE(cell(b, 0, RawChangesModel::BaselineSizeRole).toLongLong(), 1000);
    QCOMPARE(cell(b, 0, RawChangesModel::CurrentSizeRole).toLongLong(), -1);
    QCOMPARE(cell(b, RawChangesModel::BaselineSizeColumn).toString(), QLocale().formattedDataSize(1000));
    model.setChanges({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRawModels)
#include "tst_rawmodels.moc"
