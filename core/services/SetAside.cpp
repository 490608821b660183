// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Set-aside review (issue 16): the copies syncs kept under notebooks/<member>/set-aside/, what each shadows,
// its diff against that notebook, applying chosen rows as the owner and discarding my own copies. Sync
// history is in SyncHistory.cpp.
#include "services/SetAside.h"

#include "db/LocalDatabase.h"
#include "notebooks/NotebookFile.h"
#include "notebooks/NotebookPaths.h"
#include "notebooks/Ownership.h"
#include "sync/SyncOwnership.h"
#include "util/AtomicFile.h"
#include "util/SafePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <set>

namespace ts::services {

using nb::JsonValue;

namespace {

QString notebooksFolder(const Manifest& manifest)
{
    for (const LayoutFolder& folder : manifest.foldersWithRole(FolderRole::Notebooks)) {
        if (folder.location == FolderLocation::Repository && folder.perMember)
            return folder.path;
    }
    return QStringLiteral("notebooks");
}

// "<stem>.<stamp>[-N]<ext>" → stem + ext and the stamp's time.
struct CopyName
{
    QString original; // the shadowed file's name
    QDateTime when;
};

CopyName parseCopyName(const QString& fileName)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(.+)\.(\d{8}T\d{6}Z)(?:-\d+)?(\.[^.]*)?$)"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    CopyName name;
    name.original = match.captured(1) + match.captured(3);
    name.when = QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    name.when.setTimeSpec(Qt::UTC);
    return name;
}

// copy → path, from the activity log's sync.set-aside entries ("kept as COPY (reason)"); empty when this
// workspace has no log yet (it is never created here).
QHash<QString, QString> loggedShadows(const Workspace& ws)
{
    QHash<QString, QString> shadows;
    if (ws.databasePath.isEmpty() || !QFileInfo::exists(ws.databasePath))
        return shadows;
    auto db = db::openLocalDatabase(ws.databasePath);
    if (!db)
        return shadows;
    auto entries = ActivityLog::query(*db, {}, 20000);
    if (!entries)
        return shadows;
    const QString kept = QStringLiteral("kept as ");
    for (const ActivityEntry& entry : *entries) {
        if (entry.action != QLatin1String("sync.set-aside") || !entry.detail.startsWith(kept))
            continue;
        const qsizetype end = entry.detail.indexOf(QStringLiteral(" ("), kept.size());
        const QString copy = entry.detail.mid(kept.size(), end < 0 ? -1 : end - kept.size());
        if (!shadows.contains(copy)) // newest first: the latest word wins
            shadows.insert(copy, entry.path);
    }
    return shadows;
}

// Several notebooks have the copy's file name (every member's intro.ipynb): the one sharing the most cell
// ids and source lines with the copy, when one shares more than every other; empty otherwise.
struct NotebookText
{
    QSet<QByteArray> ids;
    QHash<QByteArray, int> lines;
};

std::optional<NotebookText> readNotebookText(const QString& repoDir, const QString& path)
{
    auto bytes = nb::readNotebookFile(nb::NotebookLocation::inRepository(repoDir, path));
    if (!bytes)
        return std::nullopt;
    auto notebook = nb::Notebook::parse(std::move(*bytes), path);
    if (!notebook)
        return std::nullopt;
    NotebookText text;
    for (const nb::JsonValue* cell : std::as_const(*notebook).cells()) {
        if (const nb::JsonValue* id = cell->find("id"); id && id->isString())
            text.ids.insert(QByteArray(id->text.data(), qsizetype(id->text.size())));
        for (std::string_view line : nb::splitLinesKeepEnds(notebook->cellSource(*cell)))
            ++text.lines[QByteArray(line.data(), qsizetype(line.size())).trimmed()];
    }
    return text;
}

QString closestNotebookIn(const QString& repoDir, const QString& copy, const QStringList& candidates)
{
    const std::optional<NotebookText> mine = readNotebookText(repoDir, copy);
    if (!mine)
        return {};
    QString best;
    qint64 bestScore = 0;
    bool tie = false;
    for (const QString& candidate : candidates) {
        const std::optional<NotebookText> theirs = readNotebookText(repoDir, candidate);
        if (!theirs)
            continue;
        qint64 score = 0;
        for (const QByteArray& id : theirs->ids)
            score += mine->ids.contains(id) ? 1000 : 0;
        for (auto it = theirs->lines.constBegin(); it != theirs->lines.constEnd(); ++it)
            if (!it.key().isEmpty())
                score += qMin(it.value(), mine->lines.value(it.key()));
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
            tie = false;
        } else if (score == bestScore && score > 0) {
            tie = true;
        }
    }
    return tie ? QString() : best;
}

struct Context
{
    const Workspace& ws;
    QString folder; // the per-member notebooks folder
    QHash<QString, QString> logged;
    QHash<QString, QStringList> notebooksByName; // file name → repository notebooks (set-aside ones excluded)

    explicit Context(const Workspace& w)
        : ws(w), folder(notebooksFolder(w.manifest)), logged(loggedShadows(w))
    {
        for (const QString& path : nb::notebooksOnDisk(ws.repoDir)) {
            const QStringList parts = path.split(u'/');
            if (parts.size() > 2 && parts.at(0) == folder && parts.at(2) == QLatin1String("set-aside"))
                continue;
            notebooksByName[parts.last()].append(path);
        }
    }

    QString closestNotebook(const QString& copy, const QStringList& candidates) const
    {
        return closestNotebookIn(ws.repoDir, copy, candidates);
    }

    QString ownerOf(const QString& path) const
    {
        const NotebookAssignment* assignment = ws.manifest.assignment(path);
        return assignment && !assignment->owner.isEmpty() ? assignment->owner
                                                          : nb::defaultOwner(ws.manifest, path);
    }

    SetAsideCopy describe(const QString& copy, const QString& member, qint64 bytes) const
    {
        SetAsideCopy entry;
        entry.copy = copy;
        entry.member = member;
        entry.bytes = bytes;
        entry.mine = !ws.me.isEmpty() && member == ws.me;
        const CopyName name = parseCopyName(copy.section(u'/', -1));
        entry.when = name.when;
        if (const auto it = logged.constFind(copy); it != logged.constEnd()) {
            entry.shadows = *it;
        } else if (!name.original.isEmpty()) {
            const QStringList candidates = notebooksByName.value(name.original);
            if (candidates.size() == 1)
                entry.shadows = candidates.first();
            else if (candidates.isEmpty() &&
                     sync::SyncOwnership::kindOf(name.original) == sync::PathKind::LeadOnly)
                entry.shadows = name.original;
            else if (candidates.size() > 1)
                entry.shadows = closestNotebook(copy, candidates);
            if (entry.shadows.isEmpty() && candidates.size() > 1)
                entry.why =
                    QObject::tr("%1 notebooks in the repository are named %2 and none is clearly the one "
                                "this copy was made from")
                        .arg(candidates.size())
                        .arg(name.original);
        }
        if (!entry.shadows.isEmpty())
            entry.owner = ownerOf(entry.shadows);
        bool missing = false;
        if (entry.shadows.isEmpty()) {
            if (entry.why.isEmpty())
                entry.why = QObject::tr("no notebook in the repository is named like this copy");
        } else if (!copy.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive)) {
            entry.why = QObject::tr("%1 is not a notebook: review it in a text editor").arg(entry.shadows);
        } else if (!isPlainPathBeneath(ws.repoDir, entry.shadows, &missing)) {
            entry.why = missing ? QObject::tr("%1 is no longer in the repository").arg(entry.shadows)
                                : QObject::tr("%1 is a link, never written through").arg(entry.shadows);
        } else if (entry.owner.isEmpty()) {
            entry.why = QObject::tr("%1 has no owner; a lead can assign one").arg(entry.shadows);
        } else if (entry.owner != ws.me) {
            entry.why =
                QObject::tr("only %1, who owns %2, can apply its cells").arg(entry.owner, entry.shadows);
        } else {
            entry.canApply = true;
        }
        return entry;
    }
};

// The copy as a user named it: repository-relative, under <folder>/<member>/set-aside/, no link on the way.
Result<SetAsideCopy> findCopy(const Context& context, const QString& copy)
{
    auto relative = normaliseRelativePath(copy, QStringLiteral("set-aside copy"));
    if (!relative)
        return relative.error();
    const QStringList parts = relative->split(u'/');
    const QStringList folderParts = context.folder.split(u'/');
    if (parts.size() != folderParts.size() + 3 || parts.mid(0, folderParts.size()) != folderParts ||
        parts.at(folderParts.size() + 1) != QLatin1String("set-aside"))
        return Error::usage(
            QStringLiteral("%1: not a set-aside copy (those are %2/<member>/set-aside/<file>)")
                .arg(*relative, context.folder));
    bool missing = false;
    if (!isPlainPathBeneath(context.ws.repoDir, *relative, &missing)) {
        if (missing)
            return Error::usage(QStringLiteral("%1: no such set-aside copy").arg(*relative));
        if (auto plain = requirePlainPathBeneath(context.ws.repoDir, *relative); !plain)
            return plain.error();
        return Error::badInput(QStringLiteral("%1: a link, never followed").arg(*relative));
    }
    const QFileInfo info(context.ws.repoDir + u'/' + *relative);
    if (!info.isFile())
        return Error::badInput(QStringLiteral("%1: not a regular file").arg(*relative));
    return context.describe(*relative, parts.at(folderParts.size()), info.size());
}

struct Loaded
{
    SetAsideCopy copy;
    QByteArray ownerBytes; // the shadowed notebook as it is now
    QByteArray copyBytes;
};

Result<Loaded> loadPair(const Context& context, const QString& copy)
{
    auto found = findCopy(context, copy);
    if (!found)
        return found.error();
    if (found->shadows.isEmpty())
        return Error::usage(QStringLiteral("%1: %2").arg(found->copy, found->why));
    if (!found->copy.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive))
        return Error::usage(QStringLiteral("%1: %2").arg(found->copy, found->why));
    bool missing = false;
    if (!isPlainPathBeneath(context.ws.repoDir, found->shadows, &missing) && missing)
        return Error::usage(QStringLiteral("%1: the notebook it shadows, %2, is not in the repository")
                                .arg(found->copy, found->shadows));
    auto ownerBytes =
        nb::readNotebookFile(nb::NotebookLocation::inRepository(context.ws.repoDir, found->shadows));
    if (!ownerBytes)
        return ownerBytes.error();
    auto copyBytes =
        nb::readNotebookFile(nb::NotebookLocation::inRepository(context.ws.repoDir, found->copy));
    if (!copyBytes)
        return copyBytes.error();
    return Loaded{std::move(*found), std::move(*ownerBytes), std::move(*copyBytes)};
}

} // namespace

Result<QList<SetAsideCopy>> listSetAside(const Workspace& ws)
{
    const Context context(ws);
    QList<SetAsideCopy> copies;
    const QString top = ws.repoDir + u'/' + context.folder;
    if (!isPlainPathBeneath(ws.repoDir, context.folder))
        return copies; // no notebooks folder, or a link: nothing is listed through it
    const QDir members(top);
    for (const QFileInfo& member : members.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (member.isSymLink())
            continue;
        const QString setAside = context.folder + u'/' + member.fileName() + QStringLiteral("/set-aside");
        if (!isPlainPathBeneath(ws.repoDir, setAside))
            continue;
        const QDir folder(ws.repoDir + u'/' + setAside);
        for (const QFileInfo& file : folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
            if (file.isSymLink() || !file.isFile())
                continue;
            copies.append(
                context.describe(setAside + u'/' + file.fileName(), member.fileName(), file.size()));
        }
    }
    std::sort(copies.begin(), copies.end(), [](const SetAsideCopy& a, const SetAsideCopy& b) {
        if (a.when != b.when)
            return a.when > b.when;
        return a.copy < b.copy;
    });
    return copies;
}

Result<nb::NotebookDiff> diffSetAside(const Workspace& ws, const QString& copy)
{
    const Context context(ws);
    auto loaded = loadPair(context, copy);
    if (!loaded)
        return loaded.error();
    return nb::diffNotebookBytes(std::move(loaded->ownerBytes), loaded->copy.shadows,
                                 std::move(loaded->copyBytes), loaded->copy.copy);
}

namespace {

// A cell id nbformat would accept, not used by any cell of `cells`.
std::string freshCellId(const std::vector<JsonValue>& cells, int seed)
{
    std::set<std::string_view> used;
    for (const JsonValue& cell : cells) {
        if (const JsonValue* id = cell.find("id"); id && id->isString())
            used.insert(id->text);
    }
    for (int n = seed;; ++n) {
        std::string candidate = "applied-" + std::to_string(n);
        if (!used.count(candidate))
            return candidate;
    }
}

} // namespace

Result<ApplyCellsReport> applySetAsideCells(const Workspace& ws, const QString& copy, const QList<int>& rows)
{
    const Context context(ws);
    auto loaded = loadPair(context, copy);
    if (!loaded)
        return loaded.error();
    const SetAsideCopy& found = loaded->copy;
    if (!found.canApply)
        return Error::usage(QStringLiteral("%1: cannot apply its cells: %2").arg(found.copy, found.why));
    if (rows.isEmpty())
        return Error::usage(QStringLiteral("%1: no rows chosen to apply").arg(found.copy));

    const QByteArray original = loaded->ownerBytes;
    auto diff = nb::diffNotebookBytes(loaded->ownerBytes, found.shadows, loaded->copyBytes, found.copy);
    if (!diff)
        return diff.error();
    const int rowCount = int(diff->cells.size());
    for (int row : rows) {
        if (row < 0 || row >= rowCount)
            return Error::usage(QStringLiteral("%1: row %2 is out of range: the diff has %3 row(s) (0 to %4)")
                                    .arg(found.copy)
                                    .arg(row)
                                    .arg(rowCount)
                                    .arg(rowCount - 1));
    }

    auto owner = nb::Notebook::parse(std::move(loaded->ownerBytes), found.shadows);
    if (!owner)
        return owner.error();
    auto theirs = nb::Notebook::parse(std::move(loaded->copyBytes), found.copy);
    if (!theirs)
        return theirs.error();
    if (owner->majorVersion() != 4 || theirs->majorVersion() != 4)
        return Error::badInput(
            QStringLiteral("%1: cells can be applied between nbformat 4 notebooks only").arg(found.copy));
    JsonValue* ownerCells = owner->root().find("cells");
    const JsonValue* theirCells = theirs->root().find("cells");
    if (!ownerCells || !theirCells || !ownerCells->isArray() || !theirCells->isArray())
        return Error::badInput(QStringLiteral("%1: a notebook without a cells list").arg(found.copy));
    const int aCount = int(ownerCells->children.size());
    const int bCount = int(theirCells->children.size());

    ApplyCellsReport report;
    report.notebook = found.shadows;
    const std::set<int> chosen(rows.begin(), rows.end());
    // A's cells in A's order; replaced, deleted, and B's added cells inserted after the A cell that precedes
    // them in the diff (at the start when none does).
    std::vector<const JsonValue*> replacement(std::size_t(aCount), nullptr);
    std::vector<bool> deleted(std::size_t(aCount), false);
    std::vector<std::vector<const JsonValue*>> after(std::size_t(aCount) + 1); // [0] = at the start
    int lastA = -1;
    for (int row = 0; row < rowCount; ++row) {
        const nb::CellDiff& cell = diff->cells.at(row);
        const bool take = chosen.count(row) > 0;
        const bool aOk = cell.a >= 0 && cell.a < aCount;
        const bool bOk = cell.b >= 0 && cell.b < bCount;
        if (take) {
            switch (cell.status) {
            case nb::CellStatus::Unchanged:
                report.notes.append(QStringLiteral("row %1 is unchanged: nothing to apply").arg(row));
                break;
            case nb::CellStatus::Modified:
                if (!aOk || !bOk)
                    return Error::failed(QStringLiteral("%1: row %2 names no cell").arg(found.copy).arg(row));
                replacement[std::size_t(cell.a)] = &theirCells->children[std::size_t(cell.b)];
                ++report.applied;
                break;
            case nb::CellStatus::Added:
                if (!bOk)
                    return Error::failed(QStringLiteral("%1: row %2 names no cell").arg(found.copy).arg(row));
                after[std::size_t(lastA + 1)].push_back(&theirCells->children[std::size_t(cell.b)]);
                ++report.applied;
                break;
            case nb::CellStatus::Removed:
                if (!aOk)
                    return Error::failed(QStringLiteral("%1: row %2 names no cell").arg(found.copy).arg(row));
                deleted[std::size_t(cell.a)] = true;
                ++report.applied;
                break;
            }
        }
        if (aOk)
            lastA = cell.a;
    }
    if (report.applied == 0)
        return Error::usage(
            QStringLiteral("%1: the chosen rows are unchanged: nothing to apply").arg(found.copy));

    const bool wantIds = owner->minorVersion() >= 5;
    std::vector<JsonValue> cells;
    cells.reserve(std::size_t(aCount) + std::size_t(bCount));
    auto appendCell = [&](const JsonValue& cell) {
        cells.push_back(cell);
        JsonValue& added = cells.back();
        if (!wantIds)
            added.remove("id");
    };
    for (const JsonValue* cell : after[0])
        appendCell(*cell);
    for (int i = 0; i < aCount; ++i) {
        if (!deleted[std::size_t(i)])
            appendCell(replacement[std::size_t(i)] ? *replacement[std::size_t(i)]
                                                   : ownerCells->children[std::size_t(i)]);
        for (const JsonValue* cell : after[std::size_t(i) + 1])
            appendCell(*cell);
    }
    if (wantIds) { // nbformat 4.5 wants unique ids: a taken cell without one (or with a clashing one) gets
                   // one
        std::set<std::string_view> seen;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const JsonValue* id = cells[i].find("id");
            if (id && id->isString() && seen.insert(id->text).second)
                continue;
            const std::string_view fresh = owner->store(freshCellId(cells, int(i) + 1));
            cells[i].set("id", JsonValue::string(fresh));
            seen.insert(fresh);
        }
    }
    ownerCells->children = std::move(cells);
    for (JsonValue& cell : ownerCells->children)
        cell.key = {};

    auto bytes = owner->serialize();
    if (!bytes)
        return bytes.error();
    // The owner's notebook must still be what the diff was made from (an editor may have saved meanwhile).
    auto now = nb::readNotebookFile(nb::NotebookLocation::inRepository(ws.repoDir, found.shadows));
    if (!now)
        return now.error();
    if (*now != original)
        return Error::failed(QStringLiteral("%1: changed on disk while the cells were being applied; nothing "
                                            "written, try again")
                                 .arg(found.shadows));
    if (auto written = writeFileBeneath(ws.repoDir, found.shadows, *bytes); !written)
        return written.error();
    const QString detail =
        QStringLiteral("applied %1 cell change(s) from %2").arg(report.applied).arg(found.copy);
    if (auto logged = ActivityLog::record(ws, QStringLiteral("notebook.apply-cells"), found.shadows, detail);
        !logged)
        report.notes.append(QStringLiteral("activity log not written: ") + logged.error().message);
    return report;
}

Status discardSetAside(const Workspace& ws, const QString& copy)
{
    const Context context(ws);
    auto found = findCopy(context, copy);
    if (!found)
        return found.error();
    if (!found->mine)
        return Error::usage(QStringLiteral("%1: only %2 can discard it (it is in their set-aside folder)")
                                .arg(found->copy, found->member));
    const QString path = ws.repoDir + u'/' + found->copy;
    QFile file(path);
    if (!file.remove())
        return Error::failed(QStringLiteral("%1: cannot remove: %2").arg(found->copy, file.errorString()));
    const QString detail =
        found->shadows.isEmpty()
            ? QStringLiteral("discarded (it stays in git history)")
            : QStringLiteral("discarded the copy of %1 (it stays in git history)").arg(found->shadows);
    if (auto logged = ActivityLog::record(ws, QStringLiteral("sync.discard"), found->copy, detail); !logged)
        return Error::failed(QStringLiteral("%1: discarded, but the activity log was not written: %2")
                                 .arg(found->copy, logged.error().message));
    return {};
}

} // namespace ts::services
