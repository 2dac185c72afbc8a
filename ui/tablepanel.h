#pragma once

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Items {
class FilterProxyModel;
}

namespace Ui {

// One of the tables (pools, replicas, volumes, nodes): a filter box, a "needs attention" switch,
// a row count, and the sortable table through an Items::FilterProxyModel.
class TablePanel : public QWidget
{
    Q_OBJECT

public:
    // statusColumn gets the health symbol; fractionColumn (or -1) a bar from UsedFractionRole.
    // keyRole names rows (Items::UidRole or Items::NameRole).
    TablePanel(QAbstractItemModel *source, int keyRole, int statusColumn, int fractionColumn,
               const QString &filterHint, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    Items::FilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

    // The key (keyRole) of the current row, or "".
    QString currentKey() const;
    // Selects the row with this key (clearing the filter if it hides it). Returns false if absent.
    bool selectKey(const QString &key);
    // The source row of every visible row's key, for tests: the keys in view order.
    QStringList visibleKeys() const;

signals:
    void currentKeyChanged(const QString &key);

private:
    void updateCount();

    QAbstractItemModel *m_source;
    int m_keyRole;
    Items::FilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_attention;
    QLabel *m_count;
    QTableView *m_view;
    bool m_selecting = false;
};

} // namespace Ui
