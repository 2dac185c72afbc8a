#pragma once

#include "ui/topologyscene.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class QAbstractItemModel;

namespace Ui {

// What the search field finds: every node, pool, volume and replica of the tables (a volume also
// by its PersistentVolumeClaim and the pods that mount it), one row each, read from the tables'
// models when asked and only when they changed since.
class SearchIndex : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, KeyRole };

    // A table to index: its model, what its rows are, the role of a row's key and the words of
    // a row that a search matches (its name first).
    struct Source
    {
        QAbstractItemModel *model = nullptr;
        TopologyScene::Kind kind = TopologyScene::Kind::None;
        int keyRole = 0;
        std::function<QStringList(int row)> words;
    };

    SearchIndex(const QList<Source> &sources, QObject *parent = nullptr);

    // Reads the tables again if they changed since the last time: a row added or removed, or
    // the words of a row changed.
    void refresh();
    bool isStale() const { return m_stale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Entry
    {
        QString text; // "name · kind" (and the claim of a volume)
        TopologyScene::Kind kind;
        QString key;
    };

    static QString kindName(TopologyScene::Kind kind);
    static QString wordsKey(const Source &source, int row);

    QList<Source> m_sources;
    QList<Entry> m_entries;
    QHash<QString, QStringList> m_words; // kind/key -> the words the entry was made from
    bool m_stale = true;
};

} // namespace Ui
