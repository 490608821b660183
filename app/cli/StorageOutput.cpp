#include "StorageOutput.h"

#include "hazards/Rules.h"
#include "index/IndexQueries.h"
#include "util/ByteSize.h"

#include <QDateTime>

#include <unistd.h>

namespace ts::cli {

QJsonValue optionalBytes(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

Result<StorageSession> openStorage(const Cli& cli, bool needScan)
{
    auto ws = cli.openWorkspace();
    if (!ws)
        return ws.error();
    auto store = needScan ? index::IndexStore::openForReading(ws->databasePath)
                          : index::IndexStore::open(ws->databasePath);
    if (!store)
        return store.error();
    if (needScan) {
        auto last = index::IndexQueries(store->database()).lastScan();
        if (!last)
            return last.error();
        if (!*last)
            return Error::failed(QStringLiteral("%1: nothing indexed yet (run `teamspace-cli scan` first)")
                                     .arg(ws->databasePath));
    }
    return StorageSession{std::move(*ws), std::move(*store)};
}

Result<index::ScanReport> runScan(Cli& cli, const Workspace& workspace, bool full, bool acceptEmptyRoot)
{
    index::ScanRequest request;
    request.sharedFolder = workspace.rootDir;
    request.repository = workspace.repoDir;
    request.databasePath = workspace.databasePath;
    request.manifest = workspace.manifest;
    request.full = full;
    request.acceptEmptyRoot = acceptEmptyRoot;
    if (::isatty(STDERR_FILENO)) {
        request.progress = [&cli](const Progress& p) {
            cli.err << "\rscanning: " << p.done << " entries, " << formatByteSize(p.bytes) << "  "
                    << Qt::flush;
        };
    }
    auto report = index::scanIntoIndex(request);
    if (request.progress)
        cli.err << "\r" << QString(60, u' ') << "\r" << Qt::flush;
    return report;
}

QJsonObject scanJson(const index::ScanReport& report)
{
    QJsonArray errors;
    for (const index::ScanProblem& p : report.errors)
        errors << QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("error"), p.error}};
    return QJsonObject{
        {QStringLiteral("files"), double(report.files)},
        {QStringLiteral("dirs"), double(report.dirs)},
        {QStringLiteral("bytes"), double(report.bytes)},
        {QStringLiteral("allocatedBytes"), double(report.allocated)},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("seconds"), report.seconds},
        {QStringLiteral("phases"), QJsonObject{{QStringLiteral("walk"), report.walkSeconds},
                                               {QStringLiteral("analyse"), report.analyseSeconds},
                                               {QStringLiteral("store"), report.storeSeconds}}},
        {QStringLiteral("full"), report.full},
        {QStringLiteral("written"), QJsonObject{{QStringLiteral("inserted"), double(report.store.inserted)},
                                                {QStringLiteral("updated"), double(report.store.updated)},
                                                {QStringLiteral("deleted"), double(report.store.deleted)}}},
    };
}

Result<QJsonObject> memberUsageJson(index::IndexStore& store, const Manifest& manifest)
{
    auto members = store.usageByMember(manifest);
    if (!members)
        return members.error();
    auto unattributed = index::IndexQueries(store.database()).unattributedBytes();
    if (!unattributed)
        return unattributed.error();
    QJsonArray list;
    for (const index::MemberUsage& m : *members)
        list << QJsonObject{{QStringLiteral("id"), m.id},
                            {QStringLiteral("bytes"), double(m.bytes)},
                            {QStringLiteral("files"), double(m.files)},
                            {QStringLiteral("quota"), optionalBytes(m.quota)},
                            {QStringLiteral("headroom"), optionalBytes(m.headroom)}};
    return QJsonObject{{QStringLiteral("members"), list},
                       {QStringLiteral("unattributedBytes"), double(*unattributed)}};
}

Result<QJsonObject> kindUsageJson(index::IndexStore& store)
{
    auto kinds = index::IndexQueries(store.database()).usageByKind();
    if (!kinds)
        return kinds.error();
    QJsonArray list;
    for (const index::KindUsage& k : *kinds)
        list << QJsonObject{{QStringLiteral("kind"), k.kind},
                            {QStringLiteral("bytes"), double(k.bytes)},
                            {QStringLiteral("files"), double(k.files)}};
    return QJsonObject{{QStringLiteral("kinds"), list}};
}

Result<QJsonObject> largestJson(index::IndexStore& store, int count)
{
    auto files = index::IndexQueries(store.database()).largest(count);
    if (!files)
        return files.error();
    QJsonArray list;
    for (const index::FileRow& f : *files)
        list << QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("bytes"), double(f.size)}};
    return QJsonObject{{QStringLiteral("files"), list}};
}

QJsonObject findingsJson(const QList<hazards::Finding>& findings)
{
    QJsonArray list;
    for (const hazards::Finding& f : findings)
        list << QJsonObject{{QStringLiteral("rule"), f.rule},
                            {QStringLiteral("severity"), hazards::toString(f.severity)},
                            {QStringLiteral("path"), f.path},
                            {QStringLiteral("message"), f.message},
                            {QStringLiteral("fix"), f.fix}};
    return QJsonObject{{QStringLiteral("findings"), list}};
}

Result<QList<hazards::Finding>> runHazards(StorageSession& session)
{
    index::IndexQueries queries(session.store.database());
    hazards::HazardContext context{queries, session.workspace.manifest, session.workspace.rootDir,
                                   session.workspace.repoDir,
                                   QDateTime::currentMSecsSinceEpoch() * 1'000'000};
    return hazards::runAllRules(context);
}

} // namespace ts::cli
