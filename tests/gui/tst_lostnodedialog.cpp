// Recovering a lost node from the real main window on a simulated five-node cluster: the Health
// dock's finding about the node the lost-node situation took down offers its recovery, and so
// does "Drain node…" (the topology's menu names it so); every volume there gets a new replica
// through the plan dialog and the engine; the dialog opened again lists no volume and shows the
// kubectl steps that remove the dead pool.
#include "models/health/finding.h"
#include "models/items/clustermodel.h"
#include "models/items/findingmodel.h"
#include "models/items/nodemodel.h"
#include "models/migration/migrationengine.h"
#include "models/recovery/lostnodeplanner.h"
#include "models/sim/simcluster.h"
#include "tests/common/mainwindowtestbase.h"
#include "ui/clusterconnection.h"
#include "ui/healthpanel.h"
#include "ui/lostnodedialog.h"
#include "ui/mainwindow.h"
#include "ui/plandialog.h"
#include "ui/topologyscene.h"

#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestLostNodeDialog
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void init()
    {
        SimHarness::Options options;
        options.speed = 50;
        options.seed = 3;
        options.generateSpec =
            u"nodes=5,pools-per-node=1,volumes=8,replicas=3,volume-size=1Gi-2Gi"_s;
        startSimAndWindow(options);
    }
    void cleanup() { stopWindowAndSim(); }

    void lostNodeIsReplacedFromTheWindow();
};

void TestLostNodeDialog::lostNodeIsReplacedFromTheWindow()
{
    openSeed();
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    reachSituation(u"lost-node"_s);
    if (QTest::currentTestFailed())
        return;
    QString lost;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Items::NodeRow &row : m_window->clusterModel()->nodes()->rows()) {
                if (row.notReady)
                    lost = row.name;
            }
            return !lost.isEmpty();
        }(),
        30000);

    const std::unique_ptr<QMenu> menu =
        m_window->topologyScene()->contextMenu(Ui::TopologyScene::Kind::Node, lost);
    QStringList labels;
    for (const QAction *action : menu->actions())
        labels << action->text();
    QVERIFY2(labels.contains(u"Recover lost node…"_s), qPrintable(labels.join(u", "_s)));

    // A volume whose target ran on the lost node waits until its new target has counted the
    // replicas left (the simulator moves the pod after the eviction timeout).
    const Migration::ClusterSnapshot &cluster = m_window->connection()->engine()->cluster();
    QTRY_VERIFY_WITH_TIMEOUT(Recovery::LostNodePlanner::plan(cluster, lost).allRecoverable(),
                             60000);
    // The Health dock's finding about the node offers its recovery.
    Ui::HealthPanel *panel = m_window->healthPanel();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Doctor::Finding> findings = panel->model()->findings();
            for (int i = 0; i < findings.size(); ++i) {
                if (findings.at(i).rule == u"node-not-ready"_s)
                    row = i;
            }
            return row >= 0;
        }(),
        30000);
    auto *findingsView = panel->findChild<QTableView *>(u"findings"_s);
    findingsView->setCurrentIndex(panel->model()->index(row, 0));
    auto *recoverNode = panel->findChild<QPushButton *>(u"recoverNodeButton"_s);
    QVERIFY(!recoverNode->isHidden());
    QTest::mouseClick(recoverNode, Qt::LeftButton);
    Ui::LostNodeDialog *dialog = m_window->lostNodeDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const int volumes = dialog->volumes()->topLevelItemCount();
    QVERIFY(volumes > 0);
    for (int i = 0; i < volumes; ++i) {
        QVERIFY2(dialog->volumes()->topLevelItem(i)->text(3).startsWith(u"New replica on cspc-"_s),
                 qPrintable(dialog->volumes()->topLevelItem(i)->text(3)));
    }
    QVERIFY(dialog->removalSteps()->isHidden()); // the volumes still count on the pool
    QVERIFY(dialog->replaceButton()->isEnabled());
    // The current row's fate in words under the table.
    const auto *why = dialog->findChild<QLabel *>(u"lostNodeWhy"_s);
    QVERIFY2(why->text().contains(u"rebuilds from"_s), qPrintable(why->text()));
    QTest::mouseClick(dialog->replaceButton(), Qt::LeftButton);

    Ui::PlanDialog *plan = m_window->planDialog();
    QVERIFY(plan);
    QCOMPARE(plan->moves().size(), volumes);
    QTRY_VERIFY_WITH_TIMEOUT(plan->canApply(), 10000);
    QTest::mouseClick(plan->findChild<QPushButton *>(u"planApply"_s), Qt::LeftButton);
    Migration::MigrationEngine *engine = m_window->connection()->engine();
    QTRY_VERIFY_WITH_TIMEOUT(!engine->migrations().isEmpty() && !engine->isBusy(), 120000);
    for (const Migration::MigrationStatus &status : engine->migrations()) {
        QVERIFY2(status.state == Migration::MigrationState::Done, qPrintable(status.reason));
        QVERIFY2(status.reason.contains(u"stays Terminating while its node "_s + lost),
                 qPrintable(status.reason));
    }

    // Opened again ("Drain node…" on the lost node): nothing left to replace, and the dead pool's
    // removal steps.
    QVERIFY(!m_window->planDrain(lost));
    dialog = m_window->lostNodeDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->volumes()->topLevelItemCount(), 1); // "No volume counts on a replica there."
    QVERIFY(!dialog->replaceButton()->isEnabled());
    QVERIFY(dialog->replaceButton()->isHidden());
    QVERIFY(!dialog->removalSteps()->isHidden());
    const QString steps = dialog->removalSteps()->toPlainText();
    QVERIFY2(steps.contains(u"kubectl patch cvr "_s), qPrintable(steps));
    QVERIFY2(steps.contains(u"kubectl edit cspc "_s), qPrintable(steps));
    QVERIFY2(steps.contains(u"kubectl patch cspi "_s), qPrintable(steps));
    dialog->reject();
}

QTEST_MAIN(TestLostNodeDialog)
#include "tst_lostnodedialog.moc"
