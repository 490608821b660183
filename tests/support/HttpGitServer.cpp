// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "HttpGitServer.h"

#include "TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include "util/UniqueFd.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace ts::test {

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// The kernel picks a free port for a probe socket; lighttpd binds it right after the probe closes.
int freePort()
{
    UniqueFd probe(::socket(AF_INET, SOCK_STREAM, 0));
    sockaddr_in address = loopback(0);
    if (!probe.valid() || ::bind(probe.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        return 0;
    socklen_t length = sizeof address;
    if (::getsockname(probe.get(), reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return 0;
    return ntohs(address.sin_port);
}

bool accepts(int port)
{
    UniqueFd socket(::socket(AF_INET, SOCK_STREAM, 0));
    sockaddr_in address = loopback(port);
    return socket.valid() && ::connect(socket.get(), reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
}

QString gitHttpBackend()
{
    QProcess process;
    process.start(QStringLiteral("git"), {QStringLiteral("--exec-path")});
    process.waitForFinished(10000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed() + QStringLiteral("/git-http-backend");
}

} // namespace

HttpGitServer::HttpGitServer(const QString& username, const QString& password)
{
    const QString lighttpd = QStandardPaths::findExecutable(QStringLiteral("lighttpd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (lighttpd.isEmpty()) {
        m_error = QStringLiteral("lighttpd is not installed (apt-get install lighttpd)");
        return;
    }
    const QString backend = gitHttpBackend();
    if (!QFile::exists(backend)) {
        m_error = backend + QStringLiteral(" is missing");
        return;
    }
    const QString root = m_dir.path();
    QDir().mkpath(root + QStringLiteral("/repos"));
    QDir().mkpath(root + QStringLiteral("/www"));
    writeFile(root + QStringLiteral("/users"), (username + u':' + password + u'\n').toUtf8());
    m_port = freePort();
    const QString config = QStringLiteral(R"(server.document-root = "%1/www"
server.bind = "127.0.0.1"
server.port = %2
server.errorlog = "%1/error.log"
server.modules = ("mod_alias", "mod_setenv", "mod_auth", "mod_authn_file", "mod_cgi")
alias.url = ("/git" => "%3")
$HTTP["url"] =~ "^/git" {
  cgi.assign = ("" => "")
  setenv.add-environment = ("GIT_PROJECT_ROOT" => "%1/repos", "GIT_HTTP_EXPORT_ALL" => "1")
}
auth.backend = "plain"
auth.backend.plain.userfile = "%1/users"
auth.require = ("/git" => ("method" => "basic", "realm" => "teamspace", "require" => "valid-user"))
)").arg(root).arg(m_port).arg(backend);
    writeFile(root + QStringLiteral("/lighttpd.conf"), config.toUtf8());
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(lighttpd, {QStringLiteral("-D"), QStringLiteral("-f"), root + QStringLiteral("/lighttpd.conf")});
    if (!m_server.waitForStarted(5000)) {
        m_error = QStringLiteral("lighttpd did not start: ") + m_server.errorString();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        if (accepts(m_port))
            return;
        if (m_server.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("lighttpd is not listening on port %1: %2 %3")
                  .arg(m_port)
                  .arg(QString::fromUtf8(m_server.readAll()), errorLog());
}

HttpGitServer::~HttpGitServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
}

QString HttpGitServer::repositoryPath(const QString& name) const
{
    return m_dir.path() + QStringLiteral("/repos/") + name + QStringLiteral(".git");
}

QString HttpGitServer::createRepository(const QString& name)
{
    const QString path = repositoryPath(name);
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                                      QStringLiteral("-b"), QStringLiteral("main"), path});
    git.waitForFinished(10000);
    git.start(QStringLiteral("git"), {QStringLiteral("-C"), path, QStringLiteral("config"), QStringLiteral("http.receivepack"),
                                      QStringLiteral("true")});
    git.waitForFinished(10000);
    return QStringLiteral("http://127.0.0.1:%1/git/%2.git").arg(m_port).arg(name);
}

QString HttpGitServer::errorLog() const
{
    QFile log(m_dir.path() + QStringLiteral("/error.log"));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

} // namespace ts::test
