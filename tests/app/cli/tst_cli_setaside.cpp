// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `teamspace-cli set-aside list|diff|apply|discard` (issue 16) on a real team: bob's edit of ada's notebook
// set aside by a real sync, listed, diffed (the JSON of `notebook diff --json`), applied by its owner only,
// discarded by its author only; files compared byte for byte.
#include "CliRunner.h"
#include "GitTeam.h"
#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ts;
using ts::test::GitTeam;

namespace {

using Cells = test::CodeCells; // id, source

const QString kNotebook = QStringLiteral("notebooks/ada/eda.ipynb");

QStringList args(const GitTeam& team, const QString& member, const QStringList& command, bool json = true)
{
    return team.cliArgs(member, json) + command;
}

} // namespace

class TestCliSetAside : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void listDiffApplyDiscard();
};

void TestCliSetAside::listDiffApplyDiscard()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const Cells ada = {{QStringLiteral("c1"), QStringLiteral("x = 1")},
                       {QStringLiteral("c2"), QStringLiteral("y = 2")},
                       {QStringLiteral("c3"), QStringLiteral("print(x + y)")}};
    Cells bob = ada;
    bob[1].second = QStringLiteral("y = 20");
    bob.append({QStringLiteral("n1"), QStringLiteral("print('more')")});
    team.write(QStringLiteral("ada"), kNotebook, test::teamNotebook(ada));
    QVERIFY(team.sync(QStringLiteral("ada")));
    QVERIFY(team.sync(QStringLiteral("bob")));
    team.write(QStringLiteral("bob"), kNotebook, test::teamNotebook(bob));
    QCOMPARE(test::runCli(args(team, QStringLiteral("bob"), {QStringLiteral("sync")})).exitCode, 0);
    QCOMPARE(test::runCli(args(team, QStringLiteral("ada"), {QStringLiteral("sync")})).exitCode, 0);

    // list --json
    const auto list = test::runCli(
        args(team, QStringLiteral("ada"), {QStringLiteral("set-aside"), QStringLiteral("list")}));
    QCOMPARE(list.exitCode, 0);
    const QJsonArray copies = list.json().value(QStringLiteral("copies")).toArray();
    QCOMPARE(copies.size(), 1);
    const QJsonObject entry = copies.first().toObject();
    const QString copy = entry.value(QStringLiteral("copy")).toString();
    QVERIFY2(copy.startsWith(QStringLiteral("notebooks/bob/set-aside/eda.")), qPrintable(copy));
    QCOMPARE(entry.value(QStringLiteral("shadows")).toString(), kNotebook);
    QCOMPARE(entry.value(QStringLiteral("owner")).toString(), QStringLiteral("ada"));
    QCOMPARE(entry.value(QStringLiteral("member")).toString(), QStringLiteral("bob"));
    QCOMPARE(entry.value(QStringLiteral("canApply")).toBool(), true);
    QCOMPARE(entry.value(QStringLiteral("mine")).toBool(), false);
    QVERIFY(entry.value(QStringLiteral("when")).toString().endsWith(u'Z'));

    // list in words
    const auto words = test::runCli(
        args(team, QStringLiteral("ada"), {QStringLiteral("set-aside"), QStringLiteral("list")}, false));
    QCOMPARE(words.exitCode, 0);
    QVERIFY2(words.out.contains(copy.toUtf8()) && words.out.contains("shadows notebooks/ada/eda.ipynb"),
             words.out.constData());

    // diff --json: notebook diff's shape
    const auto diff = test::runCli(
        args(team, QStringLiteral("ada"), {QStringLiteral("set-aside"), QStringLiteral("diff"), copy}));
    QCOMPARE(diff.exitCode, 0);
    const QJsonArray rows = diff.json().value(QStringLiteral("cells")).toArray();
    QCOMPARE(rows.size(), 4);
    int modified = -1;
    QStringList statuses;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        statuses << row.value(QStringLiteral("status")).toString();
        if (statuses.last() == QLatin1String("modified"))
            modified = i;
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("unchanged"), QStringLiteral("modified"),
                                    QStringLiteral("unchanged"), QStringLiteral("added")}));
    QCOMPARE(rows.at(modified).toObject().value(QStringLiteral("changed")).toArray(),
             (QJsonArray{QStringLiteral("source")}));
    QCOMPARE(rows.at(3).toObject().value(QStringLiteral("a")), QJsonValue(QJsonValue::Null));

    // apply: bob may not (Usage, nothing written), bad rows are refused, ada applies row `modified`
    const auto notOwner = test::runCli(args(team, QStringLiteral("bob"),
                                            {QStringLiteral("set-aside"), QStringLiteral("apply"), copy,
                                             QStringLiteral("--cells"), QString::number(modified)}));
    QCOMPARE(notOwner.exitCode, 2);
    QVERIFY2(notOwner.err.contains("ada"), notOwner.err.constData());
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), test::teamNotebook(ada));
    const auto badRows = test::runCli(args(team, QStringLiteral("ada"),
                                           {QStringLiteral("set-aside"), QStringLiteral("apply"), copy,
                                            QStringLiteral("--cells"), QStringLiteral("one")}));
    QCOMPARE(badRows.exitCode, 2);
    const auto outOfRange = test::runCli(args(team, QStringLiteral("ada"),
                                              {QStringLiteral("set-aside"), QStringLiteral("apply"), copy,
                                               QStringLiteral("--cells"), QStringLiteral("1,9")}));
    QCOMPARE(outOfRange.exitCode, 2);
    QVERIFY2(outOfRange.err.contains("row 9"), outOfRange.err.constData());
    QCOMPARE(team.read(QStringLiteral("ada"), kNotebook), test::teamNotebook(ada));

    const auto applied = test::runCli(args(team, QStringLiteral("ada"),
                                           {QStringLiteral("set-aside"), QStringLiteral("apply"), copy,
                                            QStringLiteral("--cells"), QString::number(modified)}));
    QCOMPARE(applied.exitCode, 0);
    QCOMPARE(applied.json().value(QStringLiteral("applied")).toInt(), 1);
    QCOMPARE(applied.json().value(QStringLiteral("notebook")).toString(), kNotebook);
    Cells expected = ada;
    expected[1] = bob[1];
    QCOMPARE(team.read(QStringLiteral("ada"), kNotebook), test::teamNotebook(expected));

    // discard: only bob, in his clone
    const auto notHers = test::runCli(
        args(team, QStringLiteral("ada"), {QStringLiteral("set-aside"), QStringLiteral("discard"), copy}));
    QCOMPARE(notHers.exitCode, 2);
    QVERIFY(QFile::exists(team.clone(QStringLiteral("ada")) + u'/' + copy));
    const auto discarded = test::runCli(args(
        team, QStringLiteral("bob"), {QStringLiteral("set-aside"), QStringLiteral("discard"), copy}, false));
    QCOMPARE(discarded.exitCode, 0);
    QVERIFY2(discarded.out.contains("git history"), discarded.out.constData());
    QVERIFY(!QFile::exists(team.clone(QStringLiteral("bob")) + u'/' + copy));

    const auto unknown =
        test::runCli(args(team, QStringLiteral("ada"), {QStringLiteral("set-aside"), QStringLiteral("eat")}));
    QCOMPARE(unknown.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliSetAside)
#include "tst_cli_setaside.moc"
