// The Health dock of the real main window on the simulated cluster: quiet on a healthy cluster,
// and when a node is lost (the simulator's lost-node situation) the doctor's critical finding
// comes up by itself, with its risk, fix and kubectl commands, the counts in the status bar,
// and Alt+9 to reach it. The window watches nodes, so the lost node itself is the finding.
#include "models/health/finding.h"
#include "models/items/clustermodel.h"
#include "models/items/findingmodel.h"
#include "models/sim/simcluster.h"
#include "tests/common/mainwindowtestbase.h"
#include "ui/healthpanel.h"
#include "ui/mainwindow.h"
#include "ui/nodeitem.h"
#include "ui/topologyscene.h"
#include "ui/topologytooltips.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class TestHealthDock
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void init()
    {
        SimHarness::Options options;
        options.speed = 1;
        startSimAndWindow(options);
    }
    void cleanup() { stopWindowAndSim(); }

    void quietOnAHealthyCluster();
    void lostNodeBringsUpItsCriticalFinding();

private:
    QDockWidget *healthDock() const { return m_window->findChild<QDockWidget *>(u"healthDock"_s); }
    QPushButton *healthButton() const
    {
        return m_window->findChild<QPushButton *>(u"healthButton"_s);
    }
};

void TestHealthDock::quietOnAHealthyCluster()
{
    openSeed();
    Ui::HealthPanel *panel = m_window->healthPanel();
    QTRY_VERIFY(healthButton()->text().contains(u"No problems found"_s));
    QCOMPARE(panel->model()->count(Doctor::Finding::Severity::Critical), 0);
    QCOMPARE(panel->model()->count(Doctor::Finding::Severity::Warning), 0);
    QVERIFY(!healthDock()->isVisible() || healthDock()->visibleRegion().isEmpty());
}

void TestHealthDock::lostNodeBringsUpItsCriticalFinding()
{
    openSeed();
    Ui::HealthPanel *panel = m_window->healthPanel();
    QSignalSpy critical(panel, &Ui::HealthPanel::criticalFound);
    reachSituation(u"lost-node"_s);
    if (QTest::currentTestFailed())
        return;

    QTRY_COMPARE_WITH_TIMEOUT(critical.size(), 1, 30000);
    QTRY_VERIFY(!healthDock()->visibleRegion().isEmpty()); // raised by itself
    const Doctor::Finding *first = panel->model()->finding(0);
    QVERIFY(first);
    QCOMPARE(first->severity, Doctor::Finding::Severity::Critical);
    // The window watches the nodes too: the lost one is NotReady before its objects go stale.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(panel->model()->findings().begin(), panel->model()->findings().end(),
                    [](const Doctor::Finding &f) { return f.rule == u"node-not-ready"_s; }),
        30000);
    // The same Node objects mark the node in the nodes table and the topology.
    int notReady = 0;
    QString lost;
    for (const Items::NodeRow &row : m_window->clusterModel()->nodes()->rows()) {
        if (row.notReady) {
            ++notReady;
            lost = row.name;
            QCOMPARE(Items::NodeModel::healthOf(row), Items::Health::Error);
        }
    }
    QCOMPARE(notReady, 1);
    // The topology marks the findings on the lost node's card, named in its tooltip; a node
    // with nothing wrong has no mark.
    Ui::TopologyScene *scene = m_window->topologyScene();
    QTRY_COMPARE(scene->findingMark(lost).worst, Doctor::Finding::Severity::Critical);
    QVERIFY(scene->findingMark(lost).count >= 1);
    const QString tip = Ui::TopologyToolTips::node(*scene->nodeItem(lost), true);
    QVERIFY2(tip.contains(u"Health:"_s), qPrintable(tip));
    for (const Items::NodeRow &row : m_window->clusterModel()->nodes()->rows()) {
        if (row.name != lost && row.unhealthyPools + row.unhealthyReplicas == 0)
            QCOMPARE(scene->findingMark(row.name).count, 0);
    }
    // With CSTOR_HEALTH_SCREENSHOT=x.png, a picture of the window with the Health dock raised.
    const QString screenshot = qEnvironmentVariable("CSTOR_HEALTH_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(screenshot, "PNG"));
    }
    QVERIFY2(!first->risk.isEmpty() && !first->fix.isEmpty() && !first->commands.isEmpty(),
             qPrintable(first->rule));
    // The first row is selected and explained.
    auto *details = panel->findChild<QTextBrowser *>(u"findingDetails"_s);
    QTRY_VERIFY(details->toPlainText().contains(first->commands.constFirst()));
    QVERIFY(details->toPlainText().contains(first->fix.left(40)));
    QVERIFY2(healthButton()->text().contains(u"critical"_s), qPrintable(healthButton()->text()));

    // Alt+9 puts the focus into the dock.
    m_window->activateWindow();
    QAction *goToHealth = m_window->findChild<QAction *>(u"goToHealth"_s);
    QVERIFY(goToHealth);
    QCOMPARE(goToHealth->shortcut(), QKeySequence(Qt::ALT | Qt::Key_9));
    goToHealth->trigger();
    QTRY_COMPARE(QApplication::focusWidget(), panel->view());
}

QTEST_MAIN(TestHealthDock)
#include "tst_healthdock.moc"
