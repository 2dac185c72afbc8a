#include "ui/tablepanel.h"

#include "models/items/filterproxymodel.h"
#include "models/items/itemroles.h"
#include "ui/celltooltips.h"
#include "ui/progressdelegate.h"
#include "ui/rowcopy.h"
#include "ui/statusdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

TablePanel::TablePanel(QAbstractItemModel *source, int keyRole, int statusColumn,
                       int fractionColumn, const QString &filterHint, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_keyRole(keyRole)
    , m_proxy(new Items::FilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_attention(new QCheckBox(tr("Needs attention"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(source);
    m_filter->setPlaceholderText(filterHint);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_attention->setToolTip(tr("Show only rows that are unhealthy, read-only or stale"));

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->horizontalHeader()->resizeSection(0, 300);
    // No column narrower than its title, which is longer in some languages.
    for (int column = 1; column < m_proxy->columnCount(); ++column)
        m_view->horizontalHeader()->resizeSection(
            column, qMax(110, m_view->horizontalHeader()->sectionSizeHint(column)));
    m_view->setDragEnabled(true);
    CellToolTips::attach(m_view);
    RowCopy::attach(m_view);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    if (statusColumn >= 0)
        m_view->setItemDelegateForColumn(statusColumn, new StatusDelegate(m_view));
    if (fractionColumn >= 0)
        m_view->setItemDelegateForColumn(fractionColumn,
                                         new ProgressDelegate(Items::UsedFractionRole, m_view));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_attention);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_attention, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setAttentionOnly(on);
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    emit currentKeyChanged(current.data(m_keyRole).toString());
            });
    updateCount();
}

QString TablePanel::currentKey() const
{
    return m_view->currentIndex().data(m_keyRole).toString();
}

bool TablePanel::selectKey(const QString &key)
{
    auto find = [this, &key]() -> QModelIndex {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(m_keyRole).toString() == key)
                return index;
        }
        return {};
    };
    QModelIndex index = find();
    if (!index.isValid() && (!m_filter->text().isEmpty() || m_attention->isChecked())) {
        m_filter->clear();
        m_attention->setChecked(false);
        index = find();
    }
    if (!index.isValid())
        return false;
    m_selecting = true;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selecting = false;
    return true;
}

QStringList TablePanel::visibleKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        keys.append(m_proxy->index(row, 0).data(m_keyRole).toString());
    return keys;
}

void TablePanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_source->rowCount();
    m_count->setText(shown == total ? tr("%n row(s)", nullptr, total)
                                    : tr("%1 of %2").arg(shown).arg(total));
}

} // namespace Ui
