#include "ui/searchindex.h"

namespace Ui {

SearchIndex::SearchIndex(const QList<Source> &sources, QObject *parent)
    : QAbstractListModel(parent)
    , m_sources(sources)
{
    for (const Source &source : sources) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(source.model, signal, this, [this] { m_stale = true; });
        connect(source.model, &QAbstractItemModel::modelReset, this, [this] { m_stale = true; });
        // Rows change in place all the time on a busy cluster (phases, capacity); the index
        // is read again only when the words of a changed row differ from those it holds (a
        // volume's claim, read from its CVC, arriving after its CV).
        connect(source.model, &QAbstractItemModel::dataChanged, this,
                [this, source](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (m_stale)
                        return;
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                        if (m_words.value(wordsKey(source, row)) != source.words(row)) {
                            m_stale = true;
                            return;
                        }
                    }
                });
    }
}

QString SearchIndex::wordsKey(const Source &source, int row)
{
    return QString::number(int(source.kind)) + u'/' +
           source.model->index(row, 0).data(source.keyRole).toString();
}

void SearchIndex::refresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    beginResetModel();
    m_entries.clear();
    m_words.clear();
    for (const Source &source : std::as_const(m_sources)) {
        const QString kind = kindName(source.kind);
        for (int row = 0; row < source.model->rowCount(); ++row) {
            QStringList words = source.words(row);
            m_words.insert(wordsKey(source, row), words);
            words.removeAll(QString());
            if (words.isEmpty())
                continue;
            words.insert(1, kind);
            m_entries.append({words.join(QStringLiteral(" · ")), source.kind,
                              source.model->index(row, 0).data(source.keyRole).toString()});
        }
    }
    endResetModel();
}

int SearchIndex::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SearchIndex::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return entry.text;
    case KindRole:
        return int(entry.kind);
    case KeyRole:
        return entry.key;
    default:
        return {};
    }
}

QString SearchIndex::kindName(TopologyScene::Kind kind)
{
    switch (kind) {
    case TopologyScene::Kind::Node:
        return tr("node");
    case TopologyScene::Kind::Pool:
        return tr("pool");
    case TopologyScene::Kind::Volume:
        return tr("volume");
    case TopologyScene::Kind::Replica:
        return tr("replica");
    case TopologyScene::Kind::None:
        break;
    }
    return {};
}

} // namespace Ui
