// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/NotebookGitFilter.h"

#include "git/GitConfigEdit.h"
#include "git/GitRepository.h"
#include "notebooks/NotebookStripper.h"
#include "util/AtomicFile.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ts::services {

namespace {

const QString kGitAttributes = QStringLiteral(".gitattributes");

Result<StripPolicy> policyFor(const QString& workspaceDir, const QString& currentDir)
{
    auto dir = findWorkspaceDir(workspaceDir.isEmpty() ? currentDir : workspaceDir);
    if (!dir) {
        if (!workspaceDir.isEmpty())
            return dir.error(); // -w names a folder that is not a workspace
        return defaultStripPolicy();
    }
    auto manifest = loadManifest(*dir);
    if (!manifest)
        return manifest.error();
    return manifest->policies.strip;
}

// The words of a .gitattributes line (pattern, then attributes); empty for a comment or a blank line.
QStringList attributeWords(const QString& line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return {};
    return trimmed.split(QRegularExpression(QStringLiteral("\\s+")));
}

// Appends the filter line unless it is there; warns about other filters set for every notebook.
Result<bool> addAttributesLine(const QString& path, QStringList& warnings)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return Error::badInput(QStringLiteral("%1: is a link; Teamspace does not write through links into the "
                                              "repository (replace it with a plain file)")
                                   .arg(path));
    QByteArray content;
    if (info.exists()) {
        auto read = readFileLimited(path, 1024 * 1024);
        if (!read)
            return read.error();
        content = *read;
    }
    const QStringList ours = attributeWords(QLatin1String(kNotebookAttributesLine));
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList words = attributeWords(lines[i]);
        if (words == ours)
            return false;
        if (words.value(0) == ours.first())
            for (const QString& word : words.mid(1))
                if (word.startsWith(QStringLiteral("filter=")) || word == QStringLiteral("-filter"))
                    warnings << QStringLiteral("%1:%2: \"%3\" sets another filter for notebooks; the line "
                                               "added after it takes precedence")
                                    .arg(path)
                                    .arg(i + 1)
                                    .arg(lines[i].trimmed());
    }
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content += QByteArray(kNotebookAttributesLine) + '\n';
    if (Status written = writeFileAtomically(path, content); !written)
        return written.error();
    return true;
}

struct FilterKey
{
    QString key;
    QString value;
};

QList<FilterKey> filterKeys(const QString& cleanCommand)
{
    const QString prefix = QStringLiteral("filter.%1.").arg(QLatin1String(kNotebookFilterName));
    // required: a failing or missing filter stops `git add` instead of staging the notebook unstripped.
    return {{prefix + QStringLiteral("clean"), cleanCommand}, {prefix + QStringLiteral("required"),
                                                               QStringLiteral("true")}};
}

} // namespace

Result<QByteArray> stripNotebookStream(QByteArray bytes, const QString& workspaceDir, const QString& currentDir,
                                       const QString& source)
{
    auto policy = policyFor(workspaceDir, currentDir);
    if (!policy)
        return policy.error();
    return nb::stripNotebookBytes(std::move(bytes), *policy, source);
}

Result<NotebookFilterSetup> installNotebookGitFilter(const QString& startDir, const QString& cleanCommand,
                                                     bool global)
{
    NotebookFilterSetup setup;
    setup.cleanCommand = cleanCommand;
    if (global) {
        setup.configPath = git::globalConfigPath();
        for (const FilterKey& k : filterKeys(cleanCommand)) {
            auto set = git::setGlobalConfigValue(k.key, k.value);
            if (!set)
                return set.error();
            if (*set)
                setup.configWritten << k.key;
        }
        return setup;
    }
    auto found = git::GitRepository::discover(startDir);
    if (!found)
        return found.error();
    if (!*found || (*found)->workdir().isEmpty())
        return Error::usage(QStringLiteral("%1: not in a git working tree; run it in the notebook repository "
                                           "(or -w DIR), or use --global to set the filter up for every "
                                           "repository of this user")
                                .arg(QDir::toNativeSeparators(startDir)));
    const git::GitRepository& repo = **found;
    setup.repository = QDir::cleanPath(repo.workdir());
    setup.attributesPath = setup.repository + u'/' + kGitAttributes;
    auto added = addAttributesLine(setup.attributesPath, setup.warnings);
    if (!added)
        return added.error();
    setup.attributesWritten = *added;
    setup.configPath = QDir::cleanPath(repo.gitDir()) + QStringLiteral("/config");
    for (const FilterKey& k : filterKeys(cleanCommand)) {
        auto set = git::setLocalConfigValue(repo, k.key, k.value);
        if (!set)
            return set.error();
        if (*set)
            setup.configWritten << k.key;
    }
    return setup;
}

} // namespace ts::services
