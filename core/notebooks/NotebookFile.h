// Notebook files on disk: read exactly once (no growth buffers: memory stays near the file size), strip or
// rewrite, replace atomically only when the bytes change (an unchanged file keeps its mtime for sync).
#pragma once

#include "notebooks/Notebook.h"
#include "util/Result.h"
#include "workspace/Manifest.h"

#include <QByteArray>
#include <QString>

namespace ts::nb {

// The whole file in one allocation of its size. BadInput above kNotebookMaxBytes, Failed on I/O errors.
Result<QByteArray> readNotebookFile(const QString& path);

// Reads and parses (`path` named in every error).
Result<Notebook> loadNotebook(const QString& path);

enum class StripMode {
    Check,   // change nothing, only say whether the file would change
    Rewrite, // replace the file atomically when it changes
    Output,  // change nothing, return the stripped bytes
};

struct StripFileOutcome
{
    bool changed = false;   // the stripped bytes differ from the file
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
    QByteArray stripped;    // StripMode::Output only
};

// The file is never touched unless mode is Rewrite, the notebook is valid and the bytes differ.
// `upgradeV3`: convert nbformat 3 notebooks to 4 (else they are refused).
Result<StripFileOutcome> stripNotebookFile(const QString& path, const StripPolicy& policy, StripMode mode, bool upgradeV3 = false);

// Writes a notebook back (nbformat layout) atomically if its bytes differ from what is on disk.
// Returns whether it wrote.
Result<bool> saveNotebookIfChanged(const QString& path, const Notebook& notebook, const QByteArray& original);

} // namespace ts::nb
