// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The runner suggestion as a list for the assign dialog: one row per member, best first (the order of
// services::suggestRunner), with "fits" / "does not fit" and the figures that explain it.
#pragma once

#include "notebooks/Ownership.h"

#include <QAbstractTableModel>

namespace ts {

class RunnerCandidatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MemberColumn,   // "ben" (and the name when known: "ben — Ben Okafor")
        FitsColumn,     // "fits" / "does not fit" / "no quota"
        HeadroomColumn, // formatted headroom after the expected output; "—" without a quota
        QuotaColumn,    // formatted quota; "none"
        UsedColumn,     // formatted usage from the index
        CommittedColumn,// formatted expected output of the other notebooks they run
        ColumnCount
    };
    enum Role {
        MemberIdRole = Qt::UserRole + 1, // QString
        FitsRole,                        // bool
        HeadroomRole,                    // qint64, invalid QVariant without a quota
        ExplanationRole,                 // QString: the candidate's one-line arithmetic (also the tooltip)
        RankRole,                        // int, 1 = best
        SortKeyRole,
    };

    explicit RunnerCandidatesModel(QObject* parent = nullptr);

    // `names`: member id → display name (optional). Resets (the list is short and replaced whole).
    void setCandidates(const QList<nb::RunnerCandidate>& candidates, const QHash<QString, QString>& names = {});
    const QList<nb::RunnerCandidate>& candidates() const { return m_candidates; }
    int rowOf(const QString& memberId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<nb::RunnerCandidate> m_candidates;
    QHash<QString, QString> m_names;
};

} // namespace ts
