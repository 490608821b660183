// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/KeychainCredentialStore.h"

#include "sync/CredentialChoice.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

namespace ts::sync {

namespace {

Status refuseGuiThread(const QString& remoteUrl)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread() && app->inherits("QGuiApplication"))
        return Error::failed(
            QStringLiteral("keychain for %1: asked on the GUI thread; run credential access on a "
                           "worker thread")
                .arg(credentialKeyFor(remoteUrl)));
    return {};
}

// Starts the job and waits for it in a local event loop (the keychain thread's; see the header for why not
// the GUI's).
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

// Every QtKeychain job runs on this one thread, whose event loop always runs. QtKeychain queues jobs in a
// singleton QObject that lives in the thread that first used it and gets the jobs' signals there: used from
// the GUI's pool threads (the Sync panel's sign-in dialog, then a sync), that thread was left with events
// about finished jobs and crashed in QObject::disconnect the next time it ran a loop.
QObject* keychainContext()
{
    static QObject* context = [] {
        auto* thread = new QThread; // lives until exit, like the singleton it hosts
        thread->setObjectName(QStringLiteral("teamspace-keychain"));
        thread->start();
        auto* object = new QObject;
        object->moveToThread(thread);
        return object;
    }();
    return context;
}

// Runs `work` on the keychain thread and waits for its result.
template <typename Work> auto onKeychainThread(Work work) -> decltype(work())
{
    QObject* context = keychainContext();
    if (QThread::currentThread() == context->thread())
        return work();
    std::optional<decltype(work())> result;
    QSemaphore done;
    QMetaObject::invokeMethod(
        context,
        [&] {
            result.emplace(work());
            done.release();
        },
        Qt::QueuedConnection);
    done.acquire();
    return std::move(*result);
}

// Why the keychain could not be reached at all, or empty when it answered (locked, refused, …).
QString unreachableReason(const QKeychain::Job& job)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("no D-Bus session");
    const QString text = job.errorString();
    if (job.error() == QKeychain::NoBackendAvailable || text.contains(QLatin1String("D-Bus")) ||
        text.contains(QLatin1String("DBus")) || text.contains(QLatin1String("org.freedesktop.secrets")) ||
        text.contains(QLatin1String("Secret Service")))
        return QStringLiteral("no Secret Service");
    return {};
}

Error keychainError(const QKeychain::Job& job, const QString& what, const QString& remoteUrl)
{
    const QString key = credentialKeyFor(remoteUrl);
    const QString reason = unreachableReason(job);
    const QString problem =
        reason.isEmpty()
            ? QStringLiteral("keychain: cannot %1 the credential for %2: %3").arg(what, key, job.errorString())
            : QStringLiteral("no keychain is reachable (%1) to %2 the credential for %3: %4")
                  .arg(reason, what, key, job.errorString());
    return Error::failed(problem + QStringLiteral("; ") + waysWithoutKeychain(remoteUrl));
}

} // namespace

Result<std::optional<git::RemoteCredential>> KeychainCredentialStore::read(const QString& remoteUrl)
{
    if (auto allowed = refuseGuiThread(remoteUrl); !allowed)
        return allowed.error();
    return onKeychainThread([&] { return readHere(remoteUrl); });
}

Result<std::optional<git::RemoteCredential>> KeychainCredentialStore::readHere(const QString& remoteUrl)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
    job.setKey(credentialKeyFor(remoteUrl));
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<git::RemoteCredential>();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("read"), remoteUrl);
    auto credential = decodeCredential(job.binaryData(), remoteUrl);
    if (!credential)
        return credential.error();
    return std::optional<git::RemoteCredential>(*credential);
}

Status KeychainCredentialStore::write(const QString& remoteUrl, const git::RemoteCredential& credential)
{
    if (auto allowed = refuseGuiThread(remoteUrl); !allowed)
        return allowed;
    return onKeychainThread([&]() -> Status {
        QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
        job.setKey(credentialKeyFor(remoteUrl));
        job.setBinaryData(encodeCredential(credential));
        runJob(job);
        if (job.error() != QKeychain::NoError)
            return keychainError(job, QStringLiteral("store"), remoteUrl);
        return {};
    });
}

Status KeychainCredentialStore::forget(const QString& remoteUrl)
{
    if (auto allowed = refuseGuiThread(remoteUrl); !allowed)
        return allowed;
    return onKeychainThread([&]() -> Status {
        auto existing = readHere(remoteUrl);
        if (!existing)
            return existing.error();
        if (!*existing)
            return Error::usage(
                QStringLiteral("no credential stored for %1").arg(credentialKeyFor(remoteUrl)));
        QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
        job.setKey(credentialKeyFor(remoteUrl));
        runJob(job);
        if (job.error() != QKeychain::NoError)
            return keychainError(job, QStringLiteral("remove"), remoteUrl);
        return {};
    });
}

} // namespace ts::sync
