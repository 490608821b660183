// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// `sync status [--json] [--fetch] [--remote NAME]` (issue 16; CLI.md): what a sync would publish now, from
// services::syncStatus, the same call as the Sync panel's Changes page.
#include "Commands.h"

#include "activity/ActivityLog.h"
#include "services/SyncStatus.h"

#include <QJsonArray>

namespace ts::cli {

namespace {

using services::PendingChange;
using services::SyncStatus;

const QList<PendingChange::Group> kGroups = {PendingChange::Group::Mine, PendingChange::Group::LeadOnly,
                                             PendingChange::Group::Others, PendingChange::Group::Refused};

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue countOrNull(int count)
{
    return count < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(count);
}

QJsonObject statusToJson(const SyncStatus& status)
{
    QJsonObject pending;
    for (PendingChange::Group group : kGroups) {
        QJsonArray entries;
        for (const PendingChange& change : status.pending) {
            if (change.group == group)
                entries.append(QJsonObject{{QStringLiteral("path"), change.path},
                                           {QStringLiteral("reason"), change.reason}});
        }
        pending.insert(services::pendingGroupKey(group), entries);
    }
    QJsonArray setAside;
    for (const sync::SetAside& entry : status.plan.setAside)
        setAside.append(
            QJsonObject{{QStringLiteral("path"), entry.path}, {QStringLiteral("copy"), orNull(entry.copy)}});
    const QJsonObject wouldDo{{QStringLiteral("commit"), QJsonArray::fromStringList(status.plan.committed)},
                              {QStringLiteral("setAside"), setAside},
                              {QStringLiteral("refuse"), static_cast<int>(status.plan.refused.size())}};
    return {
        {QStringLiteral("branch"), orNull(status.branch)},
        {QStringLiteral("remote"), status.remoteName.isEmpty()
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(QJsonObject{{QStringLiteral("name"), status.remoteName},
                                                                {QStringLiteral("url"), status.remoteUrl}})},
        {QStringLiteral("fetched"), status.fetched},
        {QStringLiteral("fetchError"), orNull(status.fetchError)},
        {QStringLiteral("ahead"), countOrNull(status.ahead)},
        {QStringLiteral("behind"), countOrNull(status.behind)},
        {QStringLiteral("lastSync"),
         status.lastSync.isValid()
             ? QJsonValue(QJsonObject{{QStringLiteral("at"), ActivityLog::formatTime(status.lastSync)},
                                      {QStringLiteral("result"), status.lastSyncResult}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("wouldDo"), wouldDo},
        {QStringLiteral("notes"), QJsonArray::fromStringList(status.notes)}};
}

QString countText(int count)
{
    return count < 0 ? QStringLiteral("?") : QString::number(count);
}

void printStatus(Cli& cli, const SyncStatus& status)
{
    cli.out << "branch " << (status.branch.isEmpty() ? QStringLiteral("(none yet)") : status.branch);
    if (status.remoteName.isEmpty())
        cli.out << ", no remote\n";
    else
        cli.out << ", remote " << status.remoteName << " (" << status.remoteUrl << ")\n";
    if (!status.remoteName.isEmpty())
        cli.out << "ahead " << countText(status.ahead) << ", behind " << countText(status.behind)
                << (status.fetched ? " (fetched now)" : " (as of the last fetch)") << "\n";
    if (status.lastSync.isValid())
        cli.out << "last sync " << ActivityLog::formatTime(status.lastSync) << ": " << status.lastSyncResult
                << "\n";
    else
        cli.out << "last sync: never on this computer\n";
    if (status.pending.isEmpty())
        cli.out << "nothing to commit: no local changes\n";
    for (PendingChange::Group group : kGroups) {
        bool titled = false;
        for (const PendingChange& change : status.pending) {
            if (change.group != group)
                continue;
            if (!titled)
                cli.out << services::pendingGroupTitle(group) << ":\n";
            titled = true;
            cli.out << "  " << change.path << " — " << change.reason << "\n";
        }
    }
    cli.out << "a sync now would commit " << status.plan.committed.size() << " file(s), set aside "
            << status.plan.setAside.size() << ", refuse " << status.plan.refused.size();
    if (!status.remoteName.isEmpty())
        cli.out << ", then fetch, merge and push to " << status.remoteName;
    cli.out << "\n";
    for (const QString& note : status.notes)
        cli.out << "note: " << note << "\n";
    cli.out.flush();
}

} // namespace

int runSyncStatus(Cli& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption fetch(
        QStringLiteral("fetch"),
        QStringLiteral("Fetch first (with the keychain credential, as a sync does)."));
    const QCommandLineOption remote(QStringLiteral("remote"), QStringLiteral("Remote name (default origin)."),
                                    QStringLiteral("NAME"));
    parser.addOptions({fetch, remote});
    if (auto stop = cli.parseCommand(
            parser,
            QStringLiteral("What a sync would do now: branch, remote, ahead/behind, the last "
                           "sync, the pending changes grouped. Changes nothing."),
            args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(QStringLiteral("sync status takes no paths (it looks at the whole workspace)"));
    auto ws = cli.openWorkspaceAsMember();
    if (!ws)
        return cli.fail(ws.error());
    services::SyncStatusOptions options;
    if (parser.isSet(remote))
        options.remoteName = parser.value(remote);
    options.fetch = parser.isSet(fetch);
    auto status = services::syncStatus(*ws, options, services::Call());
    if (!status)
        return cli.fail(status.error());
    if (cli.options.json)
        cli.printJson(statusToJson(*status));
    else
        printStatus(cli, *status);
    if (!status->fetchError.isEmpty()) {
        cli.err << "error: " << status->fetchError << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace ts::cli
