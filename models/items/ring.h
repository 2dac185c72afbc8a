#pragma once

#include <QList>

namespace Items {

// The latest `capacity` values, oldest first. The storage is taken whole when the ring is made
// and never grows: appending to a full ring overwrites its oldest value. Copies share the
// storage until one of them is written (QList's implicit sharing).
template<typename T>
class Ring
{
public:
    Ring() = default;
    explicit Ring(qsizetype capacity)
        : m_values(capacity)
    {
    }

    qsizetype capacity() const { return m_values.size(); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const T &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_values.at(slot(i));
    }
    const T &first() const { return at(0); }
    const T &last() const { return at(m_size - 1); }

    void append(const T &value)
    {
        if (m_values.isEmpty())
            return;
        if (m_size < capacity()) {
            m_values[slot(m_size)] = value;
            ++m_size;
            return;
        }
        m_values[m_first] = value;
        m_first = m_first + 1 == capacity() ? 0 : m_first + 1;
    }

    // Every value of `values` (a Ring or a QList), oldest first: a full ring keeps the newest.
    template<typename Values>
    void appendAll(const Values &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            append(values.at(i));
    }

    void clear()
    {
        m_first = 0;
        m_size = 0;
    }

    QList<T> toList() const
    {
        QList<T> values;
        values.reserve(m_size);
        for (qsizetype i = 0; i < m_size; ++i)
            values.append(at(i));
        return values;
    }

private:
    qsizetype slot(qsizetype i) const
    {
        const qsizetype slot = m_first + i;
        return slot < capacity() ? slot : slot - capacity();
    }

    QList<T> m_values;
    qsizetype m_first = 0;
    qsizetype m_size = 0;
};

} // namespace Items
