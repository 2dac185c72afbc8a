// The docks of the real main window on the simulated cluster leave the height to the topology
// and tables while nothing runs: the empty migration queue is one line that says how to start a
// move, and the bottom docks start low; the charts, brought to the front, get room for their
// axes' labels. A small cluster's topology takes the height it needs and the tables the rest,
// at 1280x800 too. Alt+8 and Alt+9 reach their docks where no window manager activates the window.
#include "tests/common/mainwindowtestbase.h"
#include "ui/mainwindow.h"
#include "ui/tablepanel.h"
#include "ui/topologyview.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDockSizes
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void init() { startSimAndWindow(); }
    void cleanup() { stopWindowAndSim(); }

    void emptyQueueIsOneLowLine();
    void smallClusterLeavesTheHeightToTheTables();
    void dockShortcutsWorkWithoutAWindowManager();

private:
    QDockWidget *dock(const QString &name) const
    {
        return m_window->findChild<QDockWidget *>(name);
    }
};

void TestDockSizes::emptyQueueIsOneLowLine()
{
    openSeed();
    QDockWidget *migrations = dock(u"operationsDock"_s);
    auto *hint = migrations->findChild<QLabel *>(u"noMigrations"_s);
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"Ctrl+M"_s));
    QVERIFY(!migrations->findChild<QTableView *>(u"operationsQueue"_s)->isVisible());
    // Low: a quarter of the window at most (it took over a third, and at 1280x800 a third
    // again, where the pools table then showed two rows), and it stays low once the window no
    // longer holds it there. (Tabbed with the charts, it is never lower than their minimum.)
    QTRY_VERIFY2(migrations->height() <= m_window->height() / 4,
                 qPrintable(u"%1 of %2"_s.arg(migrations->height()).arg(m_window->height())));
    QTRY_VERIFY(migrations->maximumHeight() > m_window->height());
    QCoreApplication::processEvents();
    QVERIFY2(migrations->height() <= m_window->height() / 4,
             qPrintable(QString::number(migrations->height())));

    QDockWidget *charts = dock(u"chartsDock"_s);
    charts->raise();
    QTRY_VERIFY(charts->height() >= 330);
    // The height stays once the window no longer holds the dock to it.
    QTRY_VERIFY(charts->minimumHeight() < 330);
    QCoreApplication::processEvents();
    QVERIFY2(charts->height() >= 330, qPrintable(QString::number(charts->height())));
}

// At 1280x800 the seed's three nodes fit in less than the topology's share of
// the height (it took three fifths, and the pools table showed fewer than its three rows); the
// docks behind the Migrations tab do not hold it up; a larger window gives its height to the
// tables.
void TestDockSizes::smallClusterLeavesTheHeightToTheTables()
{
    m_window->resize(1280, 800);
    openSeed();
    Ui::TopologyView *topology = m_window->topologyView();
    QTableView *pools = m_window->poolTable()->view();
    QTRY_COMPARE(pools->model()->rowCount(), 3);
    const auto lastRowShown = [pools] {
        return pools->visualRect(pools->model()->index(2, 0)).bottom() <
               pools->viewport()->height();
    };
    QTRY_VERIFY2(topology->height() <= topology->heightToFit() + 2,
                 qPrintable(u"%1 > %2"_s.arg(topology->height()).arg(topology->heightToFit())));
    // The whole cluster in view, in detail.
    QVERIFY(topology->zoom() >= Ui::TopologyView::kOverviewBelow);
    QVERIFY(!topology->verticalScrollBar()->isVisible());
    QVERIFY(!topology->horizontalScrollBar()->isVisible());
    QTRY_VERIFY(lastRowShown());
    // The Migrations dock is as low as its own content allows, not the charts' minimum.
    QDockWidget *migrations = dock(u"operationsDock"_s);
    QTRY_VERIFY2(migrations->height() < dock(u"chartsDock"_s)->widget()->minimumSizeHint().height(),
                 qPrintable(QString::number(migrations->height())));
    const int tables = pools->height();
    m_window->resize(1280, 900);
    QTRY_VERIFY(pools->height() >= tables + 90);
    QVERIFY(topology->height() <= topology->heightToFit() + 2);
}

// Xvfb runs no window manager, as a bare X session or a kiosk: nothing activates the window
// for it. Shown, it asks for the keyboard itself, so that Alt+8 and Alt+9 bring up their docks
// without the test (or anyone) activating it first.
void TestDockSizes::dockShortcutsWorkWithoutAWindowManager()
{
    openSeed();
    QTRY_VERIFY(m_window->isActiveWindow());
    QDockWidget *charts = dock(u"chartsDock"_s);
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::AltModifier);
    QTRY_VERIFY(!charts->visibleRegion().isEmpty());
    QDockWidget *health = dock(u"healthDock"_s);
    QTest::keyClick(m_window.get(), Qt::Key_9, Qt::AltModifier);
    QTRY_VERIFY(!health->visibleRegion().isEmpty());
    QTRY_VERIFY(health->isAncestorOf(QApplication::focusWidget()));
}

QTEST_MAIN(TestDockSizes)
#include "tst_docksizes.moc"
