// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The test seam for every standard dialog the GUI shows: folder pickers, questions and error boxes.
// Widgets ask through this interface instead of calling QFileDialog/QMessageBox statics (which spin nested
// event loops and cannot be answered by a test); tests pass a scripted implementation with the answers ready.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ts::gui {

class Dialogs
{
public:
    virtual ~Dialogs() = default;

    // Asks for an existing folder; `chosen` gets its absolute path, and is not called when the user cancels.
    // The answer arrives later on the GUI thread, never after `parent` was destroyed.
    virtual void chooseFolder(QWidget* parent, const QString& title, const QString& startDir,
                              std::function<void(const QString& folder)> chosen) = 0;
    // A yes/no question; `answered(true)` for yes. Never after `parent` was destroyed.
    virtual void ask(QWidget* parent, const QString& title, const QString& question,
                     std::function<void(bool yes)> answered) = 0;
    // An error that needs the user's attention (what failed, on which path, what to do).
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    // Asks where to save a new file (`suggested`: a full path; `filter`: "CSV files (*.csv)"); `chosen` gets
    // the absolute path, and is not called when the user cancels. Never after `parent` was destroyed.
    virtual void chooseSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter, std::function<void(const QString& file)> chosen) = 0;
};

// The real dialogs: window-modal, opened with open() (no nested event loop), deleted when closed.
class QtDialogs final : public Dialogs
{
public:
    void chooseFolder(QWidget* parent, const QString& title, const QString& startDir,
                      std::function<void(const QString& folder)> chosen) override;
    void ask(QWidget* parent, const QString& title, const QString& question,
             std::function<void(bool yes)> answered) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    void chooseSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                        const QString& filter, std::function<void(const QString& file)> chosen) override;
};

} // namespace ts::gui
