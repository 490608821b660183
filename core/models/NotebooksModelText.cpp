// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// NotebooksModel: what each cell says (display text, tooltip, alignment, roles) and how it sorts.
#include "models/NotebooksModel.h"

#include "util/ByteSize.h"

#include <QDateTime>

namespace ts {

using services::RootCellState;

namespace {

QString exactTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString bytesTip(qint64 bytes)
{
    return NotebooksModel::tr("%1 bytes").arg(bytes);
}

bool isNumberColumn(int column)
{
    return column == NotebooksModel::ExpectedOutputColumn || column == NotebooksModel::SizeColumn ||
           column == NotebooksModel::FindingsColumn;
}

} // namespace

QString NotebooksModel::relativeTime(qint64 secs, qint64 nowSecs)
{
    const qint64 age = nowSecs - secs;
    if (age < -60 || age >= 30 * 86400)
        return QDateTime::fromSecsSinceEpoch(secs).toString(QStringLiteral("yyyy-MM-dd"));
    if (age < 60)
        return tr("just now");
    if (age < 3600)
        return tr("%1 min ago").arg(age / 60);
    if (age < 86400)
        return tr("%1 h ago").arg(age / 3600);
    return tr("%1 d ago").arg(age / 86400);
}

QString NotebooksModel::naturalKey(const QString& text)
{
    QString key;
    key.reserve(text.size() + 16);
    const QString lower = text.toLower();
    for (int i = 0; i < lower.size();) {
        if (!lower[i].isDigit()) {
            key += lower[i++];
            continue;
        }
        int end = i;
        while (end < lower.size() && lower[end].isDigit())
            ++end;
        const QStringView digits = QStringView(lower).mid(i, end - i);
        key += QString(qMax<qsizetype>(0, 12 - digits.size()), u'0');
        key += digits;
        i = end;
    }
    return key;
}

QString NotebooksModel::accelerator(const Entry& e) const
{
    if (e.row.plannedAccelerator && !e.row.plannedAccelerator->isEmpty())
        return *e.row.plannedAccelerator;
    if (!e.health)
        return {};
    if (!e.health->error && e.health->facts.accelerator && !e.health->facts.accelerator->isEmpty())
        return *e.health->facts.accelerator;
    return QStringLiteral("CPU");
}

bool NotebooksModel::atRisk(const Entry& e) const
{
    if (e.row.runner.isEmpty())
        return false;
    auto it = m_outputs.constFind(e.row.runner);
    return it != m_outputs.cend() && it->atRisk;
}

QVariant NotebooksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[index.row()];
    const bool healthy = e.health && !e.health->error;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        return toolTip(e, index.column());
    case Qt::TextAlignmentRole:
        return isNumberColumn(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case PathRole:
        return e.row.path;
    case OwnerRole:
        return e.row.owner;
    case RunnerRole:
        return e.row.runner;
    case OnDiskRole:
        return e.row.onDisk;
    case AssignedRole:
        return e.row.assigned;
    case IsMineRole:
        return !m_me.isEmpty() && e.row.owner == m_me;
    case HealthLoadedRole:
        return bool(e.health);
    case HealthErrorRole:
        return e.health && e.health->error ? e.health->error->message : QString();
    case FindingsCountRole:
        return healthy ? int(e.health->findings.size()) : 0;
    case StrippedRole:
        return healthy && e.health->stripped;
    case RootCellStateRole:
        return int(healthy ? e.health->rootCell : RootCellState::Unknown);
    case AtRiskRole:
        return atRisk(e);
    case AcceleratorRole:
        return accelerator(e);
    case SortKeyRole:
        return sortKey(e, index.column());
    case SearchTextRole:
        return e.searchText;
    default:
        return {};
    }
}

QVariant NotebooksModel::displayText(const Entry& e, int column) const
{
    static const QString loading = QStringLiteral("…");
    static const QString none = QStringLiteral("—");
    const services::NotebookHealth* h = e.health ? &*e.health : nullptr;
    // Health columns of a missing file: nothing to read.
    const bool healthColumn =
        column == StrippedColumn || column == RootCellColumn || column == FindingsColumn;
    if (healthColumn && !e.row.onDisk)
        return none;
    if (healthColumn && !h)
        return loading;
    if (healthColumn && h->error)
        return column == StrippedColumn ? tr("unreadable") : none;
    switch (column) {
    case PathColumn:
        return e.row.onDisk ? e.row.path : tr("%1 (missing)").arg(e.row.path);
    case OwnerColumn:
        return e.row.owner.isEmpty() ? none : e.row.owner;
    case RunnerColumn:
        return e.row.runner.isEmpty() ? tr("not chosen") : e.row.runner;
    case AcceleratorColumn: {
        const QString a = accelerator(e);
        return !a.isEmpty() ? a : e.row.onDisk ? loading : none;
    }
    case ExpectedOutputColumn:
        return e.row.expectedOutputBytes ? formatByteSize(*e.row.expectedOutputBytes) : none;
    case SizeColumn:
        return e.row.onDisk ? formatByteSize(e.row.bytes) : none;
    case LastCommitColumn: {
        if (!m_commitsLoaded)
            return loading;
        auto it = m_commits.constFind(e.row.path);
        if (it == m_commits.cend())
            return tr("not committed");
        return tr("%1, %2").arg(it->author, relativeTime(it->timeSecs, m_nowSecs));
    }
    case StrippedColumn:
        if (h->stripped)
            return tr("stripped");
        return h->facts.outputBytes > 0 ? tr("outputs (%1)").arg(formatByteSize(h->facts.outputBytes))
                                        : tr("not stripped");
    case RootCellColumn:
        switch (h->rootCell) {
        case RootCellState::Current:
            return tr("current");
        case RootCellState::Missing:
            return tr("missing");
        case RootCellState::Outdated:
            return tr("outdated");
        case RootCellState::NoRunner:
            return tr("no runner");
        case RootCellState::Unknown:
            return none;
        }
        return none;
    case FindingsColumn:
        return QString::number(h->findings.size());
    case OutputsColumn: {
        if (e.row.runner.isEmpty())
            return none;
        if (!m_outputsLoaded)
            return loading;
        auto it = m_outputs.constFind(e.row.runner);
        if (it == m_outputs.cend())
            return none;
        QStringList folders;
        for (const QString& f : {it->resultsFolder, it->checkpointsFolder})
            if (!f.isEmpty())
                folders << f;
        const QString where =
            folders.isEmpty() ? tr("no output folders") : folders.join(QStringLiteral(" · "));
        return it->atRisk ? tr("at risk: %1").arg(where) : where;
    }
    default:
        return {};
    }
}

QVariant NotebooksModel::toolTip(const Entry& e, int column) const
{
    const services::NotebookHealth* h = e.health ? &*e.health : nullptr;
    switch (column) {
    case PathColumn:
        if (!e.row.onDisk)
            return tr("%1 is assigned in teamspace.json but there is no such file in the repository: "
                      "restore it, or remove its assignment.")
                .arg(e.row.path);
        if (h && h->error)
            return h->error->message;
        return e.row.assigned ? e.row.path : tr("%1 (no assignment yet)").arg(e.row.path);
    case OwnerColumn:
        if (e.row.owner.isEmpty())
            return tr("Nobody owns this notebook: assign an owner.");
        return e.row.assigned ? QVariant() : tr("The default owner (the notebook has no assignment).");
    case RunnerColumn:
        return e.row.runner.isEmpty() ? tr("No runner chosen: assign one to plan where its outputs go.")
                                      : QVariant();
    case AcceleratorColumn:
        if (e.row.plannedAccelerator && !e.row.plannedAccelerator->isEmpty())
            return tr("Planned in the assignment.");
        if (h && !h->error && h->facts.accelerator && !h->facts.accelerator->isEmpty())
            return tr("Declared by the notebook.");
        return h ? tr("Neither planned nor declared by the notebook: CPU.") : QVariant();
    case ExpectedOutputColumn:
        return e.row.expectedOutputBytes ? bytesTip(*e.row.expectedOutputBytes) : QVariant();
    case SizeColumn:
        return e.row.onDisk
                   ? tr("%1, modified %2")
                         .arg(bytesTip(e.row.bytes), QDateTime::fromMSecsSinceEpoch(e.row.modifiedMs)
                                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   : QVariant();
    case LastCommitColumn: {
        auto it = m_commits.constFind(e.row.path);
        if (!m_commitsLoaded || it == m_commits.cend())
            return {};
        return tr("%1 <%2>, %3\n%4 %5")
            .arg(it->author, it->authorEmail, exactTime(it->timeSecs), it->commit.left(10), it->summary);
    }
    case StrippedColumn:
        if (!h || h->error)
            return h ? QVariant(h->error->message) : QVariant();
        return h->stripped ? tr("Stripped as the policy wants (%1).").arg(bytesTip(e.row.bytes))
                           : tr("Stripping would make it %1 (%2), now %3 (%4).")
                                 .arg(formatByteSize(h->strippedBytes), bytesTip(h->strippedBytes),
                                      formatByteSize(e.row.bytes), bytesTip(e.row.bytes));
    case RootCellColumn:
        if (!h || h->error)
            return {};
        switch (h->rootCell) {
        case RootCellState::Missing:
            return tr("The notebook has no generated ROOT_PATH first cell.");
        case RootCellState::Outdated:
            return tr("The ROOT_PATH cell is not first or differs from what would be generated now.");
        case RootCellState::NoRunner:
            return tr("No runner or owner to generate the ROOT_PATH cell for.");
        default:
            return {};
        }
    case FindingsColumn: {
        if (!h || h->error || h->findings.isEmpty())
            return {};
        QStringList lines;
        for (const nb::LintFinding& f : h->findings.mid(0, 5))
            lines << tr("cell %1: %2").arg(f.cell + 1).arg(f.message);
        if (h->findings.size() > 5)
            lines << tr("and %1 more").arg(h->findings.size() - 5);
        return lines.join(u'\n');
    }
    case OutputsColumn: {
        auto it = e.row.runner.isEmpty() ? m_outputs.cend() : m_outputs.constFind(e.row.runner);
        if (it == m_outputs.cend())
            return {};
        return tr("%1\nresults %2 (%3), checkpoints %4 (%5)")
            .arg(it->explanation, formatByteSize(it->resultBytes), bytesTip(it->resultBytes),
                 formatByteSize(it->checkpointBytes), bytesTip(it->checkpointBytes));
    }
    default:
        return {};
    }
}

QVariant NotebooksModel::sortKey(const Entry& e, int column) const
{
    const services::NotebookHealth* h = e.health ? &*e.health : nullptr;
    switch (column) {
    case PathColumn:
        return e.pathKey;
    case OwnerColumn: // nobody and "not chosen" last
        return e.row.owner.isEmpty() ? QStringLiteral("\uffff") : naturalKey(e.row.owner);
    case RunnerColumn:
        return e.row.runner.isEmpty() ? QStringLiteral("\uffff") : naturalKey(e.row.runner);
    case ExpectedOutputColumn:
        return e.row.expectedOutputBytes ? *e.row.expectedOutputBytes : qint64(-1);
    case SizeColumn:
        return e.row.onDisk ? e.row.bytes : qint64(-1);
    case LastCommitColumn: {
        auto it = m_commits.constFind(e.row.path);
        return it == m_commits.cend() ? qint64(-1) : it->timeSecs;
    }
    case StrippedColumn: // unread first, then unreadable, stripped, then by the outputs' weight
        return !h ? qint64(-3) : h->error ? qint64(-2) : h->stripped ? qint64(-1) : h->facts.outputBytes;
    case RootCellColumn:
        return qint64(h && !h->error ? int(h->rootCell) : -1);
    case FindingsColumn:
        return h && !h->error ? qint64(h->findings.size()) : qint64(-1);
    case OutputsColumn:
        return naturalKey((atRisk(e) ? QStringLiteral("0 ") : QStringLiteral("1 ")) +
                          displayText(e, column).toString());
    default:
        return naturalKey(displayText(e, column).toString());
    }
}

} // namespace ts
