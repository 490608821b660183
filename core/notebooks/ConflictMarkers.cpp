#include "notebooks/ConflictMarkers.h"

#include <cstring>

namespace ts::nb {

std::optional<qsizetype> conflictMarkerOffset(const QByteArray& bytes)
{
    static const char* const markers[] = {"<<<<<<< ", "=======\n", "=======\r",
                                          ">>>>>>> ", "<<<<<<<\n", ">>>>>>>\n"};
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    for (qsizetype lineStart = 0; lineStart < size;) {
        if (data[lineStart] == '<' || data[lineStart] == '=' || data[lineStart] == '>') {
            for (const char* marker : markers) {
                const qsizetype length = static_cast<qsizetype>(std::strlen(marker));
                if (lineStart + length <= size &&
                    std::memcmp(data + lineStart, marker, static_cast<size_t>(length)) == 0)
                    return lineStart;
            }
        }
        const void* next = std::memchr(data + lineStart, '\n', static_cast<size_t>(size - lineStart));
        if (!next)
            break;
        lineStart = static_cast<const char*>(next) - data + 1;
    }
    return std::nullopt;
}

} // namespace ts::nb
