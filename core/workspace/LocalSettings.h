// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Per-machine facts about a workspace, never shared: who I am in it and where its shared folder is mounted.
// Stored with QSettings under the user's config folder (file 0600, folder 0700), keyed by a local state key:
// the workspace id for the first repository that opened it, the id plus a hash of the repository path for any
// other repository whose manifest carries the same id (a copied teamspace.json must not reach another team's
// shared folder, identity or database).
#pragma once

#include <QString>
#include <QStringList>

namespace ts {

class LocalSettings
{
public:
    // The key of the local state of the repository `repoDir` (canonical) whose manifest says `workspaceId`.
    // Remembers which repository a key belongs to: the first repository to open an id keeps the id itself
    // (and state written before keys remembered their repository); another repository with the same id gets
    // "<id>~<12 hex digits of SHA-256 of its path>", with its own settings and database folder.
    static QString stateKey(const QString& workspaceId, const QString& repoDir);
    // The repository a key belongs to (empty when nothing was remembered yet).
    static QString repositoryOf(const QString& stateKey);

    static QString memberId(const QString& stateKey);
    static void setMemberId(const QString& stateKey, const QString& memberId);
    static QString rootPath(const QString& stateKey);
    static void setRootPath(const QString& stateKey, const QString& rootPath);

    // Most recent first, at most 10, only folders that still exist.
    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString& workspaceDir);

    // The main window as it was last closed (QMainWindow::saveGeometry) and the area it showed last.
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QString lastPanel();
    static void setLastPanel(const QString& panelId);

    // Remotes (sync::credentialKeyFor: the URL without user name or password) whose credential is read
    // through git's credential helpers (`teamspace-cli credentials use-git-helper`), sorted.
    static QStringList gitCredentialHelperRemotes();
    static bool usesGitCredentialHelper(const QString& remoteKey);
    static void setUsesGitCredentialHelper(const QString& remoteKey, bool use);

    // The settings file (for tests and messages).
    static QString fileName();
};

} // namespace ts
