// SCAFFOLD (issue 16): `set-aside list|diff|apply|discard`, replaced by the set-aside engineer.
#include "Commands.h"

namespace ts::cli {

void registerSetAsideCommands(CommandTable& table)
{
    Q_UNUSED(table);
}

} // namespace ts::cli
