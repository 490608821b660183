// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "WorkspaceBuilder.h"

#include "workspace/WorkspaceEditor.h"
#include "workspace/WorkspaceInit.h"

namespace ts::test {

Workspace makeWorkspace(const QString& repoDir, const QString& rootDir, const QString& templateName,
                        const QStringList& members)
{
    WorkspaceInitOptions options;
    options.repoDir = repoDir;
    options.rootDir = rootDir;
    options.name = QStringLiteral("Test team");
    options.lead = Member{QStringLiteral("ana"), QStringLiteral("Ana"), QStringLiteral("ana@example.org"),
                          MemberRole::Lead,      std::nullopt,          {}};
    options.templateName = templateName;
    auto created = initWorkspace(options);
    if (!created)
        qFatal("makeWorkspace: %s", qPrintable(created.error().message));
    Workspace ws = created->workspace;
    WorkspaceEditor editor(ws);
    for (const QString& id : members) {
        auto added = editor.addMember(Member{
            id, id.toUpper(), id + QStringLiteral("@example.org"), MemberRole::Member, qint64(1) << 30, {}});
        if (!added)
            qFatal("makeWorkspace: %s", qPrintable(added.error().message));
    }
    return ws;
}

} // namespace ts::test
