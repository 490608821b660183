// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// teamspace-cli as installed: a small front end without Qt, so that `teamspace-cli notebook diff A B --json`
// starts in a couple of milliseconds (issue 16's goal is the whole process at 0.02x nbdime's time, and
// loading QtCore and its libraries alone takes about 11 ms). It links only the plain C++ half of the
// notebook diff (teamspace_nbdiff: the standard library and libxxhash) and answers that one form itself
// (nb::plain::diffNotebookFiles, NotebookDiffPlain.h). Every other command line, and every diff the plain
// reader declines (a missing file, not a notebook, nbformat 3, an unusual escape, …), goes unchanged by exec to
// the full CLI: teamspace-cli-commands (main.cpp), found beside this executable (the build tree) or at
// TEAMSPACE_CLI_COMMANDS_RELATIVE from it (the installed layout, <prefix>/libexec/teamspace/). The same process
// runs on (exec keeps the PID, stdin and the exit code), and the full CLI reports the problem, or diffs the
// files with the Qt engine, exactly as it always has.
#include "notebooks/NotebookDiffPlain.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace {

// `notebook diff A B` with --json (anywhere) and nothing else: the paths, or false.
bool compactDiffArguments(int argc, char* argv[], std::string& a, std::string& b)
{
    std::vector<std::string_view> words;
    bool json = false;
    for (int k = 1; k < argc; ++k) {
        const std::string_view word(argv[k]);
        if (word == "--json")
            json = true;
        else
            words.push_back(word);
    }
    if (!json || words.size() != 4 || words[0] != "notebook" || words[1] != "diff")
        return false;
    for (const std::string_view path : {words[2], words[3]})
        if (path.empty() || path.front() == '-')
            return false; // options and odd paths: the full parser's rules
    a = words[2];
    b = words[3];
    return true;
}

std::string selfDirectory()
{
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0)
        return {};
    const std::string self(buffer, std::size_t(n));
    return self.substr(0, self.rfind('/'));
}

} // namespace

int main(int argc, char* argv[])
{
    std::string a, b;
    if (compactDiffArguments(argc, argv, a, b)) {
        if (const auto diff = ts::nb::plain::diffNotebookFiles(a, b)) {
            if (std::fwrite(diff->json.data(), 1, diff->json.size(), stdout) != diff->json.size() ||
                std::fflush(stdout) != 0) {
                std::fprintf(stderr, "error: cannot write the diff to standard output: %s\n",
                             std::strerror(errno));
                return 4;
            }
            return diff->exitCode;
        }
    }
    const std::string dir = selfDirectory();
    const std::string candidates[] = {dir + "/teamspace-cli-commands",
                                      dir + "/" TEAMSPACE_CLI_COMMANDS_RELATIVE};
    for (const std::string& path : candidates)
        if (::access(path.c_str(), X_OK) == 0) {
            ::execv(path.c_str(), argv);
            std::fprintf(stderr, "error: %s: cannot run it: %s\n", path.c_str(), std::strerror(errno));
            return 4;
        }
    std::fprintf(stderr,
                 "error: %s: missing (teamspace-cli runs its commands from there; reinstall Teamspace, or "
                 "build the teamspace-cli-commands target)\n",
                 candidates[1].c_str());
    return 4;
}
