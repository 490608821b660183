// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "ScriptedDialogs.h"

#include <QMetaObject>
#include <QWidget>

namespace ts::test {

void ScriptedDialogs::chooseFolder(QWidget* parent, const QString& title, const QString& /*startDir*/,
                                   std::function<void(const QString& folder)> chosen)
{
    folderRequests << title;
    const QString answer = folderAnswers.isEmpty() ? QString() : folderAnswers.takeFirst();
    if (answer.isEmpty())
        return; // cancelled: a real picker calls nothing either
    QMetaObject::invokeMethod(
        parent, [chosen = std::move(chosen), answer] { chosen(answer); }, Qt::QueuedConnection);
}

void ScriptedDialogs::ask(QWidget* parent, const QString& /*title*/, const QString& question,
                          std::function<void(bool yes)> answered)
{
    questions << question;
    const bool yes = questionAnswers.isEmpty() ? false : questionAnswers.takeFirst();
    QMetaObject::invokeMethod(
        parent, [answered = std::move(answered), yes] { answered(yes); }, Qt::QueuedConnection);
}

void ScriptedDialogs::showError(QWidget* /*parent*/, const QString& title, const QString& message)
{
    errors.append({title, message});
}

void ScriptedDialogs::chooseSaveFile(QWidget* parent, const QString& /*title*/, const QString& suggested,
                                     const QString& /*filter*/,
                                     std::function<void(const QString& file)> chosen)
{
    saveRequests << suggested;
    const QString answer = saveAnswers.isEmpty() ? QString() : saveAnswers.takeFirst();
    if (answer.isEmpty())
        return;
    QMetaObject::invokeMethod(
        parent, [chosen = std::move(chosen), answer] { chosen(answer); }, Qt::QueuedConnection);
}

} // namespace ts::test
