// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// A team of members with separate clones of one bare remote, for sync tests: the lead creates the
// workspace (teamspace.json + notebooks) and pushes it, each member clones it. Everything is real git.
#pragma once

#include "sync/SyncTypes.h"
#include "workspace/Workspace.h"

#include <QMap>
#include <QTemporaryDir>

namespace ts::test {

// Runs the git command line in `dir` (the independent witness of what libgit2 did); stdout trimmed.
QString runGit(const QString& dir, const QStringList& args);

// Runs the git command line in `dir` as `member` of the team manifest (user.name and user.email as a
// plain-git teammate has them), 60 s at most. Returns git's exit code (-1 when it crashed or timed out) and,
// in `output`, its stdout followed by its stderr.
int runGitAs(const QString& dir, const QString& member, const QStringList& args, QString* output = nullptr);

// A small nbformat-4 notebook: one code cell with `source` and a stream output of `outputBytes` bytes.
QByteArray makeNotebook(const QString& source, int outputBytes = 64);

// The manifest used by the team: ada (lead), bob, cy; notebooks/<member>/ per member;
// notebooks/shared/analysis.ipynb assigned to bob.
Manifest teamManifest();

// `notebook` as the team manifest's strip policy leaves it (what a sync commits).
QByteArray strippedForTeam(const QByteArray& notebook);

// Code cells given as (id, source), no outputs.
using CodeCells = QList<QPair<QString, QString>>;
// An nbformat 4.5 notebook of those cells, as a sync commits it (stripped by the team manifest's policy).
QByteArray teamNotebook(const CodeCells& cells);

// The error message of a sync that failed; empty when it succeeded (for QVERIFY2).
QString syncMessage(const Result<sync::SyncReport>& result);

class GitTeam
{
public:
    // Creates <tmp>/remote.git and the lead's clone with the initial commit (teamspace.json and one notebook
    // per member), pushed. `members` get their own clone each (the lead's clone is `members[0]`'s).
    explicit GitTeam(const QStringList& members = {QStringLiteral("ada"), QStringLiteral("bob"),
                                                   QStringLiteral("cy")});

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    QString root() const { return m_dir.path(); }
    QString remote() const { return m_dir.path() + QStringLiteral("/remote.git"); }
    QString clone(const QString& member) const { return m_dir.path() + QStringLiteral("/clones/") + member; }
    QString journal(const QString& member) const
    {
        return m_dir.path() + QStringLiteral("/local/") + member + QStringLiteral("/sync-journal.json");
    }
    // The member's local index (outside the clone, as the real one is).
    QString index(const QString& member) const
    {
        return m_dir.path() + QStringLiteral("/local/") + member + QStringLiteral("/index.sqlite");
    }
    const Manifest& manifest() const { return m_manifest; }
    // The member's clone as an opened workspace: the clone is also its shared folder, `member` acts.
    Workspace workspace(const QString& member) const;
    // `-w CLONE --as MEMBER --index INDEX [--json]`: what every CLI test of the team passes first.
    QStringList cliArgs(const QString& member, bool json = true) const;

    // A job for `member` with the real stripper and the team manifest.
    sync::SyncJob job(const QString& member) const;
    Result<sync::SyncReport> sync(const QString& member) const;

    // The lead (ada) adds shared-folder layout folders (data/raw, results) to teamspace.json and syncs, so
    // that a shared folder can be recognised as this team's (services::checkSharedFolder). manifest() is
    // unchanged.
    Result<sync::SyncReport> publishSharedLayout() const;

    void write(const QString& member, const QString& relative, const QByteArray& bytes) const;
    QByteArray read(const QString& member, const QString& relative) const;
    // The file as the remote's main branch holds it (git show), empty + false when absent.
    QByteArray remoteFile(const QString& relative, bool* exists = nullptr) const;
    QStringList remoteFiles() const;
    QString remoteHead() const;
    // Runs git in a clone (or the remote); returns stdout trimmed.
    QString git(const QString& dir, const QStringList& args) const;

private:
    QTemporaryDir m_dir;
    Manifest m_manifest;
    QString m_error;
};

} // namespace ts::test
