// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The workspace manifest (teamspace.json): the team, the layout, notebook assignments and policies.
// It arrives through other people's pushes, so parsing is strict and every path in it is checked.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ts {

// Fields this version does not know, kept verbatim (key → compact JSON text) in the order they were read,
// so that a rewrite by an older Teamspace loses nothing a newer one wrote.
using UnknownFields = QList<std::pair<QString, QByteArray>>;

enum class MemberRole { Lead, Member };

struct Member
{
    QString id;    // slug: [a-z0-9][a-z0-9._-]{0,31}
    QString name;  // display name
    QString email; // git identity
    MemberRole role = MemberRole::Member;
    std::optional<qint64> quotaBytes; // none: no quota known
    UnknownFields unknown;
    // The member's account name on the git host ("octocat", or "group/user" on GitLab), for CODEOWNERS;
    // empty: none given. Last, with a default, so that existing aggregate initialisations stay complete.
    QString account{};

    friend bool operator==(const Member&, const Member&) = default;
};

// What a layout folder holds; decides attribution (kind) in the index and protection of raw data.
enum class FolderRole { Raw, Processed, Results, Checkpoints, Notebooks, Models, Shared };

// Where a layout folder lives: the shared folder (ROOT_PATH) or the notebook repository.
enum class FolderLocation { Root, Repository };

struct LayoutFolder
{
    QString path; // relative to its location's top, normalised; for per-member folders the parent
    FolderRole role = FolderRole::Shared;
    FolderLocation location = FolderLocation::Root;
    bool perMember = false; // one sub-folder per member: <path>/<member id>/
    UnknownFields unknown;

    friend bool operator==(const LayoutFolder&, const LayoutFolder&) = default;
};

struct NotebookAssignment
{
    QString path;   // repository-relative .ipynb path
    QString owner;  // member id: the only editor
    QString runner; // member id: whose storage pays for outputs; empty = not chosen yet
    std::optional<qint64> expectedOutputBytes;
    // The runtime the lead planned: "CPU", "GPU" or "TPU" (kAccelerators); none = not planned (the notebook's
    // own metadata then tells, nb::NotebookFacts::accelerator). Any other value is refused when parsed.
    std::optional<QString> accelerator;
    UnknownFields unknown;

    friend bool operator==(const NotebookAssignment&, const NotebookAssignment&) = default;
};

// The accelerators an assignment may plan, in the order a picker offers them.
inline const QStringList kAccelerators{QStringLiteral("CPU"), QStringLiteral("GPU"), QStringLiteral("TPU")};

struct StripPolicy
{
    QStringList cellMetadataRemoved;     // defaults in Manifest.cpp (collapsed, scrolled, ExecuteTime, …)
    QStringList notebookMetadataRemoved; // defaults: signature, widgets, colab.provenance (dotted = nested)
    bool keepOutputs = false; // true: never clear outputs (cells with keep_output always keep them)
    UnknownFields unknown;

    friend bool operator==(const StripPolicy&, const StripPolicy&) = default;
};

// What the stripper removes unless the manifest says otherwise.
StripPolicy defaultStripPolicy();

struct Policies
{
    qint64 splitThresholdBytes = 5'000'000'000; // files above this hit hidden download quotas on Drive
    int folderEntryLimit = 1000;                // direct entries per folder before mounts time out
    int rootEntryLimit = 50;                    // entries at the top of the shared folder
    qint64 checkpointMaxAgeSeconds = 2 * 3600;  // older checkpoints are work at risk
    qint64 largeFileGateBytes = 50'000'000;     // sync refuses files above this
    StripPolicy strip = defaultStripPolicy();
    UnknownFields unknown;

    friend bool operator==(const Policies&, const Policies&) = default;
};

struct Manifest
{
    static constexpr int kCurrentVersion = 1;

    int version = kCurrentVersion;
    QString id; // stable workspace id (slug or UUID); keys local settings and the local database
    QString name;
    QString templateName; // "colab-team" or "ccds"
    QList<Member> members;
    QList<LayoutFolder> layout;
    QList<NotebookAssignment> notebooks; // sorted by path
    Policies policies;
    UnknownFields unknown;

    const Member* member(const QString& memberId) const;
    bool isLead(const QString& memberId) const;
    const NotebookAssignment* assignment(const QString& notebookPath) const;
    QList<LayoutFolder> foldersWithRole(FolderRole role) const;

    friend bool operator==(const Manifest&, const Manifest&) = default;
};

QString toString(MemberRole role);
QString
toString(FolderRole role); // "raw", "processed", "results", "checkpoints", "notebooks", "models", "shared"
QString toString(FolderLocation location); // "root", "repository"
std::optional<FolderRole> folderRoleFromString(const QString& text);

std::optional<MemberRole> memberRoleFromString(const QString& text);
std::optional<FolderLocation> folderLocationFromString(const QString& text);

bool isValidMemberId(const QString& id);
// A git-host account name as CODEOWNERS takes it after '@': [A-Za-z0-9][A-Za-z0-9._-]{0,38}, optionally
// "group/name".
bool isValidAccountName(const QString& account);
// Workspace ids key local settings and the local database folder: [a-z0-9][a-z0-9._-]{0,63}.
bool isValidWorkspaceId(const QString& id);

// Manifest file name at the top of the notebook repository.
inline constexpr const char* kManifestFileName = "teamspace.json";
// Manifests larger than this are refused unread (a real team's manifest is a few kilobytes).
inline constexpr qint64 kManifestMaxBytes = 4 * 1024 * 1024;

// Parses and validates. `source` names the file in messages. Errors are BadInput and name the field:
// `teamspace.json: members[2].id "../x" is not a valid member id (use a-z, 0-9, . _ -)`.
Result<Manifest> parseManifest(const QByteArray& json,
                               const QString& source = QString::fromLatin1(kManifestFileName));
// Reads <workspaceDir>/teamspace.json (size-limited) and parses it.
Result<Manifest> loadManifest(const QString& workspaceDir);
// Checks an in-memory manifest with the same rules as parsing (before saving an edited one).
Status validateManifest(const Manifest& manifest,
                        const QString& source = QString::fromLatin1(kManifestFileName));
// Stable output: fixed key order for known fields, unknown fields after them in their original order,
// two-space indent, trailing newline. parse(serialize(m)) == m.
QByteArray serializeManifest(const Manifest& manifest);
// Validates, then writes <workspaceDir>/teamspace.json atomically.
Status saveManifest(const Manifest& manifest, const QString& workspaceDir);

} // namespace ts
