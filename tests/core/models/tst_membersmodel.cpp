// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// MembersModel under QAbstractItemModelTester: contents, roles, and incremental updates that keep rows
// stable.
#include "models/MembersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ts;

namespace {

Member member(const QString& id, const QString& name, MemberRole role = MemberRole::Member,
              std::optional<qint64> quota = std::nullopt)
{
    Member m;
    m.id = id;
    m.name = name;
    m.email = id + QStringLiteral("@example.org");
    m.role = role;
    m.quotaBytes = quota;
    return m;
}

QList<Member> team()
{
    return {member(QStringLiteral("ana"), QStringLiteral("Ana Lima"), MemberRole::Lead,
                   20LL * 1024 * 1024 * 1024),
            member(QStringLiteral("ben"), QStringLiteral("Ben Okafor"), MemberRole::Member, 15'000'000'000),
            member(QStringLiteral("chen"), QStringLiteral("Chen Wei"))};
}

QStringList idsOf(const MembersModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, MembersModel::IdColumn).data().toString();
    return ids;
}

} // namespace

class TestMembersModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEveryMemberWithDisplayTextAndRoles();
    void headersNameTheColumns();
    void removingAMemberRemovesOnlyItsRow();
    void addingAMemberInsertsOneRow();
    void editingAMemberChangesOnlyItsRow();
    void reorderingMovesRowsAndKeepsPersistentIndexes();
    void identityChangeUpdatesIsMe();
    void emptyTeamAndBackAgain();
};

void TestMembersModel::showsEveryMemberWithDisplayTextAndRoles()
{
    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers(team(), QStringLiteral("ben"));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(idsOf(model), (QStringList{"ana", "ben", "chen"}));

    const QModelIndex ana = model.index(0, MembersModel::QuotaColumn);
    QCOMPARE(model.index(0, MembersModel::NameColumn).data().toString(), QStringLiteral("Ana Lima"));
    QCOMPARE(model.index(0, MembersModel::EmailColumn).data().toString(), QStringLiteral("ana@example.org"));
    QCOMPARE(model.index(0, MembersModel::RoleColumn).data().toString(), QStringLiteral("lead"));
    QCOMPARE(ana.data().toString(), QStringLiteral("20.0 GiB"));
    QCOMPARE(ana.data(MembersModel::QuotaBytesRole).toLongLong(), 20LL * 1024 * 1024 * 1024);
    QCOMPARE(ana.data(MembersModel::SortKeyRole).toLongLong(), 20LL * 1024 * 1024 * 1024);
    QCOMPARE(ana.data(Qt::ToolTipRole).toString(), QStringLiteral("21474836480 bytes"));
    QCOMPARE(ana.data(MembersModel::MemberIdRole).toString(), QStringLiteral("ana"));
    QCOMPARE(ana.data(MembersModel::IsLeadRole).toBool(), true);
    QCOMPARE(ana.data(MembersModel::IsMeRole).toBool(), false);

    const QModelIndex chen = model.index(2, MembersModel::QuotaColumn);
    QCOMPARE(chen.data().toString(), QStringLiteral("no quota"));
    QVERIFY(!chen.data(MembersModel::QuotaBytesRole).isValid());
    QCOMPARE(chen.data(MembersModel::SortKeyRole).toLongLong(), -1);
    QCOMPARE(model.index(2, MembersModel::RoleColumn).data().toString(), QStringLiteral("member"));
    QCOMPARE(model.index(1, 0).data(MembersModel::IsMeRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(MembersModel::EmailRole).toString(), QStringLiteral("ben@example.org"));

    QCOMPARE(model.memberAt(1)->name, QStringLiteral("Ben Okafor"));
    QVERIFY(model.memberAt(3) == nullptr);
    QCOMPARE(model.rowOf(QStringLiteral("chen")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("dana")), -1);
    QCOMPARE(model.roleNames().value(MembersModel::QuotaBytesRole), QByteArray("quotaBytes"));
}

void TestMembersModel::headersNameTheColumns()
{
    MembersModel model;
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"Id", "Name", "E-mail", "Role", "Quota"}));
}

void TestMembersModel::removingAMemberRemovesOnlyItsRow()
{
    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers(team());
    const QPersistentModelIndex chen = model.index(2, 0);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QList<Member> without = team();
    without.removeAt(1);
    model.setMembers(without);

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(idsOf(model), (QStringList{"ana", "chen"}));
    QVERIFY(chen.isValid());
    QCOMPARE(chen.row(), 1);
}

void TestMembersModel::addingAMemberInsertsOneRow()
{
    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers(team());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QList<Member> more = team();
    more.append(member(QStringLiteral("dana"), QStringLiteral("Dana Novak"), MemberRole::Member, 1'000'000));
    model.setMembers(more);

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(idsOf(model), (QStringList{"ana", "ben", "chen", "dana"}));
    QCOMPARE(model.index(3, MembersModel::QuotaColumn).data().toString(), QStringLiteral("976.6 KiB"));
}

void TestMembersModel::editingAMemberChangesOnlyItsRow()
{
    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers(team());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QList<Member> edited = team();
    edited[2].name = QStringLiteral("Chen Wei-Ling");
    edited[2].quotaBytes = 5'000'000'000;
    model.setMembers(edited);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    QCOMPARE(inserted.count() + removed.count(), 0);
    QCOMPARE(model.index(2, MembersModel::NameColumn).data().toString(), QStringLiteral("Chen Wei-Ling"));
    QCOMPARE(model.index(2, 0).data(MembersModel::QuotaBytesRole).toLongLong(), 5'000'000'000LL);

    model.setMembers(edited); // the same again: nothing to tell the views
    QCOMPARE(changed.count(), 1);
}

void TestMembersModel::reorderingMovesRowsAndKeepsPersistentIndexes()
{
    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers(team());
    const QPersistentModelIndex ana = model.index(0, MembersModel::NameColumn);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

    const QList<Member> t = team();
    model.setMembers({t[2], member(QStringLiteral("eve"), QStringLiteral("Eve Adams")), t[0]});

    QCOMPARE(idsOf(model), (QStringList{"chen", "eve", "ana"}));
    QVERIFY(moved.count() >= 1);
    QVERIFY(ana.isValid());
    QCOMPARE(ana.row(), 2);
    QCOMPARE(ana.data().toString(), QStringLiteral("Ana Lima"));
}

void TestMembersModel::identityChangeUpdatesIsMe()
{
    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers(team(), QStringLiteral("ana"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setMembers(team(), QStringLiteral("chen"));

    QCOMPARE(changed.count(), 2); // the old "me" row and the new one
    QCOMPARE(model.index(0, 0).data(MembersModel::IsMeRole).toBool(), false);
    QCOMPARE(model.index(2, 0).data(MembersModel::IsMeRole).toBool(), true);
}

void TestMembersModel::emptyTeamAndBackAgain()
{
    MembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMembers(team());
    model.setMembers({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
    model.setMembers(team());
    QCOMPARE(model.rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestMembersModel)
#include "tst_membersmodel.moc"
