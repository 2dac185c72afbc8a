#include "ui/keyboardnavigation.h"

#include "ui/tablepanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>

#include <functional>

namespace Ui {

namespace {

// Shows a table and puts the focus on its current row (the first, when none is current).
std::function<void()> goToTable(QTabWidget *tabs, TablePanel *panel)
{
    return [tabs, panel] {
        tabs->setCurrentWidget(panel);
        QTableView *view = panel->view();
        if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
            view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        view->setFocus(Qt::ShortcutFocusReason);
    };
}

std::function<void()> goToDock(QDockWidget *target)
{
    return [target] {
        target->show();
        target->raise();
        if (QWidget *widget = target->widget())
            widget->setFocus(Qt::ShortcutFocusReason);
    };
}

} // namespace

QList<QAction *> KeyboardNavigation::addGoToActions(QMenu *menu, const Areas &areas,
                                                    QObject *context)
{
    QList<QAction *> actions;
    const auto add = [&actions, menu, context](const QString &text, int digit, const QString &name,
                                               const std::function<void()> &go) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)));
        QObject::connect(action, &QAction::triggered, context, go);
        actions.append(action);
    };
    QWidget *topology = areas.topology;
    add(QCoreApplication::translate("Ui::MainWindow", "&Topology"), 1,
        QStringLiteral("goToTopology"),
        [topology] { topology->setFocus(Qt::ShortcutFocusReason); });
    add(QCoreApplication::translate("Ui::MainWindow", "&Pools table"), 2,
        QStringLiteral("goToPools"), goToTable(areas.tabs, areas.tables.at(0)));
    add(QCoreApplication::translate("Ui::MainWindow", "&Replicas table"), 3,
        QStringLiteral("goToReplicas"), goToTable(areas.tabs, areas.tables.at(1)));
    add(QCoreApplication::translate("Ui::MainWindow", "&Volumes table"), 4,
        QStringLiteral("goToVolumes"), goToTable(areas.tabs, areas.tables.at(2)));
    add(QCoreApplication::translate("Ui::MainWindow", "&Nodes table"), 5,
        QStringLiteral("goToNodes"), goToTable(areas.tabs, areas.tables.at(3)));
    add(QCoreApplication::translate("Ui::MainWindow", "&Details"), 6, QStringLiteral("goToDetails"),
        goToDock(areas.details));
    add(QCoreApplication::translate("Ui::MainWindow", "&Migrations"), 7,
        QStringLiteral("goToMigrations"), goToDock(areas.migrations));
    add(QCoreApplication::translate("Ui::MainWindow", "&Charts"), 8, QStringLiteral("goToCharts"),
        goToDock(areas.charts));
    add(QCoreApplication::translate("Ui::MainWindow", "&Health"), 9, QStringLiteral("goToHealth"),
        goToDock(areas.health));
    return actions;
}

void KeyboardNavigation::chainTabOrder(const QList<QWidget *> &areas)
{
    QList<QWidget *> chain;
    const auto addArea = [&chain](QWidget *area) {
        if ((area->focusPolicy() & Qt::TabFocus) && !area->focusProxy())
            chain.append(area);
        // The area's own widgets, in the order they already have.
        for (QWidget *w = area->nextInFocusChain(); w != area; w = w->nextInFocusChain()) {
            if (area->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
                !chain.contains(w))
                chain.append(w);
        }
    };
    for (QWidget *area : areas)
        addArea(area);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace Ui
