// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Browsing the stored index one folder at a time, for the Storage panel's size tree and treemap: a folder's
// direct children come from its id range (IndexSchema.h, kFilesSchema) with the recursive totals of the
// sub-folders, so nothing ever holds the whole tree. A browser pins one consistent picture of the index (a
// read transaction on a WAL database): a scan that commits meanwhile is seen only by a new browser.
//
// One IndexBrowser = one connection: use it on one thread (the model on the GUI thread, the treemap's layout
// on its worker each open their own).
#pragma once

#include "index/IndexQueries.h"
#include "index/IndexStore.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ts::index {

// One entry as the browser shows it. Folders carry their recursive totals (bytes, allocated, files, folders;
// `newestMtimeNs` of the newest regular file below); other entries their own size.
struct BrowseEntry
{
    qint64 id = 0;
    qint64 parent = 0; // 0 for a top
    Top top = Top::SharedFolder;
    QByteArray name;         // raw bytes; "" for a top
    QByteArray relativePath; // relative to its top; "" for a top
    EntryType type = EntryType::File;
    EntryState state = EntryState::Ok;
    qint64 bytes = 0;         // apparent size; folders: counted regular files below (each inode once)
    qint64 allocated = 0;     // st_blocks * 512; folders: below
    qint64 mtimeNs = 0;       // the entry's own mtime
    qint64 newestMtimeNs = 0; // folders: newest regular file below (0: none); others: mtimeNs
    qint64 files = 0;         // folders: regular-file paths below; a file: 1
    qint64 folders = 0;       // folders: sub-folders below
    qint64 childCount = 0;    // folders: direct children of any type
    qint64 nlink = 1;
    bool counted = true; // false: another path of the same inode counts its bytes (a hard link)
    Kind kind = Kind::Other;
    QString member;        // empty when not attributed
    QByteArray linkTarget; // symlinks: the target text, never followed
    QString error;         // why state is not Ok

    bool isFolder() const { return type == EntryType::Directory; }
    bool isHardLink() const { return type == EntryType::File && nlink > 1; }
    // How reports name it: "data/raw/a.csv", "repo:notebooks/ana/x.ipynb", "." for the shared folder.
    QString displayPath() const;
};

// What the Storage panel's member and kind filters keep. Kind and member are attributed by folder (a folder
// passes them to everything below it until a deeper layout folder, ScanAnalysis.h, Attribution), so a filter
// keeps whole sub-trees: the "roots" (folders that match under a parent that does not), and the folders
// above them, with only the roots' bytes counted.
//
// How the totals compare with the usage reports (tst_indexbrowser checks each):
// - By member: everything attributed to the member, i.e. results/<m> and checkpoints/<m> in the shared folder
//   AND notebooks/<m> in the repository. The shared folder's filtered total equals usageByMember's bytes
//   (results + checkpoints: what counts against the quota); the repository's adds the member's notebooks,
//   which the member report leaves to "unattributed".
// - Unattributed: entries with no member, so the members' notebooks are not in it: its total is the member
//   report's unattributedBytes less the members' notebooks.
// - By kind: equal to usageByKind for every kind.
// - `folders` counts the folders the filter keeps; a folder shown only as the way down to kept ones is not
//   counted (its files are hidden too).
struct EntryFilter
{
    enum class By { Nothing, Member, Unattributed, Kind };
    By by = By::Nothing;
    QString member;          // By::Member
    Kind kind = Kind::Other; // By::Kind

    static EntryFilter none() { return {}; }
    static EntryFilter ofMember(const QString& id) { return {By::Member, id, Kind::Other}; }
    static EntryFilter unattributed() { return {By::Unattributed, {}, Kind::Other}; }
    static EntryFilter ofKind(Kind k) { return {By::Kind, {}, k}; }

    bool active() const { return by != By::Nothing; }
    bool matches(Kind entryKind, const QString& entryMember) const;
    bool matches(const BrowseEntry& e) const { return matches(e.kind, e.member); }
    bool operator==(const EntryFilter& other) const;
};

// A folder's totals counting only what a filter keeps.
struct FilteredTotals
{
    qint64 bytes = 0, allocated = 0, files = 0, folders = 0;
};

// Under an active filter: for every folder that does not match but holds matching roots, the totals of those
// roots. A matching entry keeps its own totals; any other entry is hidden.
struct FilterView
{
    EntryFilter filter;
    QHash<qint64, FilteredTotals> partial; // folder id → the roots' totals below it

    // Whether the entry is shown, and (when shown) its totals under the filter.
    // A folder that does not match is shown while something below it is kept.
    bool shows(const BrowseEntry& e) const;
    FilteredTotals totalsOf(const BrowseEntry& e) const;
};

class IndexBrowser
{
public:
    // Opens the index at `databasePath` for reading (a read-only folder is fine) and pins the current state.
    // Failed, saying to scan first, when nothing was indexed yet.
    static Result<IndexBrowser> open(const QString& databasePath);

    // Defined where Impl is complete, so that a browser can be moved out of its Result.
    IndexBrowser(IndexBrowser&&) noexcept;
    IndexBrowser& operator=(IndexBrowser&&) noexcept;
    ~IndexBrowser();

    const ScanSummary& lastScan() const { return m_lastScan; }
    const QString& databasePath() const { return m_path; }

    // The tops: the shared folder, then the notebook repository (only the shared folder when the workspace
    // keeps both in one folder).
    Result<QList<BrowseEntry>> tops();
    // A folder's direct children (any order; empty for a non-folder). BadInput when there is no entry
    // `folderId`.
    Result<QList<BrowseEntry>> children(qint64 folderId);
    // One entry by id; none when there is no such entry.
    Result<std::optional<BrowseEntry>> entry(qint64 id);
    // The ids from the top down to `id`'s parent (empty for a top).
    Result<QList<qint64>> ancestors(qint64 id);
    // The entry at a display path ("data/raw/a.csv", "repo:notebooks/…", "."); none when not indexed.
    Result<std::optional<qint64>> find(const QString& displayPath);
    Result<std::optional<qint64>> find(Top top, const QByteArray& relativePath);

    // The partial totals a filter needs (FilterView); empty for an inactive filter. Reads index_folders only.
    Result<FilterView> filterView(const EntryFilter& filter);

private:
    struct Impl;
    explicit IndexBrowser(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    ScanSummary m_lastScan;
    QString m_path;
};

} // namespace ts::index
