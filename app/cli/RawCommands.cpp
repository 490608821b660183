#include "Commands.h"

namespace ts::cli {

void registerRawCommands(CommandTable& table)
{
    Q_UNUSED(table);
}

} // namespace ts::cli
