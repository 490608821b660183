// SCAFFOLD (issue 16): replaced by the diff engineer. Only what lets the tree build.
#include "notebooks/NotebookDiff.h"

namespace ts::nb {

QStringList cellPartNames(unsigned parts)
{
    Q_UNUSED(parts);
    return {};
}

int NotebookDiff::changedCells() const
{
    int n = 0;
    for (const CellDiff& cell : cells)
        n += cell.status != CellStatus::Unchanged;
    return n;
}

NotebookDiff diffNotebooks(std::shared_ptr<const Notebook> a, std::shared_ptr<const Notebook> b)
{
    NotebookDiff diff;
    diff.a = std::move(a);
    diff.b = std::move(b);
    return diff;
}

Result<NotebookDiff> diffNotebookBytes(QByteArray a, const QString& sourceA, QByteArray b,
                                       const QString& sourceB)
{
    auto left = Notebook::parse(std::move(a), sourceA);
    if (!left)
        return left.error();
    auto right = Notebook::parse(std::move(b), sourceB);
    if (!right)
        return right.error();
    return diffNotebooks(std::make_shared<const Notebook>(std::move(*left)),
                         std::make_shared<const Notebook>(std::move(*right)));
}

QStringList cellSourceLines(const Notebook& notebook, int cellIndex)
{
    Q_UNUSED(notebook);
    Q_UNUSED(cellIndex);
    return {};
}

QJsonObject diffToJson(const NotebookDiff& diff)
{
    Q_UNUSED(diff);
    return {};
}

QString cellStatusName(CellStatus status)
{
    switch (status) {
    case CellStatus::Unchanged:
        return QStringLiteral("unchanged");
    case CellStatus::Modified:
        return QStringLiteral("modified");
    case CellStatus::Added:
        return QStringLiteral("added");
    case CellStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

} // namespace ts::nb
