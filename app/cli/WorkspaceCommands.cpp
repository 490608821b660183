#include "Commands.h"

namespace ts::cli {

void registerWorkspaceCommands(CommandTable& table)
{
    Q_UNUSED(table);
}

} // namespace ts::cli
