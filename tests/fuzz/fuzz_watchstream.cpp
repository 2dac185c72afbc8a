// Watch stream framing: the body cut into chunks at places the input chooses gives the same
// lines as the whole body, and every line decodes.
#include "fuzzsupport.h"

#include "models/kube/watchstream.h"

#include <QList>

namespace {

QList<QByteArray> linesOf(const QByteArray &body)
{
    QList<QByteArray> lines;
    const QList<QByteArray> parts = body.split('\n');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) { // the last part has no '\n' yet
        const QByteArray line = parts.at(i).trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first bytes choose the chunk sizes (1..16), the rest is the body.
    const size_t header = std::min<size_t>(size, 8);
    const QByteArray body = Fuzz::bytes(data + header, size - header);
    Kube::WatchStream stream;
    QList<QByteArray> taken;
    qsizetype at = 0;
    size_t chunk = 0;
    while (at < body.size()) {
        const qsizetype length = header ? 1 + (data[chunk++ % header] & 0x0f) : body.size();
        stream.append(body.mid(at, length));
        at += length;
        while (const std::optional<QByteArray> line = stream.takeLine())
            taken.append(*line);
    }
    if (taken != linesOf(body))
        std::abort();
    if (stream.pendingBytes() != body.size() - (body.lastIndexOf('\n') + 1))
        std::abort();
    for (const QByteArray &line : std::as_const(taken))
        (void)Kube::WatchStream::decode(line);
    return 0;
}
