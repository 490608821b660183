#include "Commands.h"

namespace ts::cli {

void registerStorageCommands(CommandTable& table)
{
    Q_UNUSED(table);
}

} // namespace ts::cli
