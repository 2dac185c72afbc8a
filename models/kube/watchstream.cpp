#include "models/kube/watchstream.h"

#include "models/kube/boundedread.h"

namespace Kube {

void WatchStream::append(const QByteArray &chunk, qint64 limit)
{
    if (limit > 0)
        reserveWithin(&m_buffer, m_buffer.size() + chunk.size(), limit + chunk.size());
    m_buffer += chunk;
}

std::optional<QByteArray> WatchStream::takeLine()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_start);
        if (end < 0) {
            m_buffer.remove(0, m_start);
            m_start = 0;
            // Room taken for a long line is given back once the lines are short again.
            if (m_buffer.capacity() > (qsizetype(4) << 20) && m_buffer.size() < (1 << 20))
                m_buffer.squeeze();
            return std::nullopt;
        }
        const QByteArray line = m_buffer.mid(m_start, end - m_start).trimmed();
        m_start = end + 1;
        if (!line.isEmpty())
            return line;
    }
}

void WatchStream::clear()
{
    m_buffer.clear();
    m_start = 0;
}

WatchStream::Event WatchStream::decode(const QByteArray &line)
{
    Event result;
    const std::optional<Json::Document> document = Json::Document::parse(line);
    if (!document || !document->root().isObject())
        return result;
    const Json::Value event = document->root();
    result.type = event.value(QLatin1String("type")).toString();
    const Json::Value object = event.value(QLatin1String("object"));
    if (object.isObject())
        result.object = document->rootedAt(object);
    result.resourceVersion =
        object.value(QLatin1String("metadata")).value(QLatin1String("resourceVersion")).toString();
    return result;
}

} // namespace Kube
