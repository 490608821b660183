#include "Commands.h"

namespace ts::cli {

void registerSyncCommands(CommandTable& table)
{
    Q_UNUSED(table);
}

} // namespace ts::cli
