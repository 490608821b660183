// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Help ▸ About: what Teamspace is, its version and the Qt it runs on. A dialog of its own (not the static
// QMessageBox::about) so it opens without a nested event loop and tests can find it.
#pragma once

#include <QDialog>

namespace ts::gui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace ts::gui
