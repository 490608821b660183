// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Notebook files on disk: read exactly once (no growth buffers: memory stays near the file size), strip or
// rewrite, replace atomically only when the bytes change (an unchanged file keeps its mtime for sync).
#pragma once

#include "notebooks/Notebook.h"
#include "util/Result.h"
#include "workspace/Manifest.h"

#include <QByteArray>
#include <QString>

namespace ts::nb {

// Where a notebook is. Inside a repository (`root` set) nothing below the root may be a symlink: the file is
// opened and replaced beneath the root without following any (a link from a teammate's push must not make
// Teamspace read or write another member's notebook, or a file outside the repository). A loose notebook
// outside any workspace has no root; `relative` is then its whole path (its last component still must not
// be a link: see writeFileAtomically).
struct NotebookLocation
{
    QString root;
    QString relative;

    static NotebookLocation loose(const QString& path) { return {QString(), path}; }
    static NotebookLocation inRepository(const QString& root, const QString& relative)
    {
        return {root, relative};
    }
    // The path for messages and for readers that need one.
    QString path() const { return root.isEmpty() ? relative : root + u'/' + relative; }
};

// An uninitialised buffer of `size` bytes with the parser's padding behind it (kSimdPadding), in huge pages
// where the system allows, for reading a notebook into (from a file or a git blob).
QByteArray notebookBuffer(qint64 size);

// The whole file in one allocation of its size. BadInput above kNotebookMaxBytes or for a link inside the
// repository, Failed on I/O errors.
Result<QByteArray> readNotebookFile(const NotebookLocation& location);

// Reads and parses (the path named in every error).
Result<Notebook> loadNotebook(const NotebookLocation& location);

enum class StripMode {
    Check,   // change nothing, only say whether the file would change
    Rewrite, // replace the file atomically when it changes
    Output,  // change nothing, return the stripped bytes
};

struct StripFileOutcome
{
    bool changed = false; // the stripped bytes differ from the file
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
    QByteArray stripped; // StripMode::Output only
};

// The file is never touched unless mode is Rewrite, the notebook is valid and the bytes differ. A failed
// write (a full disk) leaves the file as it was and says so (Failed). `upgradeV3`: convert nbformat 3
// notebooks to 4 (else they are refused).
Result<StripFileOutcome> stripNotebookFile(const NotebookLocation& location, const StripPolicy& policy,
                                           StripMode mode, bool upgradeV3 = false);

// Writes a notebook back (nbformat layout) atomically if its bytes differ from `original`. Returns whether
// it wrote.
Result<bool> saveNotebookIfChanged(const NotebookLocation& location, const Notebook& notebook,
                                   const QByteArray& original);

} // namespace ts::nb
