// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "Dialogs.h"
#include "UserMessages.h"

#include <QFileDialog>
#include <QMessageBox>

namespace ts::gui {

void QtDialogs::chooseFolder(QWidget* parent, const QString& title, const QString& startDir,
                             std::function<void(const QString& folder)> chosen)
{
    // A child of parent: if the parent goes, the dialog and its pending answer go with it.
    auto* dialog = new QFileDialog(parent, title, startDir);
    dialog->setObjectName(QStringLiteral("chooseFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString& folder) { chosen(folder); });
    dialog->open();
}

void QtDialogs::ask(QWidget* parent, const QString& title, const QString& question,
                    std::function<void(bool yes)> answered)
{
    auto* box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("questionBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    QObject::connect(box, &QMessageBox::finished, box,
                     [answered = std::move(answered)](int button) { answered(button == QMessageBox::Yes); });
    box->open();
}

void QtDialogs::showError(QWidget* parent, const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, inAppWords(message), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void QtDialogs::chooseSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                               const QString& filter, std::function<void(const QString& file)> chosen)
{
    auto* dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setObjectName(QStringLiteral("chooseSaveFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(suggested);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString& file) { chosen(file); });
    dialog->open();
}

} // namespace ts::gui
