// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The two layouts a workspace can start from. A template only fills the manifest's layout at `init`; from
// then on the manifest is the truth and may be edited.
#pragma once

#include "util/Result.h"
#include "workspace/Manifest.h"

namespace ts {

class LayoutTemplate
{
public:
    static QString defaultName() { return QStringLiteral("colab-team"); }
    static QStringList names(); // "colab-team", "ccds"
    static QString description(const QString& name);
    // The folders of the named template; a Usage error listing the names for anything else.
    static Result<QList<LayoutFolder>> folders(const QString& name);
};

} // namespace ts
