// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/LayoutTemplate.h"

namespace ts {

namespace {

LayoutFolder folder(const char* path, FolderRole role, FolderLocation location = FolderLocation::Root,
                    bool perMember = false)
{
    return LayoutFolder{QString::fromLatin1(path), role, location, perMember, {}};
}

} // namespace

QStringList LayoutTemplate::names()
{
    return {QStringLiteral("colab-team"), QStringLiteral("ccds")};
}

QString LayoutTemplate::description(const QString& name)
{
    if (name == QStringLiteral("colab-team"))
        return QStringLiteral(
            "data/raw (read-only), data/processed, results/<member>, checkpoints/<member>, models; "
            "notebooks/<member> in the repository");
    if (name == QStringLiteral("ccds"))
        return QStringLiteral(
            "Cookiecutter Data Science names: data/raw, data/interim, data/processed, data/external, "
            "models, reports, results/<member>; notebooks in the repository");
    return {};
}

Result<QList<LayoutFolder>> LayoutTemplate::folders(const QString& name)
{
    const auto Root = FolderLocation::Root;
    const auto Repository = FolderLocation::Repository;
    if (name == QStringLiteral("colab-team"))
        return QList<LayoutFolder>{
            folder("data/raw", FolderRole::Raw),
            folder("data/processed", FolderRole::Processed),
            folder("results", FolderRole::Results, Root, true),
            folder("checkpoints", FolderRole::Checkpoints, Root, true),
            folder("models", FolderRole::Models),
            folder("notebooks", FolderRole::Notebooks, Repository, true),
        };
    if (name == QStringLiteral("ccds"))
        // CCDS treats external data as immutable input like raw data, and interim data as processed.
        return QList<LayoutFolder>{
            folder("data/raw", FolderRole::Raw),
            folder("data/interim", FolderRole::Processed),
            folder("data/processed", FolderRole::Processed),
            folder("data/external", FolderRole::Raw),
            folder("models", FolderRole::Models),
            folder("reports", FolderRole::Shared),
            folder("results", FolderRole::Results, Root, true),
            folder("notebooks", FolderRole::Notebooks, Repository, false),
        };
    return Error::usage(QStringLiteral("template \"%1\" is not known (use %2)")
                            .arg(name, names().join(QStringLiteral(" or "))));
}

} // namespace ts
