#pragma once

#include "models/json/document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Kube {

// One page of a Kubernetes list as it came from the server: its metadata read, its items found
// but not parsed. Splitting takes one pass over the bytes, so the next page can be asked for at
// once and the items parsed elsewhere (they are most of the page: 500 replicas, ~650 KB).
// Whether the items are valid JSON is known only when they are parsed.
class ListPage
{
public:
    // nullopt when `body` is not a JSON object whose "items" (if any) is an array or null.
    static std::optional<ListPage> split(const QByteArray &body);

    QString continueToken() const { return m_continue; }
    QString resourceVersion() const { return m_resourceVersion; }
    bool hasItems() const { return m_itemsLength > 2; }
    const QByteArray &body() const { return m_body; }

    // The items, parsed: a document whose root is an array of objects (empty without items);
    // nullopt when they are not that. Thread-safe.
    std::optional<Json::Document> items() const;

private:
    QByteArray m_body; // shared, never modified: the items point into it
    qsizetype m_itemsStart = 0;
    qsizetype m_itemsLength = 0; // "[...]" with its brackets; 0 without items
    QString m_continue;
    QString m_resourceVersion;
};

} // namespace Kube
