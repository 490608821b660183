// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Upgrading manifests written by older Teamspace versions, before they are parsed.
// Additive changes (new optional fields) do not bump "version": older versions keep fields they do not know.
// A change that older versions would misread bumps it, and gets one upgrade step here.
#pragma once

#include "util/Result.h"

#include <rapidjson/document.h>

#include <QString>

#include <vector>

namespace ts {

struct ManifestUpgradeStep
{
    int fromVersion; // upgrades a manifest of exactly this version to fromVersion + 1
    const char* what;
    Status (*upgrade)(rapidjson::Value& root, rapidjson::Document::AllocatorType& allocator);
};

// The released upgrade steps, oldest first. Version 1 is the first format, so the list is empty until
// version 2.
const std::vector<ManifestUpgradeStep>& manifestUpgradeSteps();

// Reads root["version"] and brings the document to `targetVersion` by applying `steps` in order, then sets
// "version" to `targetVersion`. Refused (BadInput, naming `source`): a missing or non-integer version, a
// version below 1, a version newer than `targetVersion` (written by a newer Teamspace: update), a gap in the
// steps.
Status upgradeManifestJson(rapidjson::Document& document, const QString& source, int targetVersion,
                           const std::vector<ManifestUpgradeStep>& steps = manifestUpgradeSteps());

} // namespace ts
