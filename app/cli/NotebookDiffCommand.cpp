// SCAFFOLD (issue 16): `notebook diff`, replaced by the diff engineer.
#include "NotebookCommands.h"

namespace ts::cli {

int runNotebookDiff(Cli& cli, const QStringList& args)
{
    Q_UNUSED(args);
    return cli.usageError(QStringLiteral("notebook diff: not built yet"));
}

} // namespace ts::cli
