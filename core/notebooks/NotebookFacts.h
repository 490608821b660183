// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// What Teamspace shows about a notebook without running it: cells, output weight, runtime it asks for.
#pragma once

#include "notebooks/Notebook.h"

#include <QList>
#include <QString>

#include <optional>

namespace ts::nb {

struct NotebookFacts
{
    int nbformat = 4;
    int nbformatMinor = 0;
    int cells = 0;
    int codeCells = 0;
    int markdownCells = 0;
    int rawCells = 0;
    // Per cell, in order: UTF-8 bytes of every string in its outputs (text, base64 data, tracebacks) —
    // what the outputs weigh in the file, before JSON quoting.
    QList<qint64> outputBytesPerCell;
    qint64 outputBytes = 0;
    int outputCount = 0;
    bool hasOutputs = false;
    // "GPU", "TPU", "GPU (T4)", "GPU (A100, premium)"… from metadata.accelerator, Colab's colab.gpuType and
    // gpuClass, or Kaggle's kaggle.accelerator; empty when the notebook declares none.
    std::optional<QString> accelerator;
    QString kernelName;        // metadata.kernelspec.name
    QString kernelDisplayName; // metadata.kernelspec.display_name
    QString language;          // metadata.language_info.name, else kernelspec.language
};

NotebookFacts notebookFacts(const Notebook& notebook);

} // namespace ts::nb
