#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace Migration {
class ClusterSnapshot;
}

namespace Ui {

// The nodes of a cluster with their pools, each with a tick box, and a filter above them: typing
// part of a node's or a pool's name narrows the list (a node shows with its pools, a pool with
// its node), and the line below says how many nodes are shown of how many. Ticks live in the
// list's model, so what the filter hides stays ticked.
class NodePoolPicker : public QWidget
{
    Q_OBJECT

public:
    explicit NodePoolPicker(QWidget *parent = nullptr);

    // Lists the cluster's nodes and pools, `ticked` (names of nodes or pools) ticked.
    void fill(const Migration::ClusterSnapshot &cluster, const QStringList &ticked);
    // Ticks a node (or a pool, by name) as the operator would.
    void tick(const QString &name, bool on = true);
    QStringList tickedNodes() const;
    // The pools ticked on nodes that are not (a ticked node takes its pools anyway).
    QStringList tickedPools() const;

    void setFilterText(const QString &text);
    int nodeCount() const;
    int shownNodeCount() const;
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }

signals:
    // A tick was set or cleared.
    void ticksChanged();

private:
    QStandardItem *itemOf(const QString &kind, const QString &name, int count, qint64 used,
                          qint64 total, QList<QStandardItem *> *row) const;
    void sizeColumns();
    void applyFilter(const QString &text);
    void showCount();

    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_count;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_shown;
};

} // namespace Ui
