#pragma once

#include <QList>
#include <QString>

#include <utility>

class QAction;
class QHeaderView;
class QMainWindow;
class QSplitter;
class QTabWidget;

namespace Ui {

class TopologyView;

// The window's layout, remembered per kubeconfig context in the settings: its geometry and
// docks, the split between topology and tables, the table shown, the tables' column widths and
// order, the topology's zoom when the operator chose one, the read-only lock and the namespace
// last used.
class ContextLayout
{
public:
    // A table's column header and the name its columns are remembered under.
    using Columns = std::pair<QString, QHeaderView *>;

    ContextLayout(QMainWindow *window, QSplitter *splitter, QTabWidget *tabs, QAction *lock,
                  TopologyView *topology, const QList<Columns> &columns);

    void save(const QString &context, const QString &namespaceName) const;
    void restore(const QString &context);
    // Whether the last restore() found a saved arrangement of the docks.
    bool restoredDocks() const { return m_restoredDocks; }
    // The namespace last used with the context ("" when none was saved).
    QString savedNamespace(const QString &context) const;
    // A topology squeezed to a sliver gets three fifths of the height back.
    void ensureTopologyRoom();
    // A cluster whose topology needs less than its share of the height gives the rest to the
    // tables, now and as the window grows, unless restore() found a split the operator made.
    void fitTopologyToContent();

private:
    static QString settingsGroup(const QString &context);

    QMainWindow *m_window;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QAction *m_lock;
    TopologyView *m_topology;
    QList<Columns> m_columns;
    bool m_restoredDocks = false;
    bool m_restoredSplitter = false;
};

} // namespace Ui
