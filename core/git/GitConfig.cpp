// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "git/GitConfig.h"

#include "git/GitHandles.h"
#include "git/GitLibrary.h"

namespace ts::git {

namespace {

QString configString(git_config* config, const char* key)
{
    git_buf buffer = GIT_BUF_INIT;
    QString value;
    if (git_config_get_string_buf(&buffer, config, key) == 0)
        value = QString::fromUtf8(buffer.ptr, qsizetype(buffer.size)).trimmed();
    git_buf_dispose(&buffer);
    return value;
}

} // namespace

ConfiguredIdentity defaultConfiguredIdentity()
{
    const GitLibrary library;
    ConfiguredIdentity identity;
    git_config* config = nullptr;
    if (git_config_open_default(&config) == 0) {
        identity.name = configString(config, "user.name");
        identity.email = configString(config, "user.email");
        git_config_free(config);
    }
    return identity;
}

} // namespace ts::git
