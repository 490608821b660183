// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/SyncJournal.h"

#include "util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace ts::sync {

namespace {

constexpr qint64 kJournalMaxBytes = 64 * 1024;

const std::pair<JournalEntry::Phase, const char*> kPhaseNames[] = {
    {JournalEntry::Phase::Staging, "staging"}, {JournalEntry::Phase::Committed, "committed"},
    {JournalEntry::Phase::Merging, "merging"}, {JournalEntry::Phase::Pushing, "pushing"},
    {JournalEntry::Phase::Done, "done"},
};

std::optional<JournalEntry::Phase> phaseFromString(const QString& text)
{
    for (const auto& [phase, name] : kPhaseNames)
        if (text == QLatin1String(name))
            return phase;
    return std::nullopt;
}

} // namespace

QString toString(JournalEntry::Phase phase)
{
    for (const auto& [candidate, name] : kPhaseNames)
        if (candidate == phase)
            return QString::fromLatin1(name);
    return {};
}

Result<std::optional<JournalEntry>> SyncJournal::read() const
{
    if (!QFileInfo::exists(m_path))
        return std::optional<JournalEntry>();
    auto bytes = readFileLimited(m_path, kJournalMaxBytes);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    const QJsonObject object = document.object();
    const auto phase = phaseFromString(object.value(QLatin1String("phase")).toString());
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !phase)
        return Error::badInput(
            QStringLiteral("%1: the sync journal is damaged (%2); if no sync is running, check "
                           "`git status` in the workspace and delete this file")
                .arg(m_path, parseError.error != QJsonParseError::NoError
                                 ? parseError.errorString()
                                 : QStringLiteral("no valid \"phase\"")));
    JournalEntry entry;
    entry.phase = *phase;
    entry.pid = object.value(QLatin1String("pid")).toInteger();
    entry.startedUtc =
        QDateTime::fromString(object.value(QLatin1String("startedUtc")).toString(), Qt::ISODateWithMs);
    entry.stamp = object.value(QLatin1String("stamp")).toString();
    entry.commit = object.value(QLatin1String("commit")).toString();
    entry.mergeFrom = object.value(QLatin1String("mergeFrom")).toString();
    entry.mergeTo = object.value(QLatin1String("mergeTo")).toString();
    return std::optional<JournalEntry>(entry);
}

Status SyncJournal::write(const JournalEntry& entry) const
{
    QJsonObject object;
    object.insert(QLatin1String("version"), 1);
    object.insert(QLatin1String("phase"), toString(entry.phase));
    object.insert(QLatin1String("pid"), entry.pid);
    object.insert(QLatin1String("startedUtc"), entry.startedUtc.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QLatin1String("stamp"), entry.stamp);
    object.insert(QLatin1String("commit"), entry.commit);
    object.insert(QLatin1String("mergeFrom"), entry.mergeFrom);
    object.insert(QLatin1String("mergeTo"), entry.mergeTo);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error::failed(QStringLiteral("%1: cannot create the folder of the sync journal").arg(m_path));
    AtomicWriteOptions options; // local state: private to this user
    options.newFileMode = 0600;
    options.allowSplittingHardLinks = true;
    if (auto written =
            writeFileAtomically(m_path, QJsonDocument(object).toJson(QJsonDocument::Indented), options);
        !written)
        return Error{written.error().kind,
                     written.error().message +
                         QStringLiteral("; the sync stopped before its %1 step and the next "
                                        "sync takes it from there")
                             .arg(toString(entry.phase))};
    return {};
}

Status SyncJournal::clear() const
{
    if (QFileInfo::exists(m_path) && !QFile::remove(m_path))
        return Error::failed(QStringLiteral("%1: cannot remove the finished sync journal").arg(m_path));
    return {};
}

} // namespace ts::sync
