// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Notebooks table as shown: filtered by member (owner or runner, or "nobody"), by problems (health issues
// or at-risk outputs), and by a search text (every word must appear in the path, owner or runner), sorted by
// the source's SortKeyRole. 2,000 rows filter in well under 30 ms (the search text is precomputed).
#pragma once

#include <QSortFilterProxyModel>

namespace ts {

class NotebooksFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // The member filter's special value: notebooks with no owner or no runner.
    static inline const QString kNobody = QStringLiteral("\x01nobody");

    explicit NotebooksFilterModel(QObject* parent = nullptr);

    void setMember(const QString& memberId); // empty: everyone
    QString member() const { return m_member; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    // Only rows with lint findings, not stripped, ROOT_PATH cell missing/outdated, unreadable, missing on
    // disk, or outputs at risk.
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_member;
    QString m_search;
    QStringList m_words;
    bool m_problemsOnly = false;
};

} // namespace ts
