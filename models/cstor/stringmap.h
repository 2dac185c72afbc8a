#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace Cstor {

// A small string -> string map (labels, annotations, knownReplicas), kept as pairs sorted by key.
// Objects have a handful of entries each and a cluster has tens of thousands of objects: a QHash
// takes a few kilobytes even for one entry, this takes what its strings do.
class StringMap
{
public:
    using Entry = std::pair<QString, QString>;

    QString value(const QString &key, const QString &fallback = {}) const
    {
        const auto it = find(key);
        return it != m_entries.cend() && it->first == key ? it->second : fallback;
    }
    bool contains(const QString &key) const
    {
        const auto it = find(key);
        return it != m_entries.cend() && it->first == key;
    }
    void insert(const QString &key, const QString &value)
    {
        const auto it = find(key);
        if (it != m_entries.cend() && it->first == key)
            m_entries[it - m_entries.cbegin()].second = value;
        else
            m_entries.insert(it - m_entries.cbegin(), {key, value});
    }
    void clear() { m_entries.clear(); }
    void reserve(qsizetype size) { m_entries.reserve(size); }
    void squeeze() { m_entries.squeeze(); }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    QStringList keys() const
    {
        QStringList out;
        out.reserve(m_entries.size());
        for (const Entry &entry : m_entries)
            out.append(entry.first);
        return out;
    }
    // In key order.
    QList<Entry>::const_iterator begin() const { return m_entries.cbegin(); }
    QList<Entry>::const_iterator end() const { return m_entries.cend(); }

    friend bool operator==(const StringMap &a, const StringMap &b)
    {
        return a.m_entries == b.m_entries;
    }
    friend bool operator!=(const StringMap &a, const StringMap &b) { return !(a == b); }

private:
    QList<Entry>::const_iterator find(const QString &key) const
    {
        return std::lower_bound(
            m_entries.cbegin(), m_entries.cend(), key,
            [](const Entry &entry, const QString &k) { return entry.first < k; });
    }

    QList<Entry> m_entries;
};

} // namespace Cstor

// Qt and implicitly shared members only: a QList of them grows by moving bytes.
Q_DECLARE_TYPEINFO(Cstor::StringMap, Q_RELOCATABLE_TYPE);
