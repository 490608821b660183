// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/NotebookFiles.h"

#include "notebooks/NbstripoutCheck.h"
#include "notebooks/NotebookPaths.h"
#include "notebooks/Ownership.h"
#include "util/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace ts::services {

namespace {

// Where a strip or lint argument is, and the manifest that governs it (none outside a workspace).
struct NotebookTarget
{
    std::optional<Manifest> manifest;
    nb::NotebookLocation location;
};

Result<NotebookTarget> notebookTarget(const QString& workspaceDir, const QString& argument)
{
    const QString absolute = QDir::cleanPath(QFileInfo(argument).absoluteFilePath());
    const QString start = workspaceDir.isEmpty() ? QFileInfo(absolute).absolutePath() : workspaceDir;
    NotebookTarget target{std::nullopt, nb::NotebookLocation::loose(argument)};
    auto dir = findWorkspaceDir(start);
    if (!dir) {
        if (!workspaceDir.isEmpty())
            return dir.error();
        return target;
    }
    auto manifest = loadManifest(*dir);
    if (!manifest)
        return manifest.error();
    target.manifest = std::move(*manifest);
    if (auto inside = nb::insideRepository(*dir, absolute)) {
        // Refused before anything is read: a link below the repository may point at another member's
        // notebook.
        if (Status plain = requirePlainPathBeneath(*dir, *inside); !plain)
            return plain.error();
        target.location = nb::NotebookLocation::inRepository(*dir, *inside);
    }
    return target;
}

} // namespace

StripReport stripNotebooks(const QStringList& paths, const QString& workspaceDir, nb::StripMode mode,
                           bool upgradeV3)
{
    StripReport report;
    for (const QString& path : paths) {
        StripFileResult row{path, std::nullopt, {}};
        auto target = notebookTarget(workspaceDir, path);
        auto outcome = target ? nb::stripNotebookFile(target->location,
                                                      target->manifest ? target->manifest->policies.strip
                                                                       : defaultStripPolicy(),
                                                      mode, upgradeV3)
                              : Result<nb::StripFileOutcome>(target.error());
        if (outcome)
            row.outcome = std::move(*outcome);
        else
            row.error = outcome.error();
        report.files << std::move(row);
    }
    return report;
}

LintReport lintNotebooks(const QStringList& paths, const QString& workspaceDir)
{
    LintReport report;
    QMap<QString, QStringList> notebooksByRepository; // for the nbstripout check, once per repository
    QMap<QString, StripPolicy> policyOf;
    for (const QString& path : paths) {
        LintFileResult row{path, std::nullopt, {}};
        auto target = notebookTarget(workspaceDir, path);
        if (!target) {
            row.error = target.error();
            report.files << row;
            continue;
        }
        if (!target->location.root.isEmpty() && target->manifest) {
            notebooksByRepository[target->location.root] << target->location.relative;
            policyOf.insert(target->location.root, target->manifest->policies.strip);
        }
        const nb::LintContext context = target->manifest ? lintContext(*target->manifest) : nb::LintContext();
        auto notebook = nb::loadNotebook(target->location);
        if (!notebook)
            row.error = notebook.error();
        else
            row.findings = nb::lintNotebook(*notebook, context);
        report.files << row;
    }
    for (auto it = notebooksByRepository.cbegin(); it != notebooksByRepository.cend(); ++it) {
        auto found = nb::nbstripoutWarnings(it.key(), it.value(), policyOf.value(it.key()));
        report.warnings << (found ? *found : QStringList{found.error().message});
    }
    return report;
}

nb::LintContext lintContext(const Manifest& manifest)
{
    nb::LintContext context;
    for (const LayoutFolder& folder : manifest.foldersWithRole(FolderRole::Raw))
        context.rawFolders << folder.path;
    return context;
}

Result<nb::RootCellSettings> rootCellSettings(const Manifest& manifest, const QString& relative)
{
    const NotebookAssignment* assignment = manifest.assignment(relative);
    const QString runner = assignment && !assignment->runner.isEmpty() ? assignment->runner
                           : assignment                                ? assignment->owner
                                                                       : nb::defaultOwner(manifest, relative);
    if (runner.isEmpty())
        return Error::usage(
            QStringLiteral("%1: no runner known (assign one: `teamspace-cli notebook assign %1 "
                           "--owner ID --runner ID`)")
                .arg(relative));
    nb::RootCellSettings settings;
    settings.workspaceName = manifest.name;
    settings.resultsPath = nb::memberFolder(manifest, FolderRole::Results, runner);
    settings.checkpointsPath = nb::memberFolder(manifest, FolderRole::Checkpoints, runner);
    if (settings.resultsPath.isEmpty())
        settings.resultsPath = QStringLiteral("results/") + runner;
    if (settings.checkpointsPath.isEmpty())
        settings.checkpointsPath = QStringLiteral("checkpoints/") + runner;
    return settings;
}

// Reads, applies and saves (only when the bytes change) the ROOT_PATH cell of one notebook.
Result<bool> writeRootCell(const Workspace& ws, const QString& relative)
{
    auto settings = rootCellSettings(ws.manifest, relative);
    if (!settings)
        return settings.error();
    const auto location = nb::NotebookLocation::inRepository(ws.repoDir, relative);
    auto bytes = nb::readNotebookFile(location);
    if (!bytes)
        return bytes.error();
    const QByteArray original = *bytes; // small files; the parse works on its own copy
    auto notebook = nb::Notebook::parse(std::move(*bytes), location.path());
    if (!notebook)
        return notebook.error();
    if (auto applied = nb::applyRootCell(*notebook, *settings); !applied)
        return applied.error().prefixed(location.path() + QStringLiteral(": "));
    return nb::saveNotebookIfChanged(location, *notebook, original);
}

RootCellReport writeRootCells(const Workspace& ws, const QStringList& paths)
{
    RootCellReport report;
    for (const QString& path : paths) {
        RootCellFileResult row{path, {}, std::nullopt, false};
        auto relative = nb::repositoryRelativeNotebook(ws.repoDir, path);
        Result<bool> done = relative ? writeRootCell(ws, *relative) : Result<bool>(relative.error());
        if (relative)
            row.relative = *relative;
        if (done)
            row.changed = *done;
        else
            row.error = done.error();
        report.files << row;
    }
    return report;
}

} // namespace ts::services
