// Accessibility of the main window on a simulated cluster: every step of a replica move done
// with the keyboard alone, the topology as assistive technology sees it, charts that describe
// their data in words, readable colours on the default, dark and high-contrast palettes, and a
// Tab order that follows the window.
#include "models/items/health.h"
#include "models/items/itemroles.h"
#include "models/items/migrationlistmodel.h"
#include "models/items/replicamodel.h"
#include "models/migration/datapaths.h"
#include "models/migration/migrationengine.h"
#include "tests/common/mainwindowtestbase.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"
#include "ui/capacitychart.h"
#include "ui/chartpanel.h"
#include "ui/clusterconnection.h"
#include "ui/detailspanel.h"
#include "ui/healthstyle.h"
#include "ui/mainwindow.h"
#include "ui/nodeitem.h"
#include "ui/operationspanel.h"
#include "ui/plandialog.h"
#include "ui/poolitem.h"
#include "ui/rebuildchart.h"
#include "ui/replicachip.h"
#include "ui/tablepanel.h"
#include "ui/topologyscene.h"
#include "ui/topologyview.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cmath>

namespace {

using SeedNames::kVolume;
const QString &kSource = SeedNames::kPn9p;
const QString &kTarget = SeedNames::kPsz5;
const QString kNode2 = QStringLiteral("e2e1-node2");

// As with a screen reader running: the window tells assistive technology what changes.
[[maybe_unused]] const bool kAccessibilityOn = [] {
    qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    return true;
}();

// WCAG 2 contrast ratio, computed here independently of the console's own helper.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda).darker(140));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

// As high-contrast themes do: black and white, with yellow for what is selected.
QPalette highContrastPalette(bool blackBackground)
{
    const QColor back = blackBackground ? Qt::black : Qt::white;
    const QColor fore = blackBackground ? Qt::white : Qt::black;
    QPalette p(fore, back);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase,
                            QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, back);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::ToolTipText, QPalette::PlaceholderText})
        p.setColor(role, fore);
    p.setColor(QPalette::Highlight,
               blackBackground ? QColor(Qt::yellow) : QColor(0x00, 0x00, 0x80));
    p.setColor(QPalette::HighlightedText, blackBackground ? Qt::black : Qt::white);
    return p;
}

QStringList g_focusNames; // names of the items assistive technology was told got the focus

void recordFocus(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Focus) {
        if (QAccessibleInterface *iface = event->accessibleInterface())
            g_focusNames.append(iface->text(QAccessible::Name));
    }
}

// Every item below `iface`, depth first.
void collect(QAccessibleInterface *iface, QList<QAccessibleInterface *> *out)
{
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        QVERIFY(child);
        QCOMPARE(child->parent(), iface);
        QCOMPARE(iface->indexOfChild(child), i);
        out->append(child);
        collect(child, out);
    }
}

} // namespace

class TestAccessibility
    : public QObject
    , private MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardAloneMovesTheSeedReplica();
    void topologyAndDrainFromTheKeyboard();
    void topologyAccessibleTree();
    void chartsDescribeTheirData();
    void coloursReadOnEveryPalette();
    void tabOrderFollowsTheWindow();

private:
    void openWritableSeed();
    // Types a key where the keyboard is: an open menu, else the focused widget.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString replicaUid(const QString &volume, const QString &pool) const;
    // Down-arrows through the focused table until the row with `key` is current.
    bool arrowToRow(Ui::TablePanel *table, const QString &key);
};

void TestAccessibility::initTestCase()
{
    useTestSettings();
}

void TestAccessibility::init()
{
    startSimAndWindow();
}

void TestAccessibility::cleanup()
{
    stopWindowAndSim();
}

void TestAccessibility::openWritableSeed()
{
    openSeed();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connection()->isWritePermissionKnown(), 10000);
    QVERIFY(m_window->connection()->isWriteAllowed());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    // Xvfb has no window manager: a window may lose the activation it was given.
    if (!QApplication::activeWindow() && !QApplication::activePopupWidget()) {
        QWidget *window =
            QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window.get();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    QWidget *target = QApplication::activePopupWidget();
    if (!target && QApplication::activeModalWidget())
        target = QApplication::activeModalWidget()->focusWidget();
    if (!target)
        target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

QString TestAccessibility::replicaUid(const QString &volume, const QString &pool) const
{
    QAbstractItemModel *model = m_window->replicaTable()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, Items::ReplicaModel::Volume).data().toString() == volume &&
            model->index(row, Items::ReplicaModel::Pool).data().toString() == pool)
            return model->index(row, 0).data(Items::UidRole).toString();
    }
    return {};
}

bool TestAccessibility::arrowToRow(Ui::TablePanel *table, const QString &key)
{
    QTest::keyClick(table->view(), Qt::Key_Home, Qt::ControlModifier);
    for (int step = 0; step <= table->view()->model()->rowCount(); ++step) {
        if (table->currentKey() == key)
            return true;
        QTest::keyClick(table->view(), Qt::Key_Down);
    }
    return table->currentKey() == key;
}

// Alt+3 to the replicas table, arrows to the row, Ctrl+M for the pools, Enter on the one that
// can take it, Esc to think again, then the same with Enter on Apply: the move runs to the end.
void TestAccessibility::keyboardAloneMovesTheSeedReplica()
{
    openWritableSeed();
    const QString uid = replicaUid(kVolume, kSource);
    QVERIFY(!uid.isEmpty());
    Ui::TablePanel *replicas = m_window->replicaTable();

    press(Qt::Key_3, Qt::AltModifier);
    QTRY_COMPARE(m_window->focusWidget(), replicas->view());
    QVERIFY(arrowToRow(replicas, uid));
    QTRY_VERIFY(m_window->moveReplicaAction()->isEnabled());

    Migration::MigrationEngine *engine = m_window->connection()->engine();
    for (const bool apply : {false, true}) {
        press(Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(m_window->moveTargetMenu() && m_window->moveTargetMenu()->isVisible());
        QMenu *menu = m_window->moveTargetMenu();
        QTRY_COMPARE(QApplication::activePopupWidget(), menu);
        // The one pool that can take the replica is active; the arrows skip the others.
        QVERIFY(menu->activeAction());
        QCOMPARE(menu->activeAction()->data().toString(), kTarget);
        press(Qt::Key_Down);
        QCOMPARE(menu->activeAction()->data().toString(), kTarget);
        press(Qt::Key_Return);
        QTRY_VERIFY(m_window->planDialog());
        Ui::PlanDialog *plan = m_window->planDialog();
        QCOMPARE(plan->moves().first().targetPool, kTarget);
        QTRY_VERIFY_WITH_TIMEOUT(plan->canApply(), 10000);
        auto *applyButton = plan->findChild<QPushButton *>(QStringLiteral("planApply"));
        QVERIFY(applyButton->isDefault());
        QTRY_COMPARE(plan->focusWidget(), applyButton);
        press(apply ? Qt::Key_Return : Qt::Key_Escape);
        QTRY_VERIFY(!m_window->planDialog());
        if (!apply) {
            QVERIFY(engine->migrations().isEmpty());
            QTRY_COMPARE(m_window->focusWidget(), replicas->view());
        }
    }

    QTRY_COMPARE(m_window->operationsPanel()->model()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!engine->migrations().isEmpty() && !engine->isBusy(), 60000);
    QCOMPARE(engine->migrations().first().state, Migration::MigrationState::Done);
    QTRY_VERIFY_WITH_TIMEOUT(replicaUid(kVolume, kSource).isEmpty(), 20000);
    QVERIFY(!replicaUid(kVolume, kTarget).isEmpty());
}

// Alt+1 to the topology; the arrows walk nodes, pools and replicas and select them (Ctrl+M then
// works on the chip); Alt+5 and the arrows pick a node whose drain Ctrl+Shift+D plans.
void TestAccessibility::topologyAndDrainFromTheKeyboard()
{
    openWritableSeed();
    Ui::TopologyScene *scene = m_window->topologyScene();
    Ui::TopologyView *view = m_window->topologyView();
    press(Qt::Key_1, Qt::AltModifier);
    QTRY_COMPARE(m_window->focusWidget(), view);

    press(Qt::Key_Home);
    QCOMPARE(scene->currentKind(), Ui::TopologyScene::Kind::Node);
    const QList<QPair<int, QString>> order = view->keyboardOrder();
    QCOMPARE(order.first().second, scene->currentId());
    int nodes = 0;
    int pools = 0;
    int chips = 0;
    for (QGraphicsItem *item : scene->items()) {
        nodes += item->type() == Ui::NodeItem::Type ? 1 : 0;
        pools += item->type() == Ui::PoolItem::Type ? 1 : 0;
        chips += item->type() == Ui::ReplicaChip::Type ? 1 : 0;
    }
    QCOMPARE(order.size(), nodes + pools + chips);

    const QString uid = replicaUid(kVolume, kSource);
    for (int step = 0; step < order.size() && scene->currentId() != uid; ++step)
        press(Qt::Key_Right);
    QCOMPARE(scene->currentKind(), Ui::TopologyScene::Kind::Replica);
    QCOMPARE(scene->currentId(), uid);
    QCOMPARE(m_window->replicaTable()->currentKey(), uid); // the table follows
    QVERIFY(m_window->moveReplicaAction()->isEnabled());
    press(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_window->moveTargetMenu() && m_window->moveTargetMenu()->isVisible());
    QCOMPARE(m_window->moveTargetMenu()->activeAction()->data().toString(), kTarget);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_window->moveTargetMenu());
    QTRY_COMPARE(m_window->focusWidget(), view);

    // Page Down goes to the next node, Left back to the last item before it.
    press(Qt::Key_PageDown);
    QCOMPARE(scene->currentKind(), Ui::TopologyScene::Kind::Node);
    const QString node = scene->currentId();
    press(Qt::Key_Left);
    QVERIFY(scene->currentId() != node);
    press(Qt::Key_Right);
    QCOMPARE(scene->currentId(), node);
    QVERIFY(m_window->drainNodeAction()->isEnabled());

    // Drain from the nodes table: node 2 cannot be drained on the seed cluster, and the status
    // bar says which volume keeps it.
    press(Qt::Key_5, Qt::AltModifier);
    QTRY_COMPARE(m_window->focusWidget(), m_window->nodeTable()->view());
    QVERIFY(arrowToRow(m_window->nodeTable(), kNode2));
    QTRY_VERIFY(m_window->drainNodeAction()->isEnabled());
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("pvc-3f1c")));
    QVERIFY(!m_window->planDialog());

    // Each area has its key.
    for (QAction *action : m_window->goToActions())
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
}

void TestAccessibility::topologyAccessibleTree()
{
    openWritableSeed();
    Ui::TopologyScene *scene = m_window->topologyScene();
    Ui::TopologyView *view = m_window->topologyView();
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(view);
    QVERIFY(tree);
    QCOMPARE(tree->role(), QAccessible::Tree);
    QCOMPARE(tree->text(QAccessible::Name), QStringLiteral("Cluster topology"));
    QVERIFY(!tree->text(QAccessible::Description).isEmpty());
    QCOMPARE(tree->childCount(), scene->nodeCount());

    QList<QAccessibleInterface *> items;
    collect(tree, &items);
    if (QTest::currentTestFailed())
        return;
    int expected = 0;
    for (QGraphicsItem *item : scene->items()) {
        const int type = item->type();
        expected += type == Ui::NodeItem::Type || type == Ui::PoolItem::Type ||
                            type == Ui::ReplicaChip::Type
                        ? 1
                        : 0;
    }
    QCOMPARE(items.size(), expected);

    QStringList expectedNames; // "Replica <volume> on pool <pool>, <phase>"
    for (Ui::ReplicaChip *chip : scene->chipsOfVolume(kVolume))
        expectedNames.append(QStringLiteral("Replica %1 on pool %2, %3")
                                 .arg(kVolume, chip->replica()->pool, chip->phaseText()));
    QCOMPARE(expectedNames.size(), 2);
    int replicasOfVolume = 0;
    for (QAccessibleInterface *item : items) {
        QCOMPARE(item->role(), QAccessible::TreeItem);
        const QString name = item->text(QAccessible::Name);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!item->text(QAccessible::Description).isEmpty(), qPrintable(name));
        QVERIFY2(item->rect().isValid(), qPrintable(name));
        QVERIFY(item->state().focusable);
        if (name.startsWith(QStringLiteral("Replica ")) && name.contains(kVolume)) {
            ++replicasOfVolume;
            // A chip drawn from its last report says so (the window not live for a moment on a
            // busy machine): the tree is what is checked here, not the liveness.
            QVERIFY2(expectedNames.contains(name) || (name.endsWith(QStringLiteral(", stale")) &&
                                                      expectedNames.contains(name.chopped(7))),
                     qPrintable(name));
            QCOMPARE(item->parent()->role(), QAccessible::TreeItem);
            QVERIFY(item->parent()->text(QAccessible::Name).startsWith(QStringLiteral("Pool ")));
            QVERIFY(item->parent()
                        ->parent()
                        ->text(QAccessible::Name)
                        .startsWith(QStringLiteral("Node ")));
        }
    }
    QCOMPARE(replicasOfVolume, 2);

    // The current item is selected, focused while the view has the focus, and announced (when
    // assistive technology listens: the desktop's accessibility bus is there).
    g_focusNames.clear();
    const QAccessible::UpdateHandler previous = QAccessible::installUpdateHandler(recordFocus);
    view->setFocus(Qt::ShortcutFocusReason);
    QTRY_VERIFY(view->hasFocus());
    const QString uid = replicaUid(kVolume, kSource);
    scene->activate(Ui::TopologyScene::Kind::Replica, uid);
    QAccessibleInterface *focused = tree->focusChild();
    QVERIFY(focused);
    QVERIFY(focused->state().focused);
    QVERIFY(focused->state().selected);
    const QString name = focused->text(QAccessible::Name);
    QVERIFY2(name.contains(kVolume) && name.contains(kSource), qPrintable(name));
    if (QAccessible::isActive()) {
        QTRY_VERIFY(g_focusNames.contains(name));
    } else {
        qInfo("no accessibility bus: focus announcements not observed");
    }
    // The actions a screen reader offers: press selects, so does the keyboard.
    QAccessibleActionInterface *actions = items.first()->actionInterface();
    QVERIFY(actions);
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(scene->currentKind(), Ui::TopologyScene::Kind::Node);
    QAccessible::installUpdateHandler(previous);
}

void TestAccessibility::chartsDescribeTheirData()
{
    openWritableSeed();
    Ui::ChartPanel *charts = m_window->chartPanel();
    Ui::RebuildChart *rebuild = charts->rebuildChart();
    QVERIFY(!rebuild->accessibleName().isEmpty());
    QVERIFY(rebuild->accessibleDescription().contains(QStringLiteral("No replica is rebuilding")));
    Ui::CapacityChart *capacity = charts->capacityChart();
    QVERIFY(!capacity->accessibleName().isEmpty());
    capacity->sample();
    // Renewed at most once a second: the first samples' summary arrives within about that.
    QTRY_VERIFY_WITH_TIMEOUT(capacity->accessibleDescription().contains(kSource) ||
                                 capacity->accessibleDescription().contains(kTarget),
                             3000);
    QVERIFY2(capacity->accessibleDescription().contains(QStringLiteral("% used")),
             qPrintable(capacity->accessibleDescription()));
    QVERIFY2(capacity->accessibleDescription().contains(QStringLiteral("All pools together")),
             qPrintable(capacity->accessibleDescription()));
}

// Text and symbols in health colours, the tables' text, and the banners, on four palettes:
// text at least 4.5:1 against what it is drawn on.
void TestAccessibility::coloursReadOnEveryPalette()
{
    const QList<std::pair<const char *, QPalette>> palettes = {
        {"default", QApplication::style()->standardPalette()},
        {"dark", darkPalette()},
        {"high contrast, black", highContrastPalette(true)},
        {"high contrast, white", highContrastPalette(false)},
    };
    const QList<Items::Health> healths = {Items::Health::Ok, Items::Health::Busy,
                                          Items::Health::Warning, Items::Health::Error,
                                          Items::Health::Unknown};
    for (const auto &[name, palette] : palettes) {
        const QByteArray where(name);
        // The status delegate: text on the row, selected text on the selection.
        QVERIFY2(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5,
                 where);
        // Selected rows: the window makes every palette's selection read (Fusion's own blue
        // gives 3.7:1 under white text).
        const QPalette selection = Ui::HealthStyle::withReadableSelection(palette);
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            QVERIFY2(contrast(selection.color(group, QPalette::HighlightedText),
                              selection.color(group, QPalette::Highlight)) >= 4.5,
                     where);
        // Health colours, used for symbols and phase text on pools, nodes and chips.
        for (const Items::Health health : healths) {
            const QColor color = Ui::HealthStyle::color(health, palette);
            for (const auto role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase}) {
                const double ratio = contrast(color, palette.color(role));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 = %4")
                                                      .arg(QString::fromLatin1(name), color.name(),
                                                           palette.color(role).name())
                                                      .arg(ratio)));
            }
        }
        const QColor stale = Ui::HealthStyle::staleColor(palette);
        QVERIFY2(contrast(stale, palette.color(QPalette::Base)) >= 4.5, where);
        // The pool's usage text over each fill of its capacity bar (translucent over Base).
        for (const auto &[fillColor, alpha] : QList<std::pair<QColor, int>>{
                 {palette.color(QPalette::Highlight), 190},
                 {Ui::HealthStyle::color(Items::Health::Warning, palette), 190},
                 {Ui::HealthStyle::color(Items::Health::Error, palette), 190},
                 {stale, 110}}) {
            QColor fill = fillColor;
            fill.setAlpha(alpha);
            const QColor base = palette.color(QPalette::Base);
            const double a = alpha / 255.0;
            const QColor shown = QColor::fromRgbF(fill.redF() * a + base.redF() * (1 - a),
                                                  fill.greenF() * a + base.greenF() * (1 - a),
                                                  fill.blueF() * a + base.blueF() * (1 - a));
            const QColor text = Ui::PoolItem::textOnFill(fill, palette);
            const double ratio = contrast(text, shown);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on the bar's %3 = %4")
                                    .arg(QString::fromLatin1(name), text.name(), shown.name())
                                    .arg(ratio)));
        }
        // The console's own helper agrees with this computation.
        QVERIFY(std::abs(Ui::HealthStyle::contrastRatio(stale, palette.color(QPalette::Base)) -
                         contrast(stale, palette.color(QPalette::Base))) < 0.01);

        // The banners follow the window's palette.
        m_window->setPalette(palette);
        m_window->setDemo(true);
        for (QLabel *banner : {m_window->demoBanner(), m_window->insecureBanner()}) {
            const QPalette p = banner->palette();
            const double ratio = contrast(p.color(QPalette::WindowText), p.color(QPalette::Window));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 %3")
                                    .arg(QString::fromLatin1(name), banner->objectName())
                                    .arg(ratio)));
            QVERIFY2(!banner->accessibleName().isEmpty(), qPrintable(banner->objectName()));
        }
        // And so do the tables' selected rows, made readable by the window.
        const QList<QTableView *> tables = m_window->findChildren<QTableView *>();
        QVERIFY(!tables.isEmpty());
        for (QTableView *table : tables) {
            const QPalette p = table->palette();
            const double ratio =
                contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: selected row in %2: %3")
                                    .arg(QString::fromLatin1(name), table->objectName())
                                    .arg(ratio)));
        }
    }
}

// Tab from the context selector visits the namespace, the topology, the tables (tab bar,
// filter, table) and the details, in that order; tables do not trap the Tab key.
void TestAccessibility::tabOrderFollowsTheWindow()
{
    openWritableSeed();
    m_window->contextSwitcher()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_window->contextSwitcher()->hasFocus());
    QList<QWidget *> visited{QApplication::focusWidget()};
    for (int step = 0; step < 40; ++step) {
        press(Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == visited.first())
            break;
        visited.append(now);
    }
    const auto firstIn = [&visited](QWidget *area) -> qsizetype {
        for (qsizetype i = 0; i < visited.size(); ++i) {
            if (visited.at(i) == area || area->isAncestorOf(visited.at(i)))
                return i;
        }
        return -1;
    };
    const qsizetype contexts = firstIn(m_window->contextSwitcher());
    const qsizetype namespaces = firstIn(m_window->namespaceSelector());
    const qsizetype topology = firstIn(m_window->topologyView());
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tables"));
    QVERIFY(tabs);
    const qsizetype tabBar = firstIn(tabs->findChild<QTabBar *>());
    auto *shown = static_cast<Ui::TablePanel *>(tabs->currentWidget());
    const qsizetype filter = firstIn(shown->filterEdit());
    const qsizetype table = firstIn(shown->view());
    const qsizetype details = firstIn(m_window->details());
    QStringList names;
    for (QWidget *w : visited)
        names.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':') +
                     w->objectName());
    const QByteArray order = names.join(QStringLiteral(", ")).toUtf8();
    QCOMPARE(contexts, 0);
    QVERIFY2(namespaces > contexts, order);
    QVERIFY2(topology > namespaces, order);
    QVERIFY2(tabBar > topology, order);
    QVERIFY2(filter > tabBar, order);
    QVERIFY2(table > filter, order);
    QVERIFY2(details > table, order);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
