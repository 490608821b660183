// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// LayoutModel under QAbstractItemModelTester: rows, status texts, roles and counts.
#include "TestEnv.h"
#include "models/LayoutModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using FolderStatus = LayoutModel::Status;

namespace {

LayoutModel::Entry entry(const QString& path, FolderStatus status,
                         std::optional<FolderRole> role = FolderRole::Shared, const QString& member = {},
                         FolderLocation location = FolderLocation::Root)
{
    return LayoutModel::Entry{path, location, role, member, status, {}};
}

QList<LayoutModel::Entry> drift()
{
    return {entry(QStringLiteral("data/raw"), FolderStatus::Present, FolderRole::Raw),
            entry(QStringLiteral("data/processed"), FolderStatus::Missing, FolderRole::Processed),
            entry(QStringLiteral("results/ana"), FolderStatus::FileInsteadOfFolder, FolderRole::Results,
                  QStringLiteral("ana")),
            entry(QStringLiteral("notebooks/ana"), FolderStatus::Present, FolderRole::Notebooks,
                  QStringLiteral("ana"), FolderLocation::Repository),
            entry(QStringLiteral("old-stuff"), FolderStatus::Unexpected, std::nullopt)};
}

} // namespace

class TestLayoutModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEveryEntryWithItsStatus();
    void rolesReturnDomainData();
    void countsPerStatus();
    void replacingEntriesResetsOnce();
    void headers();
    void showsARealInspectionOfTheDisk();
};

void TestLayoutModel::showsEveryEntryWithItsStatus()
{
    LayoutModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(drift());

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 4);
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, LayoutModel::PathColumn), QStringLiteral("data/raw"));
    QCOMPARE(text(0, LayoutModel::LocationColumn), QStringLiteral("shared folder"));
    // The raw folder's protection is read from the disk after the layout check (setRawStates).
    QCOMPARE(text(0, LayoutModel::RoleColumn), QStringLiteral("raw data: checking protection…"));
    QVERIFY(!model.index(0, 0).data(LayoutModel::RawStateRole).isValid());
    QCOMPARE(text(0, LayoutModel::StatusColumn), QStringLiteral("present"));
    model.setRawStates({{QStringLiteral("data/raw"), services::RawState::Writable}});
    QCOMPARE(text(0, LayoutModel::RoleColumn), QStringLiteral("raw data: writable (see Raw data)"));
    QCOMPARE(model.index(0, 0).data(LayoutModel::RawStateRole).toInt(), int(services::RawState::Writable));
    model.setRawStates({{QStringLiteral("data/raw"), services::RawState::ReadOnly}});
    QCOMPARE(text(0, LayoutModel::RoleColumn), QStringLiteral("raw data: read-only"));
    model.setRawStates({{QStringLiteral("data/raw"), services::RawState::UnknownOnThisMount}});
    QCOMPARE(text(0, LayoutModel::RoleColumn), QStringLiteral("raw data: protection unknown on this mount"));
    QCOMPARE(text(1, LayoutModel::StatusColumn), QStringLiteral("missing"));
    QCOMPARE(text(2, LayoutModel::RoleColumn), QStringLiteral("results of ana"));
    QCOMPARE(text(2, LayoutModel::StatusColumn), QStringLiteral("file instead of folder"));
    QCOMPARE(text(3, LayoutModel::LocationColumn), QStringLiteral("repository"));
    QCOMPARE(text(4, LayoutModel::RoleColumn), QString());
    QCOMPARE(text(4, LayoutModel::StatusColumn), QStringLiteral("unexpected"));
}

void TestLayoutModel::rolesReturnDomainData()
{
    LayoutModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(drift());

    const QModelIndex results = model.index(2, LayoutModel::PathColumn);
    QCOMPARE(results.data(LayoutModel::PathRole).toString(), QStringLiteral("results/ana"));
    QCOMPARE(results.data(LayoutModel::StatusRole).toInt(), int(FolderStatus::FileInsteadOfFolder));
    QCOMPARE(results.data(LayoutModel::FolderRoleRole).toInt(), int(FolderRole::Results));
    QCOMPARE(results.data(LayoutModel::MemberIdRole).toString(), QStringLiteral("ana"));
    QCOMPARE(results.data(LayoutModel::LocationRole).toInt(), int(FolderLocation::Root));
    QCOMPARE(results.data(LayoutModel::NeedsActionRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(LayoutModel::NeedsActionRole).toBool(), true);  // missing
    QCOMPARE(model.index(0, 0).data(LayoutModel::NeedsActionRole).toBool(), false); // present
    QCOMPARE(model.index(4, 0).data(LayoutModel::NeedsActionRole).toBool(),
             false); // unexpected: never deleted
    QVERIFY(!model.index(4, 0).data(LayoutModel::FolderRoleRole).isValid());
    QCOMPARE(model.index(3, 0).data(LayoutModel::LocationRole).toInt(), int(FolderLocation::Repository));
    QCOMPARE(model.index(1, LayoutModel::StatusColumn).data(LayoutModel::SortKeyRole).toInt(),
             int(FolderStatus::Missing));
    QCOMPARE(model.roleNames().value(LayoutModel::StatusRole), QByteArray("status"));
}

void TestLayoutModel::countsPerStatus()
{
    LayoutModel model;
    model.setEntries(drift());
    QCOMPARE(model.count(FolderStatus::Present), 2);
    QCOMPARE(model.count(FolderStatus::Missing), 1);
    QCOMPARE(model.count(FolderStatus::Unexpected), 1);
    QCOMPARE(model.count(FolderStatus::FileInsteadOfFolder), 1);
}

void TestLayoutModel::replacingEntriesResetsOnce()
{
    LayoutModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(drift());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<LayoutModel::Entry> applied = drift();
    applied[1].status = FolderStatus::Present;
    model.setEntries(applied);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(1, LayoutModel::StatusColumn).data().toString(), QStringLiteral("present"));
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestLayoutModel::headers()
{
    LayoutModel model;
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"Folder", "Where", "Holds", "Status"}));
}

void TestLayoutModel::showsARealInspectionOfTheDisk()
{
    QTemporaryDir repo;
    QTemporaryDir root;
    Workspace ws;
    ws.repoDir = repo.path();
    ws.rootDir = root.path();
    Member ana;
    ana.id = QStringLiteral("ana");
    ana.role = MemberRole::Lead;
    ws.manifest.members << ana;
    ws.manifest.layout
        << LayoutFolder{QStringLiteral("data/raw"), FolderRole::Raw, FolderLocation::Root, false, {}}
        << LayoutFolder{QStringLiteral("models"), FolderRole::Models, FolderLocation::Root, false, {}}
        << LayoutFolder{QStringLiteral("results"), FolderRole::Results, FolderLocation::Root, true, {}};
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("data/raw")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("results")));
    test::writeFile(root.path() + QStringLiteral("/results/ana"), "not a folder");
    test::writeFile(root.path() + QStringLiteral("/notes.txt"), "left at the top");
    auto status = LayoutPlanner(ws).inspect();
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));

    LayoutModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLayoutStatus(*status);

    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, LayoutModel::PathColumn).data().toString() + u'=' +
                    model.index(row, LayoutModel::StatusColumn).data().toString();
    QCOMPARE(rows, (QStringList{"data/raw=present", "models=missing", "results=present",
                                "results/ana=file instead of folder", "notes.txt=unexpected"}));
    const QModelIndex blocked = model.index(3, LayoutModel::StatusColumn);
    QCOMPARE(blocked.data(LayoutModel::BlockerRole).toString(), QStringLiteral("results/ana"));
    QCOMPARE(blocked.data(LayoutModel::MemberIdRole).toString(), QStringLiteral("ana"));
    QCOMPARE(blocked.data(Qt::ToolTipRole).toString(),
             QStringLiteral("results/ana is a file: move or rename it, then apply the layout again"));
}

QTEST_GUILESS_MAIN(TestLayoutModel)
#include "tst_layoutmodel.moc"
