// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Interop with nbstripout (https://github.com/kynan/nbstripout) as a git clean filter: which of its settings
// strip exactly what Teamspace strips, and a check of a repository's filter against them. When the two
// disagree, each tool rewrites the other's commits (nbstripout renumbers cell ids, Teamspace removes Colab's
// run records).
#pragma once

#include "util/Result.h"
#include "workspace/Manifest.h"

#include <QString>
#include <QStringList>

namespace ts::nb {

// The settings of one nbstripout invocation that decide what it removes (version 0.9.1's options).
struct NbstripoutSettings
{
    bool keepId = false;
    bool keepOutput = false;
    bool keepCount = false;
    QStringList extraKeys;        // --extra-keys and git config filter.nbstripout.extrakeys
    QStringList keepMetadataKeys; // --keep-metadata-keys and git config filter.nbstripout.keepmetadatakeys
    QStringList otherOptions; // options that drop cells or outputs Teamspace keeps (--drop-empty-cells, …)
};

// Reads the arguments of a clean command ("python -m nbstripout --keep-id …"); nullopt when the command does
// not run nbstripout. `configExtraKeys` / `configKeepKeys` are the values of filter.nbstripout.extrakeys /
// .keepmetadatakeys, which nbstripout reads from git config itself.
std::optional<NbstripoutSettings> parseNbstripoutCommand(const QString& command,
                                                         const QString& configExtraKeys = {},
                                                         const QString& configKeepKeys = {});

// What each tool removes, in nbstripout's names ("cell.metadata.outputId", "metadata.colab.provenance"),
// sorted.
QStringList nbstripoutRemovedKeys(const NbstripoutSettings& settings);
QStringList teamspaceRemovedKeys(const StripPolicy& policy);

// Where nbstripout with `settings` and Teamspace with `policy` write different bytes, one phrase each
// ("renumbers cell ids (0, 1, 2, …)"); empty when they agree.
QStringList nbstripoutDifferences(const NbstripoutSettings& settings, const StripPolicy& policy);

// The nbstripout arguments that agree with `policy`: "--keep-id --extra-keys '…'" (plus --keep-metadata-keys
// for keys nbstripout would remove that the policy keeps, and --keep-output --keep-count when the policy
// keeps outputs). `configExtraKeys` are keys git config already adds (filter.nbstripout.extrakeys).
QString agreeingNbstripoutArguments(const StripPolicy& policy, const QStringList& configExtraKeys = {});

// Looks for nbstripout clean filters that git applies to notebooks in the repository at `repoDir` (attributes
// from .gitattributes, .git/info/attributes and the global attributes file; filters from local, global and
// system git config), checked for `notebookPaths` (relative) and a notebook at the top. One line per filter
// whose settings disagree with `policy`, naming the differences and the settings to use; empty when there is
// none or they agree. Failed only when the repository cannot be read.
Result<QStringList> nbstripoutWarnings(const QString& repoDir, const QStringList& notebookPaths,
                                       const StripPolicy& policy);

} // namespace ts::nb
