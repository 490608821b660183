// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The manifest model, its validation rules, and loading/saving the file. Parsing is in ManifestParser.cpp,
// serialising in ManifestWriter.cpp.
#include "workspace/Manifest.h"

#include "util/AtomicFile.h"
#include "util/SafePath.h"
#include "workspace/ManifestFields.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace ts {

using manifest_fields::quoted;

const Member* Manifest::member(const QString& memberId) const
{
    for (const Member& m : members)
        if (m.id == memberId)
            return &m;
    return nullptr;
}

bool Manifest::isLead(const QString& memberId) const
{
    const Member* m = member(memberId);
    return m && m->role == MemberRole::Lead;
}

const NotebookAssignment* Manifest::assignment(const QString& notebookPath) const
{
    for (const NotebookAssignment& a : notebooks)
        if (a.path == notebookPath)
            return &a;
    return nullptr;
}

QList<LayoutFolder> Manifest::foldersWithRole(FolderRole role) const
{
    QList<LayoutFolder> result;
    for (const LayoutFolder& f : layout)
        if (f.role == role)
            result << f;
    return result;
}

QString toString(MemberRole role)
{
    return role == MemberRole::Lead ? QStringLiteral("lead") : QStringLiteral("member");
}

QString toString(FolderRole role)
{
    switch (role) {
    case FolderRole::Raw:
        return QStringLiteral("raw");
    case FolderRole::Processed:
        return QStringLiteral("processed");
    case FolderRole::Results:
        return QStringLiteral("results");
    case FolderRole::Checkpoints:
        return QStringLiteral("checkpoints");
    case FolderRole::Notebooks:
        return QStringLiteral("notebooks");
    case FolderRole::Models:
        return QStringLiteral("models");
    case FolderRole::Shared:
        return QStringLiteral("shared");
    }
    return QStringLiteral("shared");
}

QString toString(FolderLocation location)
{
    return location == FolderLocation::Repository ? QStringLiteral("repository") : QStringLiteral("root");
}

std::optional<FolderRole> folderRoleFromString(const QString& text)
{
    for (FolderRole role :
         {FolderRole::Raw, FolderRole::Processed, FolderRole::Results, FolderRole::Checkpoints,
          FolderRole::Notebooks, FolderRole::Models, FolderRole::Shared})
        if (toString(role) == text)
            return role;
    return std::nullopt;
}

std::optional<MemberRole> memberRoleFromString(const QString& text)
{
    if (text == QStringLiteral("lead"))
        return MemberRole::Lead;
    if (text == QStringLiteral("member"))
        return MemberRole::Member;
    return std::nullopt;
}

std::optional<FolderLocation> folderLocationFromString(const QString& text)
{
    if (text == QStringLiteral("root"))
        return FolderLocation::Root;
    if (text == QStringLiteral("repository"))
        return FolderLocation::Repository;
    return std::nullopt;
}

bool isValidMemberId(const QString& id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9._-]{0,31}")));
    return pattern.match(id).hasMatch();
}

bool isValidAccountName(const QString& account)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,38})?")));
    return pattern.match(account).hasMatch();
}

bool isValidWorkspaceId(const QString& id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9._-]{0,63}")));
    return pattern.match(id).hasMatch();
}

namespace {

const QStringList kTemplateNames = {QStringLiteral("colab-team"), QStringLiteral("ccds"),
                                    QStringLiteral("custom")};

bool hasControlCharacter(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

// Checks the rules all manifests follow; `at` builds "teamspace.json: members[2].id" style field names.
class Validator
{
public:
    explicit Validator(QString source) : m_source(std::move(source)) {}

    QString at(const QString& field) const { return m_source + QStringLiteral(": ") + field; }
    Error bad(const QString& field, const QString& what) const
    {
        return Error::badInput(at(field) + u' ' + what);
    }

    Status oneLine(const QString& field, const QString& value, int maxLength) const
    {
        if (value.trimmed().isEmpty())
            return bad(field, QStringLiteral("is empty (give a value)"));
        if (hasControlCharacter(value))
            return bad(field, quoted(value) + QStringLiteral(" contains a control character (remove it)"));
        if (value.size() > maxLength)
            return bad(field, quoted(value) + QStringLiteral(" is longer than %1 characters").arg(maxLength));
        return {};
    }

    // A path must already be in normal form: the parser normalises, code that builds manifests must too.
    Status path(const QString& field, const QString& value) const
    {
        auto normalised = normaliseRelativePath(value, at(field));
        if (!normalised)
            return normalised.error();
        if (*normalised != value)
            return bad(field,
                       quoted(value) +
                           QStringLiteral(" is not in normal form (write it as \"%1\")").arg(*normalised));
        if (value.split(u'/').contains(QStringLiteral(".git")))
            return bad(field,
                       quoted(value) + QStringLiteral(" reaches into a .git folder (choose another folder)"));
        return {};
    }

    Status unknown(const QString& where, const UnknownFields& fields, const QStringList& knownKeys) const
    {
        for (const auto& [key, json] : fields) {
            const QString field = where.isEmpty() ? key : where + u'.' + key;
            if (knownKeys.contains(key))
                return bad(field,
                           QStringLiteral("is a known field and cannot also be kept as an unknown one"));
            QJsonParseError error;
            QJsonDocument::fromJson("[" + json + "]", &error);
            if (error.error != QJsonParseError::NoError)
                return bad(field, QStringLiteral("holds text that is not JSON"));
        }
        return {};
    }

private:
    QString m_source;
};

Status validateMembers(const Validator& v, const QList<Member>& members)
{
    if (members.isEmpty())
        return v.bad(QStringLiteral("members"),
                     QStringLiteral("is empty (a workspace needs at least its lead)"));
    QSet<QString> seen;
    bool hasLead = false;
    for (int i = 0; i < members.size(); ++i) {
        const Member& m = members.at(i);
        const QString at = QStringLiteral("members[%1]").arg(i);
        if (!isValidMemberId(m.id))
            return v.bad(at + QStringLiteral(".id"),
                         quoted(m.id) + QStringLiteral(" is not a valid member id (use a-z, 0-9, . _ -)"));
        if (seen.contains(m.id))
            return v.bad(at + QStringLiteral(".id"),
                         quoted(m.id) + QStringLiteral(" is listed twice (member ids must be unique)"));
        seen.insert(m.id);
        if (auto ok = v.oneLine(at + QStringLiteral(".name"), m.name, 200); !ok)
            return ok;
        if (auto ok = v.oneLine(at + QStringLiteral(".email"), m.email, 254); !ok)
            return ok;
        static const QRegularExpression email(
            QRegularExpression::anchoredPattern(QStringLiteral("[^@\\s<>]+@[^@\\s<>]+")));
        if (!email.match(m.email).hasMatch())
            return v.bad(at + QStringLiteral(".email"),
                         quoted(m.email) + QStringLiteral(" is not an e-mail address (name@host)"));
        if (m.quotaBytes && *m.quotaBytes < 0)
            return v.bad(at + QStringLiteral(".quotaBytes"),
                         QStringLiteral("is negative (give a size in bytes, or leave it out)"));
        if (!m.account.isEmpty() && !isValidAccountName(m.account))
            return v.bad(at + QStringLiteral(".account"),
                         quoted(m.account) +
                             QStringLiteral(" is not a git-host account name (letters, digits, . _ -, "
                                            "as in @name; or leave it out)"));
        hasLead = hasLead || m.role == MemberRole::Lead;
        if (auto ok = v.unknown(at, m.unknown, manifest_fields::kMember); !ok)
            return ok;
    }
    if (!hasLead)
        return v.bad(QStringLiteral("members"),
                     QStringLiteral("has no member with role \"lead\" (make one member the lead)"));
    return {};
}

Status validateLayout(const Validator& v, const QList<LayoutFolder>& layout)
{
    QSet<QString> seen;
    for (int i = 0; i < layout.size(); ++i) {
        const LayoutFolder& f = layout.at(i);
        const QString at = QStringLiteral("layout[%1]").arg(i);
        if (auto ok = v.path(at + QStringLiteral(".path"), f.path); !ok)
            return ok;
        const QString key = toString(f.location) + u':' + f.path;
        if (seen.contains(key))
            return v.bad(at + QStringLiteral(".path"),
                         quoted(f.path) +
                             QStringLiteral(" is listed twice in the %1 (layout paths must be unique)")
                                 .arg(f.location == FolderLocation::Root ? QStringLiteral("shared folder")
                                                                         : QStringLiteral("repository")));
        seen.insert(key);
        if (auto ok = v.unknown(at, f.unknown, manifest_fields::kLayoutFolder); !ok)
            return ok;
    }
    return {};
}

Status validateNotebooks(const Validator& v, const Manifest& manifest)
{
    QSet<QString> seen;
    for (int i = 0; i < manifest.notebooks.size(); ++i) {
        const NotebookAssignment& a = manifest.notebooks.at(i);
        const QString at = QStringLiteral("notebooks[%1]").arg(i);
        if (auto ok = v.path(at + QStringLiteral(".path"), a.path); !ok)
            return ok;
        if (!a.path.endsWith(QStringLiteral(".ipynb")))
            return v.bad(at + QStringLiteral(".path"),
                         quoted(a.path) + QStringLiteral(" is not a notebook (the name must end in .ipynb)"));
        if (seen.contains(a.path))
            return v.bad(at + QStringLiteral(".path"),
                         quoted(a.path) + QStringLiteral(" is assigned twice (one entry per notebook)"));
        seen.insert(a.path);
        if (!manifest.member(a.owner))
            return v.bad(
                at + QStringLiteral(".owner"),
                quoted(a.owner) +
                    QStringLiteral(" is not a member (add the member first, or choose one from members)"));
        if (!a.runner.isEmpty() && !manifest.member(a.runner))
            return v.bad(
                at + QStringLiteral(".runner"),
                quoted(a.runner) +
                    QStringLiteral(" is not a member (add the member first, or choose one from members)"));
        if (a.expectedOutputBytes && *a.expectedOutputBytes < 0)
            return v.bad(at + QStringLiteral(".expectedOutputBytes"),
                         QStringLiteral("is negative (give a size in bytes, or leave it out)"));
        if (a.accelerator && !kAccelerators.contains(*a.accelerator))
            return v.bad(at + QStringLiteral(".accelerator"),
                         quoted(*a.accelerator) +
                             QStringLiteral(" is not an accelerator (use CPU, GPU or TPU, or leave it out)"));
        if (auto ok = v.unknown(at, a.unknown, manifest_fields::kNotebook); !ok)
            return ok;
    }
    return {};
}

Status validatePolicies(const Validator& v, const Policies& p)
{
    const struct
    {
        const char* field;
        qint64 value;
    } positives[] = {
        {"policies.splitThresholdBytes", p.splitThresholdBytes},
        {"policies.folderEntryLimit", p.folderEntryLimit},
        {"policies.rootEntryLimit", p.rootEntryLimit},
        {"policies.checkpointMaxAgeSeconds", p.checkpointMaxAgeSeconds},
        {"policies.largeFileGateBytes", p.largeFileGateBytes},
    };
    for (const auto& positive : positives)
        if (positive.value <= 0)
            return v.bad(QLatin1String(positive.field),
                         QStringLiteral("must be greater than 0 (got %1)").arg(positive.value));
    const struct
    {
        const char* field;
        const QStringList* keys;
    } lists[] = {
        {"policies.strip.cellMetadataRemoved", &p.strip.cellMetadataRemoved},
        {"policies.strip.notebookMetadataRemoved", &p.strip.notebookMetadataRemoved},
    };
    for (const auto& list : lists)
        for (int i = 0; i < list.keys->size(); ++i)
            if (auto ok = v.oneLine(QStringLiteral("%1[%2]").arg(QLatin1String(list.field)).arg(i),
                                    list.keys->at(i), 200);
                !ok)
                return ok;
    if (auto ok = v.unknown(QStringLiteral("policies"), p.unknown, manifest_fields::kPolicies); !ok)
        return ok;
    return v.unknown(QStringLiteral("policies.strip"), p.strip.unknown, manifest_fields::kStrip);
}

} // namespace

Status validateManifest(const Manifest& manifest, const QString& source)
{
    const Validator v(source);
    if (manifest.version != Manifest::kCurrentVersion)
        return v.bad(QStringLiteral("version"), QStringLiteral("is %1; this Teamspace writes version %2")
                                                    .arg(manifest.version)
                                                    .arg(Manifest::kCurrentVersion));
    if (!isValidWorkspaceId(manifest.id))
        return v.bad(QStringLiteral("id"),
                     quoted(manifest.id) +
                         QStringLiteral(" is not a valid workspace id (use a-z, 0-9, . _ -, at most 64)"));
    if (auto ok = v.oneLine(QStringLiteral("name"), manifest.name, 200); !ok)
        return ok;
    if (!manifest.templateName.isEmpty() && !kTemplateNames.contains(manifest.templateName))
        return v.bad(QStringLiteral("template"),
                     quoted(manifest.templateName) + QStringLiteral(" is not a known template (use %1)")
                                                         .arg(kTemplateNames.join(QStringLiteral(", "))));
    if (auto ok = validateMembers(v, manifest.members); !ok)
        return ok;
    if (auto ok = validateLayout(v, manifest.layout); !ok)
        return ok;
    if (auto ok = validateNotebooks(v, manifest); !ok)
        return ok;
    if (auto ok = validatePolicies(v, manifest.policies); !ok)
        return ok;
    return v.unknown(QString(), manifest.unknown, manifest_fields::kTop);
}

Result<Manifest> loadManifest(const QString& workspaceDir)
{
    const QString path = QDir(workspaceDir).filePath(QString::fromLatin1(kManifestFileName));
    auto bytes = readFileLimited(path, kManifestMaxBytes);
    if (!bytes)
        return bytes.error();
    // Field errors name the file as people see it in the repository (`teamspace.json: members[2].id …`).
    return parseManifest(*bytes, QString::fromLatin1(kManifestFileName));
}

Status saveManifest(const Manifest& manifest, const QString& workspaceDir)
{
    if (auto ok = validateManifest(manifest); !ok)
        return ok;
    // Replaced whole or not at all, never through a link (see AtomicFile.h): a full disk keeps the old
    // manifest.
    return writeFileBeneath(workspaceDir, QString::fromLatin1(kManifestFileName),
                            serializeManifest(manifest));
}

} // namespace ts
