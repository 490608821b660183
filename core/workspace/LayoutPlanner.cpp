// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/LayoutPlanner.h"

#include "util/SafePath.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace ts {

QString toString(FolderState state)
{
    switch (state) {
    case FolderState::Present:
        return QStringLiteral("present");
    case FolderState::Missing:
        return QStringLiteral("missing");
    case FolderState::NotAFolder:
        return QStringLiteral("not-a-folder");
    }
    return QStringLiteral("missing");
}

QString locationName(FolderLocation location)
{
    return location == FolderLocation::Repository ? QStringLiteral("repository")
                                                  : QStringLiteral("shared folder");
}

bool LayoutStatus::hasDrift() const
{
    if (!unexpected.isEmpty())
        return true;
    for (const ExpectedFolder& f : folders)
        if (f.state != FolderState::Present)
            return true;
    return false;
}

QList<ExpectedFolder> LayoutStatus::withState(FolderState state) const
{
    QList<ExpectedFolder> result;
    for (const ExpectedFolder& f : folders)
        if (f.state == state)
            result << f;
    return result;
}

QString LayoutPlanner::topOf(FolderLocation location) const
{
    return location == FolderLocation::Repository ? m_workspace.repoDir : m_workspace.rootDir;
}

QList<ExpectedFolder> LayoutPlanner::expectedFolders(const QString& member) const
{
    QList<ExpectedFolder> result;
    for (const LayoutFolder& folder : m_workspace.manifest.layout) {
        result << ExpectedFolder{folder.location, folder.path,          folder.role,
                                 QString(),       FolderState::Missing, QString()};
        if (!folder.perMember)
            continue;
        for (const Member& m : m_workspace.manifest.members)
            if (member.isEmpty() || m.id == member)
                result << ExpectedFolder{folder.location,      folder.path + u'/' + m.id,
                                         folder.role,          m.id,
                                         FolderState::Missing, QString()};
    }
    return result;
}

Status LayoutPlanner::checkInside(const ExpectedFolder& folder) const
{
    const QString field = QStringLiteral("layout folder (%1)").arg(toString(folder.location));
    auto resolved = resolveInsideRoot(topOf(folder.location), folder.path, field);
    if (!resolved)
        return resolved.error();
    return {};
}

void LayoutPlanner::fillState(ExpectedFolder& folder) const
{
    // Walk from the top so that a file standing in for a parent ("data" as a file) is named as the blocker.
    QString current = topOf(folder.location);
    QString relative;
    for (const QString& part : folder.path.split(u'/')) {
        current += u'/' + part;
        relative += (relative.isEmpty() ? QString() : QStringLiteral("/")) + part;
        const QFileInfo info(current);
        if (!info.exists() && !info.isSymLink()) {
            folder.state = FolderState::Missing;
            return;
        }
        if (!info.isDir()) { // a file, or a symlink to a file or to nothing
            folder.state = FolderState::NotAFolder;
            folder.blocker = relative;
            return;
        }
    }
    folder.state = FolderState::Present;
}

QStringList LayoutPlanner::unexpectedTopLevelEntries() const
{
    QSet<QString> accounted;
    for (const LayoutFolder& folder : m_workspace.manifest.layout)
        if (folder.location == FolderLocation::Root || m_workspace.sameFolder())
            accounted.insert(folder.path.section(u'/', 0, 0));
    if (m_workspace.sameFolder()) // the repository's own files share the top level
        for (const char* name : {kManifestFileName, "README.md", "README", "LICENSE"})
            accounted.insert(QString::fromLatin1(name));
    QStringList unexpected;
    const QStringList entries =
        QDir(m_workspace.rootDir)
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QString& name : entries)
        if (!accounted.contains(name))
            unexpected << name;
    return unexpected;
}

Result<LayoutStatus> LayoutPlanner::inspect() const
{
    LayoutStatus status;
    status.sharedFolderUnknown = !m_workspace.hasSharedFolder();
    for (ExpectedFolder& folder : expectedFolders()) {
        if (status.sharedFolderUnknown && folder.location == FolderLocation::Root)
            continue; // where it would be is not known here: never looked up under the repository
        if (auto ok = checkInside(folder); !ok)
            return ok.error();
        fillState(folder);
        status.folders << folder;
    }
    if (!status.sharedFolderUnknown)
        status.unexpected = unexpectedTopLevelEntries();
    return status;
}

Result<LayoutApplyReport> LayoutPlanner::apply(const QString& member) const
{
    if (member.isEmpty())
        if (auto ok = requireSharedFolder(m_workspace); !ok)
            return ok.error();
    QList<ExpectedFolder> planned;
    QList<ExpectedFolder> withoutSharedFolder;
    for (ExpectedFolder folder : expectedFolders()) {
        if (!member.isEmpty() && folder.member != member)
            continue;
        if (!m_workspace.hasSharedFolder() && folder.location == FolderLocation::Root) {
            withoutSharedFolder << folder;
            continue;
        }
        if (auto ok = checkInside(folder); !ok)
            return ok.error();
        fillState(folder);
        planned << folder;
    }
    LayoutApplyReport report;
    report.noSharedFolder = withoutSharedFolder;
    for (ExpectedFolder& folder : planned) {
        if (folder.state == FolderState::Present) {
            ++report.alreadyPresent;
            continue;
        }
        if (folder.state == FolderState::NotAFolder) {
            report.blocked << folder;
            continue;
        }
        const QString absolute = topOf(folder.location) + u'/' + folder.path;
        if (!QDir().mkpath(absolute)) {
            QStringList done;
            for (const ExpectedFolder& created : report.created)
                done << created.path;
            return Error::failed(
                QStringLiteral(
                    "%1: cannot create the folder (check permissions and free space); created so far: %2")
                    .arg(absolute,
                         done.isEmpty() ? QStringLiteral("nothing") : done.join(QStringLiteral(", "))));
        }
        folder.state = FolderState::Present;
        report.created << folder;
    }
    return report;
}

} // namespace ts
