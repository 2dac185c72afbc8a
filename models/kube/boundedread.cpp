#include "models/kube/boundedread.h"

#include <QIODevice>

#include <algorithm>

namespace Kube {

void reserveWithin(QByteArray *buffer, qsizetype needed, qint64 limit)
{
    constexpr qsizetype kSmall = qsizetype(4) << 20;
    if (needed <= buffer->capacity() || needed <= kSmall)
        return;
    buffer->reserve(qsizetype(std::max<qint64>(needed, limit)));
}

std::optional<QByteArray> readWithin(QIODevice *device, qint64 limit)
{
    constexpr qint64 kPiece = qint64(64) << 10;
    QByteArray data;
    // A regular file says its size: one allocation. A device or FIFO says 0 and grows by pieces.
    if (!device->isSequential() && device->size() <= limit)
        data.reserve(device->size());
    for (;;) {
        const qint64 room = limit + 1 - data.size(); // one byte more tells "larger"
        const QByteArray piece = device->read(std::min(kPiece, room));
        if (piece.isEmpty())
            break; // the end, or an error
        reserveWithin(&data, data.size() + piece.size(), limit + 1);
        data.append(piece);
        if (data.size() > limit)
            return std::nullopt;
    }
    return data;
}

} // namespace Kube
