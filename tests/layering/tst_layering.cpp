// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The layers that the build keeps (docs/ARCHITECTURE.md, "Layers"): reads every #include in core/ and app/
// and fails, listing each one, on an include that points up or sideways where the table forbids it, on
// <git2.h> outside core/git, on <sqlite3.h> outside core/db and core/index, and on low-level calls in the
// CLI.
#include "LayerRules.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ts::test;

class TestLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyModuleHasALayer();
    void includesFollowTheLayers();
    void libgit2OnlyInCoreGit();
    void sqliteOnlyInDbAndIndex();
    void cliOnlyParsesAndPrints();
    void checkerFindsWhatItMust();
    void runsInAHomeOfItsOwn();

private:
    LayerReport m_report = checkLayers(QStringLiteral(TEAMSPACE_SOURCE_DIR));
};

namespace {

// Fails with every violation on its own line (QFAIL shows them all).
void failOn(const QStringList& violations, const char* what)
{
    if (violations.isEmpty())
        return;
    QFAIL(qPrintable(QStringLiteral("%1 (%2):\n  %3")
                         .arg(QLatin1String(what))
                         .arg(violations.size())
                         .arg(violations.join(QStringLiteral("\n  ")))));
}

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(path.section(u'/', 0, -2));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

void TestLayering::everyModuleHasALayer()
{
    QVERIFY2(m_report.filesRead > 100, qPrintable(QStringLiteral("read only %1 files under %2")
                                                      .arg(m_report.filesRead)
                                                      .arg(QStringLiteral(TEAMSPACE_SOURCE_DIR))));
    failOn(m_report.unknownModules, "folders of core/ and app/ that the layer table does not place");
}

void TestLayering::includesFollowTheLayers()
{
    failOn(m_report.upwardIncludes, "includes that point up or sideways");
}

void TestLayering::libgit2OnlyInCoreGit()
{
    failOn(m_report.libgit2Outside, "<git2.h> outside core/git");
}

void TestLayering::sqliteOnlyInDbAndIndex()
{
    failOn(m_report.sqliteOutside, "<sqlite3.h> outside core/db and core/index");
}

void TestLayering::cliOnlyParsesAndPrints()
{
    failOn(m_report.cliLowLevel, "git_, sqlite3_, opendir, openat or QDirIterator in app/cli");
}

// The checker on a small tree of its own: one of each violation is found, and the allowed includes
// (down, same module, hazards → index, app → core) are not reported.
void TestLayering::checkerFindsWhatItMust()
{
    QTemporaryDir tree;
    const QString root = tree.path();
    write(root + "/core/util/Result.h", "#pragma once\n#include \"sync/SyncEngine.h\"\n");
    write(root + "/core/sync/SyncEngine.h", "#pragma once\n#include \"util/Result.h\"\n#include <git2.h>\n");
    write(root + "/core/hazards/Rule.cpp", "#include \"index/IndexStore.h\"\n#include \"Rule.h\"\n");
    write(root + "/core/hazards/Rule.h", "#pragma once\n");
    write(root + "/core/index/IndexStore.h", "#pragma once\n#include <sqlite3.h>\n");
    write(root + "/core/permissions/Guard.cpp", "#include \"notebooks/Notebook.h\"\n#include <sqlite3.h>\n");
    write(root + "/core/notebooks/Notebook.h", "#pragma once\n#include \"../../app/gui/MainWindow.h\"\n");
    write(root + "/core/wizard/Wizard.h", "#pragma once\n");
    write(root + "/app/gui/MainWindow.h", "#pragma once\n#include \"models/LayoutModel.h\"\n");
    write(root + "/app/cli/Scan.cpp", "#include \"index/IndexStore.h\"\n#include \"../gui/MainWindow.h\"\n"
                                      "// opendir in a comment is no call\n"
                                      "int f() { return openat(0, \"git_x\", 0) + git_libgit2_init(); }\n");
    const LayerReport report = checkLayers(root);
    QCOMPARE(
        report.upwardIncludes,
        QStringList({QStringLiteral("app/cli/Scan.cpp:2: cli includes \"../gui/MainWindow.h\" (gui is not "
                                    "below cli)"),
                     QStringLiteral("core/notebooks/Notebook.h:2: notebooks includes "
                                    "\"../../app/gui/MainWindow.h\" (gui; core never includes app)"),
                     QStringLiteral("core/permissions/Guard.cpp:1: permissions includes "
                                    "\"notebooks/Notebook.h\" (notebooks is not below permissions)"),
                     QStringLiteral("core/util/Result.h:2: util includes \"sync/SyncEngine.h\" (sync is "
                                    "not below util)")}));
    QCOMPARE(report.libgit2Outside, QStringList(QStringLiteral("core/sync/SyncEngine.h:3: <git2.h>")));
    QCOMPARE(report.sqliteOutside, QStringList(QStringLiteral("core/permissions/Guard.cpp:2: <sqlite3.h>")));
    QCOMPARE(report.cliLowLevel, QStringList({QStringLiteral("app/cli/Scan.cpp:4: openat"),
                                              QStringLiteral("app/cli/Scan.cpp:4: git_libgit2_init")}));
    QCOMPARE(report.unknownModules, QStringList(QStringLiteral("core/wizard")));
}

// teamspace_add_test runs every test program in folders of its own (tests/support/with-test-home.sh); this
// one checks it on itself.
void TestLayering::runsInAHomeOfItsOwn()
{
    if (qEnvironmentVariableIsEmpty("TEAMSPACE_TEST_TMP"))
        QSKIP("not started by CTest (teamspace_add_test sets the folders)");
    const QString own = QStringLiteral("/tests/home/tst_layering/");
    for (const char* name :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString value = qEnvironmentVariable(name);
        QVERIFY2(value.contains(own) && QFileInfo(value).isDir(),
                 qPrintable(QStringLiteral("%1=%2").arg(QLatin1String(name), value)));
    }
    const QFile::Permissions runtime = QFileInfo(qEnvironmentVariable("XDG_RUNTIME_DIR")).permissions();
    QCOMPARE(runtime & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                        QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
    QVERIFY(runtime & QFile::ReadOwner && runtime & QFile::WriteOwner && runtime & QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
