// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "StorageOutput.h"

#include "util/ByteSize.h"

namespace ts::cli {

QJsonValue optionalBytes(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

ProgressCallback scanProgress(Cli& cli)
{
    return cli.progress([](const Progress& p) {
        return QStringLiteral("scanning: %1, %2").arg(counted(p.done, "entry", "entries"), formatByteSize(p.bytes));
    });
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

QJsonObject memberUsageJson(const services::MemberUsageReport& report)
{
    QJsonArray list;
    for (const index::MemberUsage& m : report.members)
        list << QJsonObject{{QStringLiteral("id"), m.id},
                            {QStringLiteral("bytes"), double(m.bytes)},
                            {QStringLiteral("files"), double(m.files)},
                            {QStringLiteral("quota"), optionalBytes(m.quota)},
                            {QStringLiteral("headroom"), optionalBytes(m.headroom)}};
    return QJsonObject{{QStringLiteral("members"), list},
                       {QStringLiteral("unattributedBytes"), double(report.unattributedBytes)}};
}

QJsonObject kindUsageJson(const services::KindUsageReport& report)
{
    QJsonArray list;
    for (const index::KindUsage& k : report.kinds)
        list << QJsonObject{{QStringLiteral("kind"), k.kind},
                            {QStringLiteral("bytes"), double(k.bytes)},
                            {QStringLiteral("files"), double(k.files)}};
    return QJsonObject{{QStringLiteral("kinds"), list}};
}

QJsonObject largestJson(const services::LargestReport& report)
{
    QJsonArray list;
    for (const index::FileRow& f : report.files)
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

} // namespace ts::cli
