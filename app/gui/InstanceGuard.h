// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// One Teamspace process per workspace on this computer: a second `teamspace` opening a workspace that another
// process shows asks that one to come to the front instead of opening it twice (two processes writing one
// teamspace.json and one local database would race). A QLockFile per workspace in the user's runtime folder
// says which process has it (a crashed holder's lock is stale and taken over); a QLocalServer beside it hears
// "raise". Windows of one process share the claim (they share the process's state).
#pragma once

#include <QObject>
#include <QString>

namespace ts::gui {

class InstanceGuard : public QObject
{
    Q_OBJECT
public:
    explicit InstanceGuard(QObject* parent = nullptr);
    ~InstanceGuard() override;

    // Claims the workspace at `repoDir` for this window, releasing the one it held. False when another
    // process holds it: that one has been asked to raise its window.
    bool claim(const QString& repoDir);
    void release();
    QString claimed() const { return m_repoDir; }

    // Where the lock and the socket of `repoDir` live (for tests and messages).
    static QString lockPath(const QString& repoDir);

signals:
    // Another process tried to open the workspace this window holds (sent to the first window that claimed
    // it).
    void raiseRequested();

private:
    QString m_repoDir;
    QString m_lockPath;
};

} // namespace ts::gui
