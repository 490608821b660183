// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Notebooks the Qt-free diff must decline or read exactly as the Qt engine does (tst_notebookdiffplain): bad
// JSON, other nbformats, escapes, numbers, duplicate keys, … each a (name, file text) pair.
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

QList<std::pair<QByteArray, QByteArray>> unusualNotebooks();
// {"cells": [], …}: the other side of each case.
QByteArray emptyNotebook();
