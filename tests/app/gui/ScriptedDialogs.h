// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The GUI tests' answer to Dialogs: folder pickers and questions answered from a script, every error
// recorded. Answers arrive queued on the event loop, as a real dialog's would, and never after the parent is
// gone.
#pragma once

#include "Dialogs.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace ts::test {

class ScriptedDialogs final : public gui::Dialogs
{
public:
    QStringList folderAnswers;   // consumed in order; an empty string or an empty list means "cancelled"
    QList<bool> questionAnswers; // consumed in order; none left means "no"
    QStringList saveAnswers;     // file paths for chooseSaveFile, consumed in order; none or "" = cancelled

    QStringList folderRequests;            // titles of the folder pickers that were opened
    QStringList questions;                 // the questions asked
    QList<QPair<QString, QString>> errors; // (title, message) of every error shown
    QStringList saveRequests;              // the suggested paths of the save pickers that were opened

    void chooseFolder(QWidget* parent, const QString& title, const QString& startDir,
                      std::function<void(const QString& folder)> chosen) override;
    void ask(QWidget* parent, const QString& title, const QString& question,
             std::function<void(bool yes)> answered) override;
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    void chooseSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                        const QString& filter, std::function<void(const QString& file)> chosen) override;
};

} // namespace ts::test
