#include "models/RunnerCandidatesModel.h"

// SCAFFOLD: filled in by the models part of issue 15.
namespace ts {

RunnerCandidatesModel::RunnerCandidatesModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunnerCandidatesModel::setCandidates(const QList<nb::RunnerCandidate>& candidates,
                                          const QHash<QString, QString>& names)
{
    beginResetModel();
    m_candidates = candidates;
    m_names = names;
    endResetModel();
}

int RunnerCandidatesModel::rowOf(const QString& memberId) const
{
    for (int i = 0; i < m_candidates.size(); ++i)
        if (m_candidates[i].member == memberId)
            return i;
    return -1;
}

int RunnerCandidatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int RunnerCandidatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunnerCandidatesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_candidates.size())
        return {};
    const nb::RunnerCandidate& c = m_candidates[index.row()];
    if (role == MemberIdRole || (role == Qt::DisplayRole && index.column() == MemberColumn))
        return c.member;
    if (role == FitsRole)
        return c.fits;
    if (role == ExplanationRole)
        return c.explanation;
    return {};
}

QVariant RunnerCandidatesModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}

} // namespace ts
