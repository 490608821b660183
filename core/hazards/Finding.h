// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One hazard found in the index: which rule, how bad, where, what it means and what to do.
#pragma once

#include <QList>
#include <QString>

namespace ts::hazards {

enum class Severity { Info = 0, Warning = 1, Error = 2 };
QString toString(Severity severity); // "info", "warning", "error"

struct Finding
{
    QString rule; // stable id, e.g. "split-threshold"
    Severity severity = Severity::Warning;
    QString path;    // display path of the offending folder or file ("." = the shared folder)
    QString message; // what is wrong, with the figures
    QString fix;     // what to do, in words
};

} // namespace ts::hazards
