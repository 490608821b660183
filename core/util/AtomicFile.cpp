#include "util/AtomicFile.h"

#include "util/ByteSize.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ts {

Status writeFileAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(QStringLiteral("%1: cannot write: %2 (check the folder exists and is writable)")
                                 .arg(path, file.errorString()));
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error::failed(QStringLiteral("%1: cannot write: %2 (check free space)").arg(path, why));
    }
    if (!file.commit())
        return Error::failed(QStringLiteral("%1: cannot replace the file: %2").arg(path, file.errorString()));
    return {};
}

Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return Error::badInput(QStringLiteral("%1: is %2, more than the %3 allowed for this file")
                                   .arg(path, formatByteSize(file.size()), formatByteSize(maxBytes)));
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return Error::badInput(QStringLiteral("%1: is larger than the %2 allowed for this file")
                                   .arg(path, formatByteSize(maxBytes)));
    if (file.error() != QFileDevice::NoError)
        return Error::failed(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return data;
}

} // namespace ts
