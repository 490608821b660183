// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/ManifestMigration.h"

namespace ts {

const std::vector<ManifestUpgradeStep>& manifestUpgradeSteps()
{
    static const std::vector<ManifestUpgradeStep> steps;
    return steps;
}

Status upgradeManifestJson(rapidjson::Document& document, const QString& source, int targetVersion,
                           const std::vector<ManifestUpgradeStep>& steps)
{
    if (!document.IsObject())
        return Error::badInput(QStringLiteral("%1: the top level must be a JSON object").arg(source));
    const auto found = document.FindMember("version");
    if (found == document.MemberEnd())
        return Error::badInput(
            QStringLiteral("%1: version is missing (a Teamspace manifest starts with \"version\": %2)")
                .arg(source)
                .arg(targetVersion));
    if (!found->value.IsInt())
        return Error::badInput(
            QStringLiteral("%1: version must be a whole number (it is %2 in manifests of this Teamspace)")
                .arg(source)
                .arg(targetVersion));
    int version = found->value.GetInt();
    if (version < 1)
        return Error::badInput(
            QStringLiteral("%1: version %2 is not a manifest version (versions start at 1)")
                .arg(source)
                .arg(version));
    if (version > targetVersion)
        return Error::badInput(
            QStringLiteral("%1: version %2 was written by a newer Teamspace (this one reads up to %3); "
                           "update Teamspace to open this workspace")
                .arg(source)
                .arg(version)
                .arg(targetVersion));
    while (version < targetVersion) {
        const ManifestUpgradeStep* step = nullptr;
        for (const ManifestUpgradeStep& candidate : steps)
            if (candidate.fromVersion == version)
                step = &candidate;
        if (!step)
            return Error::badInput(QStringLiteral("%1: no upgrade from version %2 to %3 is known")
                                       .arg(source)
                                       .arg(version)
                                       .arg(version + 1));
        if (auto ok = step->upgrade(document, document.GetAllocator()); !ok)
            return ok.error().prefixed(QStringLiteral("%1: upgrading from version %2 (%3): ")
                                           .arg(source)
                                           .arg(version)
                                           .arg(QLatin1String(step->what)));
        ++version;
    }
    // A step may have rewritten the document; the version is set last, whatever the steps did with it.
    if (auto again = document.FindMember("version"); again != document.MemberEnd())
        again->value.SetInt(targetVersion);
    else
        document.AddMember("version", targetVersion, document.GetAllocator());
    return {};
}

} // namespace ts
