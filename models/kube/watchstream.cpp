#include "models/kube/watchstream.h"

#include <QJsonDocument>

namespace Kube {

void WatchStream::append(const QByteArray &chunk)
{
    m_buffer += chunk;
}

std::optional<QByteArray> WatchStream::takeLine()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_start);
        if (end < 0) {
            m_buffer.remove(0, m_start);
            m_start = 0;
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
    const QJsonObject event = QJsonDocument::fromJson(line).object();
    Event result;
    result.type = event.value(QLatin1String("type")).toString();
    result.object = event.value(QLatin1String("object")).toObject();
    result.resourceVersion = result.object.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("resourceVersion"))
                                 .toString();
    return result;
}

} // namespace Kube
