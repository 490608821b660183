// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The demo workspace's notebooks: valid nbformat 4 files as Colab saves them (outputs, execution counts,
// Colab metadata, some with a GPU or TPU accelerator), generated deterministically.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ts::services {

struct DemoNotebookSpec
{
    QString title;       // shown as the first markdown cell and as metadata.colab.name
    QString accelerator; // "GPU", "TPU" or empty (CPU)
    QStringList code;    // one code cell per entry; each gets a stream output, the last an execute_result
    int seed = 0;        // varies the outputs
};

QByteArray demoNotebookJson(const DemoNotebookSpec& spec);

} // namespace ts::services
