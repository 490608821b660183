// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "UserMessages.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace ts::gui {

namespace {

struct Rewrite
{
    QRegularExpression pattern;
    QString replacement;
};

QString translated(const char* text)
{
    return QCoreApplication::translate("UserMessages", text);
}

const QList<Rewrite>& rewrites()
{
    // Most specific first; the last ones catch whatever flag or command is left.
    static const QList<Rewrite> list{
        // Who I am.
        {QRegularExpression(QStringLiteral("^--as (\\S+): (.*)$")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "\\1: \\2; set who you are in Preferences"))},
        {QRegularExpression(QStringLiteral("\\(ask the lead, or act --as the lead\\)")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "(ask the lead)"))},
        {QRegularExpression(QStringLiteral("(pass|start with) --as MEMBER")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "set who you are in Preferences"))},
        // The shared folder.
        {QRegularExpression(QStringLiteral("mount it,? or pass --root DIR")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "mount it, or choose where it is in Preferences"))},
        {QRegularExpression(QStringLiteral("then pass --root")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "then choose it in Preferences"))},
        {QRegularExpression(QStringLiteral("check --root or --workspace")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "check the shared folder in Preferences"))},
        {QRegularExpression(QStringLiteral("\\(omit --root\\)")), QString()},
        // The workspace and its database.
        {QRegularExpression(QStringLiteral("pass --workspace DIR or run `teamspace-cli init`")),
         translated(QT_TRANSLATE_NOOP(
             "UserMessages", "open the folder that holds teamspace.json, or create a new workspace"))},
        {QRegularExpression(QStringLiteral(" or pass --index with another file")), QString()},
        // Notebooks.
        {QRegularExpression(QStringLiteral("^--(owner|runner) (\\S+): ")), QStringLiteral("\\1 \\2: ")},
        {QRegularExpression(QStringLiteral("\\(pass --owner ID\\)")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "(choose an owner)"))},
        {QRegularExpression(QStringLiteral("assign one: `teamspace-cli notebook assign [^`]*`")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "assign one in the Notebooks panel"))},
        {QRegularExpression(QStringLiteral("`teamspace-cli notebook assign [^`]*`")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "the Notebooks panel"))},
        // Commands that have a place in the app.
        {QRegularExpression(QStringLiteral("see `teamspace-cli member list`")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "see the Members panel"))},
        {QRegularExpression(QStringLiteral("`teamspace-cli member (update|add) [^`]*`")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "in the Members panel"))},
        {QRegularExpression(QStringLiteral("run `teamspace-cli scan` first")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "scan in the Storage panel first"))},
        {QRegularExpression(QStringLiteral("the lead runs `teamspace-cli raw baseline`")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "the lead records one in the Raw data panel"))},
        {QRegularExpression(QStringLiteral("run `teamspace-cli raw baseline`")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "record one in the Raw data panel"))},
        {QRegularExpression(QStringLiteral("see `teamspace-cli layout check`")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "see the Layout panel"))},
        // No keychain (sync/CredentialChoice.h, waysWithoutKeychain): the sign-in dialog opts in to git's helpers.
        {QRegularExpression(QStringLiteral("set TEAMSPACE_GIT_TOKEN for this run, or run `teamspace-cli "
                                           "credentials use-git-helper ([^`]*)` to use git's credential "
                                           "helpers, or start a keyring \\(gnome-keyring or KWallet\\) and "
                                           "unlock it")),
         translated(QT_TRANSLATE_NOOP(
             "UserMessages",
             "start a keyring (gnome-keyring or KWallet) and unlock it, then sign in again; or let git's "
             "credential helpers sign in to \\1 (Credentials… in the Sync panel); or start Teamspace with "
             "TEAMSPACE_GIT_TOKEN set to a token"))},
        // No credential for a remote (git/GitRemote.cpp): the dialog, then the ways around the keychain.
        {QRegularExpression(QStringLiteral("\\(run `teamspace-cli credentials set [^`]*`, or set TEAMSPACE_GIT_TOKEN "
                                           "for this run, or opt in to git's credential helpers with "
                                           "`teamspace-cli credentials use-git-helper ([^`]*)`\\)")),
         translated(QT_TRANSLATE_NOOP(
             "UserMessages",
             "(sign in with Credentials… in the Sync panel, with a password or token or through git's credential "
             "helpers; or start Teamspace with TEAMSPACE_GIT_TOKEN set to a token)"))},
        {QRegularExpression(QStringLiteral("`teamspace-cli credentials set[^`]*`")),
         translated(QT_TRANSLATE_NOOP("UserMessages", "Credentials… in the Sync panel"))},
        // Anything left: a command becomes its words, a flag goes.
        {QRegularExpression(QStringLiteral("`teamspace-cli ([^`]*)`")), QStringLiteral("“\\1”")},
        {QRegularExpression(QStringLiteral("\\s*--[a-z][a-z-]*( [A-Z][A-Z_]*)?")), QString()},
    };
    return list;
}

} // namespace

QString inAppWords(const QString& message)
{
    if (!message.contains(QLatin1String("--")) && !message.contains(QLatin1String("teamspace-cli")))
        return message;
    QString text = message;
    for (const Rewrite& rewrite : rewrites())
        text.replace(rewrite.pattern, rewrite.replacement);
    return text;
}

} // namespace ts::gui
