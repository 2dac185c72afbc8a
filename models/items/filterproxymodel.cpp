#include "models/items/filterproxymodel.h"

#include "models/items/health.h"
#include "models/items/itemroles.h"

namespace Items {

FilterProxyModel::FilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

void FilterProxyModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void FilterProxyModel::setRoleFilter(int role, const QSet<QString> &values)
{
    m_role = role;
    m_values = values;
    invalidateRowsFilter();
}

void FilterProxyModel::clearRoleFilter()
{
    if (m_role < 0)
        return;
    m_role = -1;
    m_values.clear();
    invalidateRowsFilter();
}

void FilterProxyModel::setAttentionOnly(bool on)
{
    if (on == m_attentionOnly)
        return;
    m_attentionOnly = on;
    invalidateRowsFilter();
}

bool FilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_role >= 0 && !m_values.contains(first.data(m_role).toString()))
        return false;
    if (m_attentionOnly) {
        const auto health = Health(first.data(HealthRole).toInt());
        if (!HealthRules::isUnhealthy(health) && !first.data(StaleRole).toBool())
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const int columns = model->columnCount(sourceParent);
    QStringList texts;
    texts.reserve(columns);
    for (int column = 0; column < columns; ++column)
        texts.append(model->index(sourceRow, column, sourceParent).data().toString());
    for (const QString &word : m_words) {
        bool found = false;
        for (const QString &text : std::as_const(texts)) {
            if (text.contains(word, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace Items
