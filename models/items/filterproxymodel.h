#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Items {

// Sorting by Items::SortRole and filtering for the tables:
// - a text filter: every word must appear (case-insensitive) in some column of the row;
// - optionally, one role must hold one of a set of values (e.g. the events of one object);
// - optionally, only rows that need attention (HealthRole Warning/Error, or StaleRole).
class FilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    // An empty set accepts nothing; call clearRoleFilter() to accept everything again.
    void setRoleFilter(int role, const QSet<QString> &values);
    void clearRoleFilter();
    void setAttentionOnly(bool on);
    bool attentionOnly() const { return m_attentionOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    int m_role = -1;
    QSet<QString> m_values;
    bool m_attentionOnly = false;
};

} // namespace Items
