#pragma once

#include "models/json/document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Kube {

// The body of a watch (`?watch=true`): one JSON event per line, {"type": ..., "object": {...}},
// arriving in chunks that may split a line anywhere. Collects the chunks and hands out the
// complete lines; decodes one line into its event.
class WatchStream
{
public:
    struct Event
    {
        QString type;          // ADDED, MODIFIED, DELETED, BOOKMARK, ERROR (as the server wrote it)
        Json::Document object; // rooted at the object, or the Status of an ERROR
        QString resourceVersion; // object.metadata.resourceVersion
    };

    // `limit`: how long a line may grow (its reader drops the stream past it); the buffer takes
    // room for a long line at once rather than by copying doublings (see reserveWithin).
    void append(const QByteArray &chunk, qint64 limit = 0);
    // The next complete line, trimmed, skipping empty ones; nullopt until a '\n' has arrived.
    std::optional<QByteArray> takeLine();
    // Drops everything not taken yet (a new watch starts).
    void clear();
    // Bytes received and not yet handed out as lines.
    qsizetype pendingBytes() const { return m_buffer.size() - m_start; }

    // A line that is not a JSON object gives an event with an empty type.
    static Event decode(const QByteArray &line);

private:
    QByteArray m_buffer;
    qsizetype m_start = 0; // where the first line not taken yet begins in m_buffer
};

} // namespace Kube
