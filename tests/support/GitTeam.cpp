// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "GitTeam.h"

#include "TestEnv.h"

#include "notebooks/NotebookStripper.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace ts::test {

QByteArray makeNotebook(const QString& source, int outputBytes)
{
    QJsonObject output{{QStringLiteral("output_type"), QStringLiteral("stream")},
                       {QStringLiteral("name"), QStringLiteral("stdout")},
                       {QStringLiteral("text"), QJsonArray{QString(outputBytes, u'x')}}};
    QJsonObject cell{{QStringLiteral("cell_type"), QStringLiteral("code")},
                     {QStringLiteral("execution_count"), 1},
                     {QStringLiteral("metadata"), QJsonObject{}},
                     {QStringLiteral("outputs"), QJsonArray{output}},
                     {QStringLiteral("source"), QJsonArray{source}}};
    QJsonObject kernel{{QStringLiteral("name"), QStringLiteral("python3")},
                       {QStringLiteral("display_name"), QStringLiteral("Python 3")},
                       {QStringLiteral("language"), QStringLiteral("python")}};
    QJsonObject notebook{{QStringLiteral("cells"), QJsonArray{cell}},
                         {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("kernelspec"), kernel}}},
                         {QStringLiteral("nbformat"), 4},
                         {QStringLiteral("nbformat_minor"), 5}};
    return QJsonDocument(notebook).toJson(QJsonDocument::Indented);
}

Manifest teamManifest()
{
    Manifest manifest;
    manifest.id = QStringLiteral("team-sync-test");
    manifest.name = QStringLiteral("Sync test team");
    manifest.templateName = QStringLiteral("colab-team");
    manifest.members = {
        Member{QStringLiteral("ada"),
               QStringLiteral("Ada Lovelace"),
               QStringLiteral("ada@example.org"),
               MemberRole::Lead,
               {},
               {}},
        Member{QStringLiteral("bob"),
               QStringLiteral("Bob Babbage"),
               QStringLiteral("bob@example.org"),
               MemberRole::Member,
               {},
               {}},
        Member{QStringLiteral("cy"),
               QStringLiteral("Cy Hopper"),
               QStringLiteral("cy@example.org"),
               MemberRole::Member,
               {},
               {}},
    };
    LayoutFolder notebooks;
    notebooks.path = QStringLiteral("notebooks");
    notebooks.role = FolderRole::Notebooks;
    notebooks.location = FolderLocation::Repository;
    notebooks.perMember = true;
    manifest.layout = {notebooks};
    NotebookAssignment shared;
    shared.path = QStringLiteral("notebooks/shared/analysis.ipynb");
    shared.owner = QStringLiteral("bob");
    manifest.notebooks = {shared};
    manifest.policies.strip = defaultStripPolicy();
    return manifest;
}

GitTeam::GitTeam(const QStringList& members) : m_manifest(teamManifest())
{
    const QString lead = members.value(0);
    if (!git::GitRepository::initBare(remote())) {
        m_error = QStringLiteral("cannot create the remote");
        return;
    }
    auto first = git::GitRepository::clone(remote(), clone(lead));
    if (!first) {
        m_error = first.error().message;
        return;
    }
    writeFile(clone(lead) + QStringLiteral("/teamspace.json"), serializeManifest(m_manifest));
    for (const Member& member : m_manifest.members) {
        auto stripped = nb::stripNotebookBytes(makeNotebook(QStringLiteral("print('%1')").arg(member.id)),
                                               m_manifest.policies.strip);
        writeFile(clone(lead) + QStringLiteral("/notebooks/%1/intro.ipynb").arg(member.id), *stripped);
    }
    auto shared =
        nb::stripNotebookBytes(makeNotebook(QStringLiteral("shared = 1")), m_manifest.policies.strip);
    writeFile(clone(lead) + QStringLiteral("/notebooks/shared/analysis.ipynb"), *shared);
    auto commit = first->commitAll(QStringLiteral("Create workspace"),
                                   {m_manifest.members[0].name, m_manifest.members[0].email});
    if (!commit) {
        m_error = commit.error().message;
        return;
    }
    if (auto pushed = first->push(QStringLiteral("origin"), QStringLiteral("main")); !pushed) {
        m_error = pushed.error().message;
        return;
    }
    for (const QString& member : members.mid(1)) {
        if (auto cloned = git::GitRepository::clone(remote(), clone(member)); !cloned) {
            m_error = cloned.error().message;
            return;
        }
    }
}

sync::SyncJob GitTeam::job(const QString& member) const
{
    sync::SyncJob job;
    job.repoDir = clone(member);
    job.me = member;
    job.manifest = m_manifest;
    job.journalPath = journal(member);
    job.strip = [](QByteArray bytes, const StripPolicy& policy, const QString& source) {
        return nb::stripNotebookBytes(std::move(bytes), policy, source);
    };
    return job;
}

Result<sync::SyncReport> GitTeam::sync(const QString& member) const
{
    return sync::SyncEngine::run(job(member));
}

void GitTeam::write(const QString& member, const QString& relative, const QByteArray& bytes) const
{
    writeFile(clone(member) + u'/' + relative, bytes);
}

QByteArray GitTeam::read(const QString& member, const QString& relative) const
{
    return readFile(clone(member) + u'/' + relative);
}

QByteArray GitTeam::remoteFile(const QString& relative, bool* exists) const
{
    QProcess process;
    process.setWorkingDirectory(remote());
    process.start(QStringLiteral("git"), {QStringLiteral("show"), QStringLiteral("main:") + relative});
    process.waitForFinished(30000);
    if (exists)
        *exists = process.exitCode() == 0;
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

QStringList GitTeam::remoteFiles() const
{
    return git(remote(), {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"),
                          QStringLiteral("main")})
        .split(u'\n', Qt::SkipEmptyParts);
}

QString GitTeam::remoteHead() const
{
    return git(remote(), {QStringLiteral("rev-parse"), QStringLiteral("main")});
}

QString GitTeam::git(const QString& dir, const QStringList& args) const
{
    return runGit(dir, args);
}

QString runGit(const QString& dir, const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

int runGitAs(const QString& dir, const QString& member, const QStringList& args, QString* output)
{
    const Member* m = teamManifest().member(member);
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=") + m->name,
                              QStringLiteral("-c"), QStringLiteral("user.email=") + m->email} +
                      args);
    const bool finished = process.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray strippedForTeam(const QByteArray& notebook)
{
    return *nb::stripNotebookBytes(notebook, teamManifest().policies.strip);
}

QByteArray teamNotebook(const CodeCells& cells)
{
    QJsonArray list;
    for (const auto& [id, source] : cells)
        list.append(QJsonObject{{QStringLiteral("cell_type"), QStringLiteral("code")},
                                {QStringLiteral("execution_count"), QJsonValue::Null},
                                {QStringLiteral("id"), id},
                                {QStringLiteral("metadata"), QJsonObject{}},
                                {QStringLiteral("outputs"), QJsonArray{}},
                                {QStringLiteral("source"), source}});
    const QJsonObject notebook{{QStringLiteral("cells"), list},
                               {QStringLiteral("metadata"), QJsonObject{}},
                               {QStringLiteral("nbformat"), 4},
                               {QStringLiteral("nbformat_minor"), 5}};
    return strippedForTeam(QJsonDocument(notebook).toJson(QJsonDocument::Indented));
}

QString syncMessage(const Result<sync::SyncReport>& result)
{
    return result.ok() ? QString() : result.error().message;
}

Result<sync::SyncReport> GitTeam::publishSharedLayout() const
{
    Manifest manifest = m_manifest;
    LayoutFolder raw;
    raw.path = QStringLiteral("data/raw");
    raw.role = FolderRole::Raw;
    LayoutFolder results;
    results.path = QStringLiteral("results");
    results.role = FolderRole::Results;
    manifest.layout << raw << results;
    writeFile(clone(QStringLiteral("ada")) + QStringLiteral("/teamspace.json"), serializeManifest(manifest));
    return sync(QStringLiteral("ada"));
}

Workspace GitTeam::workspace(const QString& member) const
{
    Workspace ws;
    ws.repoDir = clone(member);
    ws.rootDir = ws.repoDir;
    ws.me = member;
    ws.databasePath = index(member);
    ws.manifest = m_manifest;
    return ws;
}

QStringList GitTeam::cliArgs(const QString& member, bool json) const
{
    QStringList args{QStringLiteral("-w"),      clone(member), QStringLiteral("--as"), member,
                     QStringLiteral("--index"), index(member)};
    if (json)
        args << QStringLiteral("--json");
    return args;
}

} // namespace ts::test
