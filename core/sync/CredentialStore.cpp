// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "sync/CredentialStore.h"

#include "util/RedactUrl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ts::sync {

QString credentialKeyFor(const QString& remoteUrl)
{
    const QUrl url(remoteUrl);
    if (!url.isValid() || url.scheme().isEmpty() || url.scheme().size() == 1) // "C:" is a drive, not a scheme
        return redactUrlUserinfo(remoteUrl); // unchanged unless QUrl refused a URL with a secret in it
    return url.adjusted(QUrl::RemoveUserInfo).toString();
}

bool isLocalRemote(const QString& remoteUrl)
{
    if (remoteUrl.startsWith(QLatin1String("file://")) || remoteUrl.startsWith(u'/') ||
        remoteUrl.startsWith(u'.'))
        return true;
    // scp-like "host:path" and scheme URLs are remote; anything else is a relative path.
    return !remoteUrl.contains(QLatin1String("://")) && !remoteUrl.contains(u':');
}

CredentialUse credentialUseFor(const QString& remoteUrl)
{
    if (isLocalRemote(remoteUrl))
        return CredentialUse::None;
    const qsizetype schemeEnd = remoteUrl.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return CredentialUse::Optional; // scp-like user@host:path is ssh
    const QString scheme = remoteUrl.left(schemeEnd).toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return CredentialUse::Required;
    if (scheme == QLatin1String("ssh") || scheme == QLatin1String("git+ssh") ||
        scheme == QLatin1String("ssh+git"))
        return CredentialUse::Optional;
    return CredentialUse::None; // git:// has no authentication; unknown schemes fail in libgit2 with their
                                // name
}

QByteArray encodeCredential(const git::RemoteCredential& credential)
{
    QJsonObject object{{QStringLiteral("username"), credential.username},
                       {QStringLiteral("secret"), credential.secret},
                       {QStringLiteral("sshKeyFile"), credential.sshKeyFile}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<git::RemoteCredential> decodeCredential(const QByteArray& bytes, const QString& remoteUrl)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::failed(
            QStringLiteral("keychain entry for %1 is not one Teamspace wrote; store it again with "
                           "`teamspace-cli credentials set`")
                .arg(credentialKeyFor(remoteUrl)));
    const QJsonObject object = document.object();
    return git::RemoteCredential{object.value(QLatin1String("username")).toString(),
                                 object.value(QLatin1String("secret")).toString(),
                                 object.value(QLatin1String("sshKeyFile")).toString()};
}

} // namespace ts::sync
