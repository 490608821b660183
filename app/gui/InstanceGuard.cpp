// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "InstanceGuard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>

#include <map>
#include <memory>

namespace ts::gui {

namespace {

// The workspaces this process holds: one lock and one server each, shared by the windows showing it.
struct Held
{
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<QLocalServer> server;
    QList<QPointer<InstanceGuard>> guards; // in the order they claimed it
};

std::map<QString, Held>& held()
{
    static std::map<QString, Held> registry; // GUI thread only
    return registry;
}

QString socketPath(const QString& lockPath)
{
    QString path = lockPath;
    path.chop(4); // "lock"
    return path + QStringLiteral("sock");
}

} // namespace

InstanceGuard::InstanceGuard(QObject* parent) : QObject(parent) {}

InstanceGuard::~InstanceGuard()
{
    release();
}

QString InstanceGuard::lockPath(const QString& repoDir)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QByteArray key = QCryptographicHash::hash(QDir::cleanPath(QDir(repoDir).absolutePath()).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(16);
    return QDir(folder).filePath(QStringLiteral("teamspace-%1.lock").arg(QString::fromLatin1(key)));
}

bool InstanceGuard::claim(const QString& repoDir)
{
    if (!m_repoDir.isEmpty() && m_repoDir == repoDir)
        return true;
    const QString path = lockPath(repoDir);
    if (path == m_lockPath) { // the same folder, spelled differently
        m_repoDir = repoDir;
        return true;
    }
    auto found = held().find(path);
    if (found != held().end()) { // another window of this process shows it
        release();
        held()[path].guards.append(this);
        m_repoDir = repoDir;
        m_lockPath = path;
        return true;
    }
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // stale only when its process is gone, however old
    if (!lock->tryLock(0)) {
        if (lock->error() != QLockFile::LockFailedError)
            return true; // no runtime folder to lock in: refusing the user over it would be worse
        QLocalSocket socket;
        socket.connectToServer(socketPath(path));
        if (socket.waitForConnected(500)) { // a local socket: answers at once or not at all
            socket.write("raise\n");
            socket.waitForBytesWritten(500);
            socket.disconnectFromServer();
        }
        return false;
    }
    release();
    Held entry;
    entry.lock = std::move(lock);
    entry.server = std::make_unique<QLocalServer>();
    entry.server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(socketPath(path)); // left by a crashed holder
    QLocalServer* server = entry.server.get();
    if (server->listen(socketPath(path))) {
        QObject::connect(server, &QLocalServer::newConnection, server, [server, path] {
            while (QLocalSocket* client = server->nextPendingConnection()) {
                QObject::connect(client, &QLocalSocket::readyRead, client, [client, path] {
                    if (!client->readAll().startsWith("raise"))
                        return;
                    const auto it = held().find(path);
                    if (it == held().end())
                        return;
                    for (const QPointer<InstanceGuard>& guard : it->second.guards)
                        if (guard) {
                            emit guard->raiseRequested();
                            return;
                        }
                });
                QObject::connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    entry.guards.append(this);
    held().emplace(path, std::move(entry));
    m_repoDir = repoDir;
    m_lockPath = path;
    return true;
}

void InstanceGuard::release()
{
    if (m_lockPath.isEmpty())
        return;
    const auto it = held().find(m_lockPath);
    if (it != held().end()) {
        Held& entry = it->second;
        entry.guards.removeAll(QPointer<InstanceGuard>(this));
        entry.guards.removeAll(QPointer<InstanceGuard>());
        if (entry.guards.isEmpty()) {
            entry.server->close();
            entry.lock->unlock();
            held().erase(it);
        }
    }
    m_repoDir.clear();
    m_lockPath.clear();
}

} // namespace ts::gui
