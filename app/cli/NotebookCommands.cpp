#include "Commands.h"

namespace ts::cli {

void registerNotebookCommands(CommandTable& table)
{
    Q_UNUSED(table);
}

} // namespace ts::cli
