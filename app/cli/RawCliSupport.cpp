#include "RawCliSupport.h"

#include "util/ByteSize.h"

#include <chrono>
#include <csignal>
#include <mutex>
#include <pwd.h>
#include <unistd.h>

namespace ts::cli {

namespace {

CancelToken g_interruptToken;
struct sigaction g_previousInt = {};
struct sigaction g_previousTerm = {};

extern "C" void cancelOnSignal(int)
{
    g_interruptToken.cancel(); // a lock-free atomic store: safe in a signal handler
}

} // namespace

CancelOnInterrupt::CancelOnInterrupt()
{
    struct sigaction action = {};
    action.sa_handler = cancelOnSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
}

CancelOnInterrupt::~CancelOnInterrupt()
{
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
}

const CancelToken* CancelOnInterrupt::token() const
{
    return &g_interruptToken;
}

ProgressCallback terminalProgress(Cli& cli, const QString& what)
{
    if (!::isatty(STDERR_FILENO))
        return {};
    auto mutex = std::make_shared<std::mutex>();
    return [&cli, what, mutex](const Progress& p) {
        std::lock_guard lock(*mutex);
        cli.err << "\r" << what << " " << p.done << "/" << p.total << " files, " << formatByteSize(p.bytes)
                << "    ";
        cli.err.flush();
    };
}

void endTerminalProgress(Cli& cli)
{
    if (!::isatty(STDERR_FILENO))
        return;
    cli.err << "\r" << QString(60, u' ') << "\r";
    cli.err.flush();
}

QString osUserName()
{
    if (const passwd* pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

QString rawFolderList(const Workspace& workspace)
{
    QStringList folders;
    for (const LayoutFolder& f : workspace.manifest.foldersWithRole(FolderRole::Raw))
        folders << f.path;
    return folders.join(QStringLiteral(", "));
}

} // namespace ts::cli
