// Replacing a failed disk from the real main window on a simulated cluster of
// mirror pools: the Health dock's finding about the DEGRADED pool offers
// "Replace failed disk…"; the dialog shows the failed disk, the node's spares
// and the CSPC edit, and its Replace button brings the pool back ONLINE with
// the spare, the log showing each stage.
#include "models/health/finding.h"
#include "models/items/findingmodel.h"
#include "models/migration/migrationengine.h"
#include "models/sim/simcluster.h"
#include "tests/common/mainwindowtestbase.h"
#include "ui/clusterconnection.h"
#include "ui/diskreplacementdialog.h"
#include "ui/healthpanel.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDiskReplacementDialog
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
        options.seed = 5;
        options.generateSpec =
            u"nodes=4,pools-per-node=1,volumes=4,replicas=3,volume-size=1Gi-2Gi,raid=mirror"_s;
        startSimAndWindow(options);
    }
    void cleanup() { stopWindowAndSim(); }

    void failedDiskIsReplacedFromTheWindow();
};

void TestDiskReplacementDialog::failedDiskIsReplacedFromTheWindow()
{
    openSeed();
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    reachSituation(u"failed-disk"_s);
    if (QTest::currentTestFailed())
        return;

    Ui::HealthPanel *panel = m_window->healthPanel();
    int row = -1;
    QString pool;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Doctor::Finding> findings = panel->model()->findings();
            for (int i = 0; i < findings.size(); ++i) {
                if (findings.at(i).rule == u"pool-state"_s &&
                    findings.at(i).summary.contains(u"DEGRADED"_s)) {
                    row = i;
                    pool = findings.at(i).objects.value(0).section(u'/', 1);
                }
            }
            return row >= 0;
        }(),
        30000);
    auto *findingsView = panel->findChild<QTableView *>(u"findings"_s);
    findingsView->setCurrentIndex(panel->model()->index(row, 0));
    auto *replaceDisk = panel->findChild<QPushButton *>(u"replaceDiskButton"_s);
    QVERIFY(!replaceDisk->isHidden());
    QTest::mouseClick(replaceDisk, Qt::LeftButton);

    Ui::DiskReplacementDialog *dialog = m_window->diskReplacementDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().kind, Recovery::DiskReplacementPlan::Kind::Replace,
                              30000);
    QCOMPARE(dialog->plan().pool, pool);
    auto *spares = dialog->findChild<QComboBox *>(u"diskSpares"_s);
    QVERIFY(spares->isVisible());
    QVERIFY(spares->count() >= 1);
    QCOMPARE(spares->currentData().toString(), dialog->plan().replacement);
    const auto *headline = dialog->findChild<QLabel *>(u"diskHeadline"_s);
    QVERIFY2(headline->text().contains(dialog->plan().disk), qPrintable(headline->text()));
    auto *log = dialog->findChild<QPlainTextEdit *>(u"diskLog"_s);
    QVERIFY2(log->toPlainText().contains(u"\"test\""_s), qPrintable(log->toPlainText()));

    auto *replace = dialog->findChild<QPushButton *>(u"diskReplace"_s);
    QVERIFY(replace->isEnabled());
    QSignalSpy ended(dialog, &Ui::DiskReplacementDialog::replacementEnded);
    QTest::mouseClick(replace, Qt::LeftButton);
    QVERIFY(!replace->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 120000);
    QCOMPARE(ended.at(0).at(0).toBool(), true);
    QVERIFY2(log->toPlainText().contains(u"Resilvering "_s), qPrintable(log->toPlainText()));
    QVERIFY2(headline->text().contains(u"ONLINE"_s), qPrintable(headline->text()));
    // The window's model follows: the pool is ONLINE again.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Cstor::PoolInstance *p :
                 m_window->connection()->engine()->cluster().pools()) {
                if (p->meta.name == pool)
                    return p->phaseText == u"ONLINE"_s;
            }
            return false;
        }(),
        30000);
}

QTEST_MAIN(TestDiskReplacementDialog)
#include "tst_diskreplacementdialog.moc"
