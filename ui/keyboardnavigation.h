#pragma once

#include <QList>

class QAction;
class QDockWidget;
class QMenu;
class QObject;
class QTabWidget;
class QWidget;

namespace Ui {

class TablePanel;

// The keyboard's ways through the window: View > Go to puts the focus into an area (Alt+1 the
// topology, Alt+2..5 the pools, replicas, volumes and nodes tables, Alt+6 the details, Alt+7
// the migrations, Alt+8 the charts, Alt+9 health), and Tab goes through the areas as the window
// reads.
class KeyboardNavigation
{
public:
    struct Areas
    {
        QWidget *topology = nullptr;
        QTabWidget *tabs = nullptr;
        QList<TablePanel *> tables; // pools, replicas, volumes, nodes
        QDockWidget *details = nullptr;
        QDockWidget *migrations = nullptr;
        QDockWidget *charts = nullptr;
        QDockWidget *health = nullptr;
    };

    // Adds the "Go to" actions to the menu; `context` is the window they act in.
    static QList<QAction *> addGoToActions(QMenu *menu, const Areas &areas, QObject *context);
    // Chains Tab through the areas in this order, each area's own widgets in the order they
    // already have.
    static void chainTabOrder(const QList<QWidget *> &areas);
};

} // namespace Ui
