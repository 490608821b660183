// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Compares the manifest's layout with the folders on disk (drift) and creates what is missing. It never
// deletes, moves or renames anything: a file standing where a folder should be is reported, not replaced.
#pragma once

#include "util/Result.h"
#include "workspace/Workspace.h"

namespace ts {

enum class FolderState {
    Present,
    Missing,
    NotAFolder, // the path, or one of its parents, is a file (or a symlink to one)
};

QString toString(FolderState state); // "present", "missing", "not-a-folder"
// "shared folder" or "repository", for sentences.
QString locationName(FolderLocation location);

// One folder the layout asks for: a plain layout folder, or a member's sub-folder of a per-member one.
struct ExpectedFolder
{
    FolderLocation location = FolderLocation::Root;
    QString path; // relative to its location's top: "results/ana"
    FolderRole role = FolderRole::Shared;
    QString member; // set for a member's sub-folder
    FolderState state = FolderState::Missing;
    QString blocker; // NotAFolder: the relative path of the file in the way
};

struct LayoutStatus
{
    QList<ExpectedFolder> folders;
    // Entries at the top of the shared folder that no layout folder accounts for (hidden entries are not
    // counted: mounts and sync clients keep their own there).
    QStringList unexpected;
    // No shared folder is set on this machine: `folders` lists the repository's folders only.
    bool sharedFolderUnknown = false;

    bool hasDrift() const;
    QList<ExpectedFolder> withState(FolderState state) const;
};

struct LayoutApplyReport
{
    QList<ExpectedFolder> created;
    QList<ExpectedFolder> blocked; // a file in the way: left alone, reported
    // Shared-folder folders not created because no shared folder is set on this machine (a member's folders
    // when a member is added; a whole apply is refused instead).
    QList<ExpectedFolder> noSharedFolder;
    int alreadyPresent = 0;
    bool changedAnything() const { return !created.isEmpty(); }
};

class LayoutPlanner
{
public:
    explicit LayoutPlanner(const Workspace& workspace) : m_workspace(workspace) {}

    // What the layout asks for, in layout order, each per-member folder followed by its members' sub-folders
    // (only `member`'s when given). States are not filled in.
    QList<ExpectedFolder> expectedFolders(const QString& member = {}) const;

    // The state of every expected folder and the unexpected top-level entries. BadInput when a layout path
    // leads through a symlink out of the shared folder or the repository.
    Result<LayoutStatus> inspect() const;

    // Creates the missing folders (only `member`'s sub-folders and the folders above them when given).
    // Every path is checked before the first folder is created: a hostile layout changes nothing.
    Result<LayoutApplyReport> apply(const QString& member = {}) const;

private:
    QString topOf(FolderLocation location) const;
    Status checkInside(const ExpectedFolder& folder) const;
    void fillState(ExpectedFolder& folder) const;
    QStringList unexpectedTopLevelEntries() const;

    const Workspace& m_workspace;
};

} // namespace ts
