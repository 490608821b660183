// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Compare-and-swap edits of teamspace.json. Several programs edit the manifest of one repository (the CLI,
// the GUI kept open by a lead), each from the copy it read earlier. An edit is therefore a function of the
// manifest it is applied to, not a whole manifest to write: editManifest takes the lock file next to
// teamspace.json, re-reads the file, and applies the edit to what is there now. When the file changed since
// the workspace read it, the edit is first asked whether it still makes sense (adding gina to a file that now
// has frank does, and keeps both; changing frank after someone else removed him does not, and is refused,
// naming what changed). A stale copy is never written back.
#pragma once

#include "workspace/Workspace.h"

#include <functional>

namespace ts {

struct ManifestEdit
{
    // The change, applied to the current content of teamspace.json (which equals ws.manifest when nobody else
    // wrote it). Returns the updated manifest, or an error that refuses the edit (returned as is, nothing
    // written). Runs under the lock: it must be quick and must not write files.
    std::function<Result<Manifest>(const Manifest& current)> apply;
    // Asked only when teamspace.json changed since the workspace read it: what changed that makes this edit
    // wrong, as "member frank was removed by someone else", or an empty string when the edit still makes
    // sense on `current` (then `apply` runs on it). `base` is the manifest the edit was made from
    // (ws.manifest). Not set: `apply` alone decides.
    std::function<QString(const Manifest& base, const Manifest& current)> conflict;
};

struct ManifestEditReport
{
    Manifest before;        // the file's content the edit was applied to
    Manifest after;         // what was written (ws.manifest now)
    bool reapplied = false; // the file had changed since it was read: the edit was applied to the new content
    bool written = false;   // false when the edit changed nothing (the file was left as it was)
};

// Applies `edit` to teamspace.json in ws.repoDir, compare-and-swap under the lock (ManifestLock.h), and
// writes the result atomically (validated first). Afterwards ws.manifest and ws.manifestBytes are the file
// as written. Refusals change neither the file nor `ws`:
// - the file changed and `edit.conflict` names a reason: Failed, "teamspace.json changed since it was read:
//   member frank was removed by someone else; reload and try again";
// - the current file cannot be read or parsed: its error (BadInput for a broken manifest), prefixed with
//   "teamspace.json changed since it was read and cannot be edited: ";
// - `edit.apply` refuses, or the lock is held too long by another program.
Result<ManifestEditReport> editManifest(Workspace& ws, const ManifestEdit& edit);

// What another writer did to member `memberId` between `base` and `current`: "member frank was removed by
// someone else", "… was added by someone else", "… was changed by someone else", or empty when the member is
// the same in both (absent from both included).
QString memberConflict(const Manifest& base, const Manifest& current, const QString& memberId);
// The same for the assignment of the notebook at `path`: "the assignment of notebooks/a.ipynb was changed by
// someone else" (added, removed, changed), or empty.
QString assignmentConflict(const Manifest& base, const Manifest& current, const QString& path);

} // namespace ts
