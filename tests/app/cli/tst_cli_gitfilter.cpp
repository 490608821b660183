// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// teamspace-cli as git's clean filter (issue 18): `notebook strip -` writes exactly what `notebook strip FILE`
// writes and a sync commits, with the repository's strip policy or the defaults; `notebook install-filter`
// sets it up (idempotent) so that a teammate committing with plain git commits the same blob as a sync, with no
// phantom modification afterwards, neither for git nor for Teamspace's own sync. Everything runs the real
// binaries: teamspace-cli and the git command line.
#include "CliRunner.h"
#include "GitTeam.h"
#include "TestEnv.h"

#include "notebooks/NotebookStripper.h"
#include "workspace/Manifest.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using test::GitTeam;

namespace {

const QString kNotebook = QStringLiteral("notebooks/bob/plain.ipynb");

struct Git
{
    int exitCode = -1;
    QByteArray out; // exact bytes
    QByteArray err;
};

// The git command line in `dir`, as a teammate runs it (identity given, nothing trimmed).
Git gitRun(const QString& dir, const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Bob"),
                                                     QStringLiteral("-c"), QStringLiteral("user.email=bob@x.org")} +
                                             args);
    Git run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

test::CliOutput cliIn(const QString& dir, const QStringList& args, const QByteArray& input = {})
{
    test::CliOptions options;
    options.workingDir = dir;
    options.input = input;
    return test::runCliWith(args, options);
}

QString describe(const test::CliOutput& r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err));
}

QString describe(const Git& r)
{
    return QStringLiteral("git exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err));
}

// A notebook with outputs, a count and volatile metadata: what a teammate has after running it.
QByteArray ranNotebook()
{
    QJsonObject notebook = QJsonDocument::fromJson(test::makeNotebook(QStringLiteral("print(42)"), 4096)).object();
    QJsonArray cells = notebook.value(QStringLiteral("cells")).toArray();
    QJsonObject cell = cells.at(0).toObject();
    cell.insert(QStringLiteral("metadata"),
                QJsonObject{{QStringLiteral("collapsed"), true}, {QStringLiteral("scrolled"), true}});
    cells.replace(0, cell);
    notebook.insert(QStringLiteral("cells"), cells);
    return QJsonDocument(notebook).toJson(QJsonDocument::Indented);
}

} // namespace

class TestCliGitFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateUserFolders(); }
    void stripStdinIsStripFile();
    void stripStdinUsesTheRepositoryPolicy();
    void invalidNotebookWritesNothing();
    void plainGitCommitEqualsSyncCommit();
    void invalidNotebookStopsGitAdd();
    void outsideAWorkspaceAndGlobal();
};

void TestCliGitFilter::stripStdinIsStripFile()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString clone = team.clone(QStringLiteral("bob"));
    const QByteArray notebook = ranNotebook();
    team.write(QStringLiteral("bob"), kNotebook, notebook);

    const auto piped = cliIn(clone, {"notebook", "strip", "-"}, notebook);
    QVERIFY2(piped.exitCode == 0 && piped.err.isEmpty(), qPrintable(describe(piped)));
    QCOMPARE(piped.out, test::strippedForTeam(notebook));
    QVERIFY(piped.out != notebook);
    const auto toStdout = cliIn(clone, {"notebook", "strip", "--stdout", kNotebook});
    QCOMPARE(toStdout.out, piped.out);
    const auto inPlace = cliIn(clone, {"notebook", "strip", kNotebook});
    QVERIFY2(inPlace.exitCode == 0, qPrintable(describe(inPlace)));
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), piped.out);
    // From a sub-folder, as git runs it in some setups, and with -w from anywhere: the same policy.
    QCOMPARE(cliIn(clone + QStringLiteral("/notebooks"), {"notebook", "strip", "-"}, notebook).out, piped.out);
    QCOMPARE(cliIn(QDir::tempPath(), {"-w", clone, "notebook", "strip", "-"}, notebook).out, piped.out);
}

void TestCliGitFilter::stripStdinUsesTheRepositoryPolicy()
{
    QTemporaryDir dir;
    Manifest manifest = test::teamManifest();
    manifest.policies.strip.keepOutputs = true;
    manifest.policies.strip.cellMetadataRemoved = {QStringLiteral("scrolled")};
    QVERIFY(saveManifest(manifest, dir.path()));
    const QByteArray notebook = ranNotebook();
    test::writeFile(dir.filePath(QStringLiteral("a.ipynb")), notebook);

    const auto inside = cliIn(dir.path(), {"notebook", "strip", "-"}, notebook);
    QVERIFY2(inside.exitCode == 0, qPrintable(describe(inside)));
    QCOMPARE(inside.out, *nb::stripNotebookBytes(notebook, manifest.policies.strip));
    QCOMPARE(inside.out, cliIn(dir.path(), {"notebook", "strip", "--stdout", "a.ipynb"}).out);
    QVERIFY2(inside.out.contains("\"outputs\": [\n") && inside.out.contains("\"collapsed\": true"),
             inside.out.constData());

    QTemporaryDir elsewhere; // no teamspace.json anywhere above: the defaults
    const auto outside = cliIn(elsewhere.path(), {"notebook", "strip", "-"}, notebook);
    QCOMPARE(outside.out, *nb::stripNotebookBytes(notebook, defaultStripPolicy()));
    QVERIFY(outside.out != inside.out);

    // An invalid teamspace.json is not silently replaced by the defaults.
    test::writeFile(dir.filePath(QStringLiteral("teamspace.json")), "{\"version\": 1, \"members\": 3}");
    const auto broken = cliIn(dir.path(), {"notebook", "strip", "-"}, notebook);
    QCOMPARE(broken.exitCode, 3);
    QVERIFY(broken.out.isEmpty());
    QVERIFY2(broken.err.startsWith("error: ") && broken.err.contains("teamspace.json"), broken.err.constData());
}

void TestCliGitFilter::invalidNotebookWritesNothing()
{
    QTemporaryDir dir;
    for (const QByteArray& input : {QByteArray("{\"cells\": [ broken"), QByteArray(),
                                    QByteArray("{\"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": []}")}) {
        const auto r = cliIn(dir.path(), {"notebook", "strip", "-"}, input);
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty()); // git then keeps (or, required, refuses) the original
        QVERIFY2(r.err.startsWith("error: stdin") && r.err.count('\n') == 1, r.err.constData());
    }
    const auto mixed = cliIn(dir.path(), {"notebook", "strip", "-", "a.ipynb"});
    QCOMPARE(mixed.exitCode, 2);
    QVERIFY(mixed.out.isEmpty());
}

void TestCliGitFilter::plainGitCommitEqualsSyncCommit()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString lead = team.clone(QStringLiteral("ada"));
    const QString mine = team.clone(QStringLiteral("bob"));

    // The lead installs the filter and commits .gitattributes, which travels with the repository.
    const auto installed = cliIn(lead, {"--json", "notebook", "install-filter"});
    QVERIFY2(installed.exitCode == 0, qPrintable(describe(installed)));
    QVERIFY(installed.json().value(QStringLiteral("attributesWritten")).toBool());
    QCOMPARE(test::readFile(lead + QStringLiteral("/.gitattributes")), QByteArray("*.ipynb filter=teamspace\n"));
    const QString clean = QStringLiteral(TEAMSPACE_CLI_PATH) + QStringLiteral(" notebook strip -");
    QCOMPARE(gitRun(lead, {"config", "--local", "--get", "filter.teamspace.clean"}).out, clean.toUtf8() + '\n');
    QCOMPARE(gitRun(lead, {"config", "--local", "--get", "filter.teamspace.required"}).out, QByteArray("true\n"));
    const auto again = cliIn(lead, {"--json", "notebook", "install-filter"});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QVERIFY(!again.json().value(QStringLiteral("attributesWritten")).toBool());
    QVERIFY(again.json().value(QStringLiteral("configWritten")).toArray().isEmpty());
    QCOMPARE(test::readFile(lead + QStringLiteral("/.gitattributes")), QByteArray("*.ipynb filter=teamspace\n"));
    for (const QStringList& step : {QStringList{"add", ".gitattributes"}, QStringList{"commit", "-q", "-m", "filter"},
                                    QStringList{"push", "-q", "origin", "main"}})
        QVERIFY2(gitRun(lead, step).exitCode == 0, qPrintable(describe(gitRun(lead, step))));

    // The teammate pulls it; install-filter there only sets the config.
    QVERIFY2(gitRun(mine, {"pull", "-q", "origin", "main"}).exitCode == 0, "pull");
    const auto theirs = cliIn(mine, {"notebook", "install-filter"});
    QVERIFY2(theirs.exitCode == 0 && theirs.out.startsWith("already there: *.ipynb filter=teamspace"),
             qPrintable(describe(theirs)));

    // Plain git add and commit of a notebook that has outputs.
    const QByteArray notebook = ranNotebook();
    team.write(QStringLiteral("bob"), kNotebook, notebook);
    const Git add = gitRun(mine, {"add", kNotebook});
    QVERIFY2(add.exitCode == 0, qPrintable(describe(add)));
    QVERIFY2(gitRun(mine, {"commit", "-q", "-m", "plain git"}).exitCode == 0, "commit");
    const QByteArray plainBlob = gitRun(mine, {"cat-file", "blob", "HEAD:" + kNotebook}).out;

    // The same notebook committed by a sync (the lead's own folder).
    const QString leadsCopy = QStringLiteral("notebooks/ada/plain.ipynb");
    team.write(QStringLiteral("ada"), leadsCopy, notebook);
    const auto synced = test::runCli(team.cliArgs(QStringLiteral("ada")) + QStringList{"sync"});
    QVERIFY2(synced.exitCode == 0, qPrintable(describe(synced)));
    const QByteArray syncBlob = gitRun(lead, {"cat-file", "blob", "HEAD:" + leadsCopy}).out;
    QCOMPARE(plainBlob, syncBlob);
    QCOMPARE(plainBlob, test::strippedForTeam(notebook));
    QCOMPARE(gitRun(mine, {"rev-parse", "HEAD:" + kNotebook}).out, gitRun(lead, {"rev-parse", "HEAD:" + leadsCopy}).out);

    // No phantom modification: git sees none, the working file keeps its outputs.
    QCOMPARE(gitRun(mine, {"status", "--porcelain"}).out, QByteArray());
    QCOMPARE(gitRun(mine, {"diff", "--stat", "HEAD"}).out, QByteArray());
    QCOMPARE(team.read(QStringLiteral("bob"), kNotebook), notebook);

    // Nor does Teamspace's sync (libgit2, no filters): it commits nothing for that notebook.
    const QByteArray plainCommit = gitRun(mine, {"rev-parse", "HEAD"}).out;
    const auto status = test::runCli(team.cliArgs(QStringLiteral("bob")) + QStringList{"sync", "status"});
    QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
    QVERIFY2(status.json().value(QStringLiteral("wouldDo")).toObject().value(QStringLiteral("commit")).toArray().isEmpty(),
             qPrintable(describe(status)));
    const auto bobSync = test::runCli(team.cliArgs(QStringLiteral("bob")) + QStringList{"sync"});
    QVERIFY2(bobSync.exitCode == 0, qPrintable(describe(bobSync)));
    QVERIFY2(bobSync.json().value(QStringLiteral("committed")).toArray().isEmpty(), qPrintable(describe(bobSync)));
    QCOMPARE(gitRun(mine, {"log", "-1", "--format=%H", "--", kNotebook}).out, plainCommit);
    QCOMPARE(gitRun(mine, {"cat-file", "blob", "HEAD:" + kNotebook}).out, plainBlob);
    QCOMPARE(gitRun(mine, {"status", "--porcelain"}).out, QByteArray());
    QCOMPARE(team.remoteFile(kNotebook), plainBlob);
}

void TestCliGitFilter::invalidNotebookStopsGitAdd()
{
    GitTeam team({QStringLiteral("ada"), QStringLiteral("bob")});
    QVERIFY2(team.ok(), qPrintable(team.error()));
    const QString mine = team.clone(QStringLiteral("bob"));
    QCOMPARE(cliIn(mine, {"notebook", "install-filter"}).exitCode, 0);
    const QString broken = QStringLiteral("notebooks/bob/broken.ipynb");
    team.write(QStringLiteral("bob"), broken, "{\"cells\": [ cut off");
    // required = true: the filter's failure stops the add instead of staging the file unstripped.
    const Git add = gitRun(mine, {"add", broken});
    QVERIFY2(add.exitCode != 0, qPrintable(describe(add)));
    QVERIFY2(add.err.contains("error: stdin") && add.err.contains("teamspace"), add.err.constData());
    QCOMPARE(gitRun(mine, {"ls-files", "--", broken}).out, QByteArray());
}

void TestCliGitFilter::outsideAWorkspaceAndGlobal()
{
    // A teammate's repository with no Teamspace settings: the defaults.
    QTemporaryDir dir;
    const QString repo = dir.filePath(QStringLiteral("plain"));
    QDir().mkpath(repo);
    QCOMPARE(gitRun(repo, {"init", "-q", "-b", "main"}).exitCode, 0);
    const auto installed = cliIn(repo, {"notebook", "install-filter"});
    QVERIFY2(installed.exitCode == 0, qPrintable(describe(installed)));
    const QByteArray notebook = ranNotebook();
    test::writeFile(repo + QStringLiteral("/a.ipynb"), notebook);
    QCOMPARE(gitRun(repo, {"add", "a.ipynb", ".gitattributes"}).exitCode, 0);
    QCOMPARE(gitRun(repo, {"commit", "-q", "-m", "a"}).exitCode, 0);
    QCOMPARE(gitRun(repo, {"cat-file", "blob", "HEAD:a.ipynb"}).out,
             *nb::stripNotebookBytes(notebook, defaultStripPolicy()));
    QCOMPARE(gitRun(repo, {"status", "--porcelain"}).out, QByteArray());

    // Not in a git repository: exit 2, the path and the way out named, nothing written.
    const QString bare = dir.filePath(QStringLiteral("nothing"));
    QDir().mkpath(bare);
    const auto outside = cliIn(bare, {"notebook", "install-filter"});
    QCOMPARE(outside.exitCode, 2);
    QVERIFY2(outside.err.contains(bare.toUtf8()) && outside.err.contains("--global"), outside.err.constData());
    QVERIFY(QDir(bare).isEmpty());

    // --global: the user's git configuration (the test's own HOME), no repository touched.
    const auto global = cliIn(bare, {"--json", "notebook", "install-filter", "--global"});
    QVERIFY2(global.exitCode == 0, qPrintable(describe(global)));
    QCOMPARE(global.json().value(QStringLiteral("configWritten")).toArray().size(), 2);
    QCOMPARE(global.json().value(QStringLiteral("config")).toString(), QDir::homePath() + QStringLiteral("/.gitconfig"));
    QVERIFY(QDir(bare).isEmpty());
    const QString clean = QStringLiteral(TEAMSPACE_CLI_PATH) + QStringLiteral(" notebook strip -");
    QCOMPARE(gitRun(bare, {"config", "--global", "--get", "filter.teamspace.clean"}).out, clean.toUtf8() + '\n');
    QCOMPARE(gitRun(bare, {"config", "--global", "--get", "filter.teamspace.required"}).out, QByteArray("true\n"));
    const auto globalAgain = cliIn(bare, {"--json", "notebook", "install-filter", "--global"});
    QVERIFY(globalAgain.json().value(QStringLiteral("configWritten")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliGitFilter)
#include "tst_cli_gitfilter.moc"
