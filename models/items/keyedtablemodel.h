#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace Items {

// A flat table of typed rows keyed by a stable id. Rows keep their insertion order (the views
// sort through a proxy); a batch of changes becomes ranged signals: one dataChanged per run of
// adjacent changed rows, one beginInsertRows for all new rows, one beginRemoveRows per run of
// adjacent removed rows. There is no model reset: even a complete relist is applied as the
// difference to what the model holds.
template<typename T>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<T> &rows() const { return m_rows; }
    const T &at(int row) const { return m_rows.at(row); }
    int rowOfKey(const QString &key) const
    {
        reindex();
        return m_rowOf.value(key, -1);
    }
    const T *find(const QString &key) const
    {
        const int row = rowOfKey(key);
        return row < 0 ? nullptr : &m_rows.at(row);
    }
    QString keyAt(int row) const { return keyOf(m_rows.at(row)); }

    // Tells the views that rows changed for reasons outside their own data (derived values).
    void refreshKeys(const QStringList &keys)
    {
        QList<int> changed;
        for (const QString &key : keys) {
            const int row = rowOfKey(key);
            if (row >= 0)
                changed.append(row);
        }
        emitRowsChanged(std::move(changed));
    }

protected:
    virtual QString keyOf(const T &row) const = 0;

    // Inserts new rows and replaces known ones. Returns the keys that were new.
    QStringList upsertRows(const QList<T> &incoming)
    {
        reindex();
        QList<int> changed;
        QList<T> added;
        QHash<QString, int> addedAt; // key -> index in `added` (a key twice in one batch)
        QStringList addedKeys;
        for (const T &row : incoming) {
            const QString key = keyOf(row);
            const auto it = m_rowOf.constFind(key);
            if (it != m_rowOf.constEnd()) {
                m_rows[it.value()] = row;
                changed.append(it.value());
            } else if (const auto a = addedAt.constFind(key); a != addedAt.constEnd()) {
                added[a.value()] = row;
            } else {
                addedAt.insert(key, int(added.size()));
                added.append(row);
                addedKeys.append(key);
            }
        }
        emitRowsChanged(std::move(changed));
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (int i = 0; i < added.size(); ++i)
                m_rowOf.insert(addedKeys.at(i), first + i);
            m_rows.append(added);
            endInsertRows();
        }
        return addedKeys;
    }

    // Removes rows by key (unknown keys are ignored). Returns the removed rows.
    QList<T> removeKeys(const QStringList &keys)
    {
        reindex();
        QList<int> doomed;
        doomed.reserve(keys.size());
        for (const QString &key : keys) {
            const int row = m_rowOf.value(key, -1);
            if (row >= 0)
                doomed.append(row);
        }
        QList<T> removed;
        if (doomed.isEmpty())
            return removed;
        std::sort(doomed.begin(), doomed.end());
        doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
        // From the bottom up, so that the rows above keep their numbers while we go.
        int end = int(doomed.size());
        while (end > 0) {
            int begin = end - 1;
            while (begin > 0 && doomed.at(begin - 1) == doomed.at(begin) - 1)
                --begin;
            const int first = doomed.at(begin);
            const int last = doomed.at(end - 1);
            beginRemoveRows({}, first, last);
            for (int row = first; row <= last; ++row) {
                removed.append(m_rows.at(row));
                m_rowOf.remove(keyOf(m_rows.at(row)));
            }
            m_rows.remove(first, last - first + 1);
            m_dirtyFrom = std::min(m_dirtyFrom, first);
            endRemoveRows();
            end = begin;
        }
        return removed;
    }

    // Makes the rows exactly `complete`, as a difference (removals, changes, inserts).
    void replaceRows(const QList<T> &complete)
    {
        QSet<QString> keep;
        keep.reserve(complete.size());
        for (const T &row : complete)
            keep.insert(keyOf(row));
        QStringList gone;
        for (const T &row : std::as_const(m_rows)) {
            const QString key = keyOf(row);
            if (!keep.contains(key))
                gone.append(key);
        }
        removeKeys(gone);
        upsertRows(complete);
    }

    // Replaces one row in place without a signal (the caller emits through emitRowsChanged).
    T &mutableAt(int row) { return m_rows[row]; }

    // One dataChanged per run of adjacent rows. Never one signal spanning scattered rows: a
    // sorting proxy re-checks the order of every row in the range it is told about.
    void emitRowsChanged(QList<int> changedRows, int firstColumn = 0, int lastColumn = -1)
    {
        if (changedRows.isEmpty())
            return;
        if (lastColumn < 0)
            lastColumn = columnCount() - 1;
        std::sort(changedRows.begin(), changedRows.end());
        changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
        QList<std::pair<int, int>> runs;
        for (int row : std::as_const(changedRows)) {
            if (!runs.isEmpty() && runs.last().second == row - 1)
                runs.last().second = row;
            else
                runs.append({row, row});
        }
        for (const auto &[first, last] : std::as_const(runs))
            emit dataChanged(index(first, firstColumn), index(last, lastColumn));
    }

private:
    void reindex() const
    {
        if (m_dirtyFrom >= m_rows.size()) {
            m_dirtyFrom = INT_MAX;
            return;
        }
        for (int row = m_dirtyFrom; row < m_rows.size(); ++row)
            m_rowOf.insert(keyOf(m_rows.at(row)), row);
        m_dirtyFrom = INT_MAX;
    }

    QList<T> m_rows;
    mutable QHash<QString, int> m_rowOf;
    mutable int m_dirtyFrom = INT_MAX; // rows from here on may have moved up
};

} // namespace Items
