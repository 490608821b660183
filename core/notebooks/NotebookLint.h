// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Lint for the habits that break a shared notebook: machine-specific paths, writes into raw data, secrets
// in source, no ROOT_PATH first cell, duplicate cell ids. Pure: a notebook and the layout in, findings out.
#pragma once

#include "notebooks/Notebook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ts::nb {

struct LintFinding
{
    int cell = 0;   // 0-based cell index
    int line = 0;   // 1-based line within the cell's source; 0 = the finding is about the whole cell
    QString rule;   // stable id: hardcoded-path, raw-write, secret, missing-root-cell, duplicate-cell-id
    QString message;
    QString fix;
};

struct LintContext
{
    QStringList rawFolders; // root-relative paths of the layout's raw data folders ("data/raw")
};

QList<LintFinding> lintNotebook(const Notebook& notebook, const LintContext& context);

} // namespace ts::nb
