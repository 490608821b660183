// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// An HTTP git remote on 127.0.0.1 for tests: `git http-backend` as CGI under lighttpd with basic
// authentication (plain user file), on a free port, started by the constructor and stopped by the destructor.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ts::test {

class HttpGitServer
{
public:
    // Serves the bare repositories under <tmp>/repos as http://127.0.0.1:PORT/git/<name>.git,
    // allowing only `username` with `password`.
    HttpGitServer(const QString& username, const QString& password);
    ~HttpGitServer();
    HttpGitServer(const HttpGitServer&) = delete;
    HttpGitServer& operator=(const HttpGitServer&) = delete;

    // Empty when the server runs; otherwise why not (lighttpd missing, did not start).
    const QString& error() const { return m_error; }
    int port() const { return m_port; }
    // Creates a bare repository (receive-pack enabled) and returns its URL.
    QString createRepository(const QString& name);
    QString repositoryPath(const QString& name) const;
    QString errorLog() const;

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
    QString m_error;
};

} // namespace ts::test
