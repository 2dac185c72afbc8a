#pragma once

#include "models/cstor/event.h"
#include "models/items/keyedtablemodel.h"
#include "models/kube/clusterdelta.h"

namespace Items {

// The namespace's Events (newest last), keyed by uid, at most `limit` of them: when more
// arrive, the oldest go.
class EventModel : public KeyedTableModel<Cstor::Event>
{
    Q_OBJECT

public:
    enum Column { Time, Type, Reason, Object, Message, Count, Source, ColumnCount };

    explicit EventModel(QObject *parent = nullptr);

    void apply(const Kube::KindDelta<Cstor::Event> &delta);
    void clear();
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Cstor::Event &row) const override { return row.meta.uid; }

private:
    int m_limit = 5000;
};

} // namespace Items
