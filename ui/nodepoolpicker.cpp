#include "ui/nodepoolpicker.h"

#include "models/planning/clustersnapshot.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

namespace {
constexpr int kPickedKindRole = Qt::UserRole;     // "node" or "pool"
constexpr int kPickedNameRole = Qt::UserRole + 1; // the node's or the pool's name
// Up to this many nodes shown by a filter, they are opened to show the pools that matched.
constexpr int kExpandShownNodes = 50;

QString usedPercentText(qint64 used, qint64 total)
{
    return total > 0 ? NodePoolPicker::tr("%1 %").arg(used * 100 / total) : QString();
}
} // namespace

NodePoolPicker::NodePoolPicker(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_shown(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setPlaceholderText(tr("Filter by node or pool name"));
    m_filter->setAccessibleName(tr("Filter nodes and pools"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model->setHorizontalHeaderLabels({tr("Node / pool"), tr("Replicas"), tr("Used")});
    m_shown->setSourceModel(m_model);
    m_shown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_shown->setFilterKeyColumn(0);
    m_shown->setRecursiveFilteringEnabled(true); // a pool that matches shows with its node
    m_shown->setAutoAcceptChildRows(true);       // a node that matches shows with its pools
    m_view->setModel(m_shown);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    sizeColumns();
    m_view->setAccessibleName(tr("Nodes and pools to empty"));
    layout->addWidget(m_view, 1);
    m_count->setAccessibleName(tr("Nodes shown"));
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, &NodePoolPicker::applyFilter);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (item->isCheckable())
            emit ticksChanged();
    });
    showCount();
}

QStandardItem *NodePoolPicker::itemOf(const QString &kind, const QString &name, int count,
                                      qint64 used, qint64 total, QList<QStandardItem *> *row) const
{
    auto *item = new QStandardItem(name);
    item->setData(kind, kPickedKindRole);
    item->setData(name, kPickedNameRole);
    item->setCheckable(true);
    item->setEditable(false);
    auto *replicas = new QStandardItem(QString::number(count));
    replicas->setEditable(false);
    auto *percent = new QStandardItem(usedPercentText(used, total));
    percent->setEditable(false);
    *row = {item, replicas, percent};
    return item;
}

void NodePoolPicker::fill(const Migration::ClusterSnapshot &cluster, const QStringList &ticked)
{
    // Filled while the filter does not watch it: one reset, not a change a row.
    m_shown->setSourceModel(nullptr);
    m_model->removeRows(0, m_model->rowCount());
    QMap<QString, QList<const Cstor::PoolInstance *>> byNode;
    for (const Cstor::PoolInstance *pool : cluster.pools())
        byNode[pool->hostName].append(pool);
    for (auto it = byNode.cbegin(); it != byNode.cend(); ++it) {
        QList<QList<QStandardItem *>> pools;
        int replicas = 0;
        qint64 used = 0;
        qint64 total = 0;
        for (const Cstor::PoolInstance *pool : it.value()) {
            const int count = int(cluster.replicasOnPool(pool->meta.name).size());
            replicas += count;
            used += pool->usedBytes;
            total += pool->totalBytes;
            QList<QStandardItem *> row;
            itemOf(QStringLiteral("pool"), pool->meta.name, count, pool->usedBytes,
                   pool->totalBytes, &row)
                ->setCheckState(ticked.contains(pool->meta.name) ? Qt::Checked : Qt::Unchecked);
            pools.append(row);
        }
        QList<QStandardItem *> row;
        QStandardItem *node = itemOf(QStringLiteral("node"), it.key(), replicas, used, total, &row);
        node->setCheckState(ticked.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
        for (const QList<QStandardItem *> &pool : std::as_const(pools))
            node->appendRow(pool);
        m_model->appendRow(row);
    }
    m_shown->setSourceModel(m_model);
    sizeColumns();
    showCount();
}

void NodePoolPicker::sizeColumns()
{
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->resizeColumnToContents(1);
    m_view->resizeColumnToContents(2);
}

void NodePoolPicker::tick(const QString &name, bool on)
{
    const Qt::CheckState state = on ? Qt::Checked : Qt::Unchecked;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *node = m_model->item(row);
        if (node->text() == name)
            node->setCheckState(state);
        for (int child = 0; child < node->rowCount(); ++child) {
            if (node->child(child)->text() == name)
                node->child(child)->setCheckState(state);
        }
    }
}

QStringList NodePoolPicker::tickedNodes() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->checkState() == Qt::Checked)
            names << m_model->item(row)->data(kPickedNameRole).toString();
    }
    return names;
}

QStringList NodePoolPicker::tickedPools() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *node = m_model->item(row);
        if (node->checkState() == Qt::Checked)
            continue;
        for (int child = 0; child < node->rowCount(); ++child) {
            if (node->child(child)->checkState() == Qt::Checked)
                names << node->child(child)->data(kPickedNameRole).toString();
        }
    }
    return names;
}

void NodePoolPicker::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void NodePoolPicker::applyFilter(const QString &text)
{
    m_shown->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty() && m_shown->rowCount() <= kExpandShownNodes)
        m_view->expandAll();
    showCount();
}

int NodePoolPicker::nodeCount() const
{
    return m_model->rowCount();
}

int NodePoolPicker::shownNodeCount() const
{
    return m_shown->rowCount();
}

void NodePoolPicker::showCount()
{
    m_count->setText(m_shown->filterRegularExpression().pattern().isEmpty()
                         ? tr("%n node(s)", nullptr, nodeCount())
                         : tr("%1 of %n node(s)", nullptr, nodeCount()).arg(shownNodeCount()));
}

} // namespace Ui
