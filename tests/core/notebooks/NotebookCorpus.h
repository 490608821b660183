// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Generated notebooks covering what real ones look like on disk: Colab's and Jupyter's layouts, every
// nbformat 4 minor that matters, non-ASCII and astral-plane text, ANSI escapes, CRLF, awkward numbers.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ts::test {

struct CorpusNotebook
{
    QString name;     // file name stem, e.g. "colab-saved"
    QByteArray bytes; // the file as an editor saved it
};

QList<CorpusNotebook> notebookCorpus();
// nbformat 3 notebooks (worksheets, heading cells, pyout/pyerr, v3 mime keys), for the conversion to 4.
QList<CorpusNotebook> notebookCorpusV3();

// A notebook of `imageCount` base64 PNG-like outputs of `imageBytes` each (Colab layout), for size tests.
QByteArray notebookWithImages(int imageCount, int imageBytes);

} // namespace ts::test
