// Following moved disks from the real main window on a simulated cluster: a node is replaced by
// a new node with its disks (the moved-disks situation); the Health dock's finding about the gone
// node offers "Follow moved disks…"; the dialog shows where the disks are and the CSPC edit, and
// its button brings the pool back ONLINE on the new node, the log showing each stage. Two nodes of
// the pool cluster replaced at once: the dialog shows the other pool in the same edit and brings
// both back.
#include "models/health/finding.h"
#include "models/items/findingmodel.h"
#include "models/migration/migrationengine.h"
#include "tests/common/mainwindowtestbase.h"
#include "ui/clusterconnection.h"
#include "ui/followdisksdialog.h"
#include "ui/healthpanel.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFollowDisksDialog
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
        options.seed = 7;
        options.generateSpec = u"nodes=3,pools-per-node=1,volumes=3,replicas=2,volume-size=1Gi"_s;
        startSimAndWindow(options);
    }
    void cleanup() { stopWindowAndSim(); }

    void movedDisksAreFollowedFromTheWindow();
    void twoReplacedNodesAreFollowedInOneEdit();

private:
    // Shows the cluster, drives it into `situation` and opens the follow-disks dialog from the
    // Health dock's finding about a gone node, named in `node`.
    void followFromGoneNodeFinding(const QString &situation, QString *node);
};

void TestFollowDisksDialog::followFromGoneNodeFinding(const QString &situation, QString *node)
{
    openSeed();
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    reachSituation(situation);
    if (QTest::currentTestFailed())
        return;
    Ui::HealthPanel *panel = m_window->healthPanel();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<Doctor::Finding> findings = panel->model()->findings();
            for (int i = 0; i < findings.size() && row < 0; ++i) {
                if (findings.at(i).rule == u"node-not-ready"_s &&
                    findings.at(i).summary.contains(u"is gone"_s)) {
                    row = i;
                    *node = findings.at(i).objects.value(0).section(u'/', 1);
                }
            }
            return row >= 0;
        }(),
        60000);
    auto *findingsView = panel->findChild<QTableView *>(u"findings"_s);
    findingsView->setCurrentIndex(panel->model()->index(row, 0));
    auto *followDisks = panel->findChild<QPushButton *>(u"followDisksButton"_s);
    QVERIFY(!followDisks->isHidden());
    QTest::mouseClick(followDisks, Qt::LeftButton);
}

void TestFollowDisksDialog::movedDisksAreFollowedFromTheWindow()
{
    QString node;
    followFromGoneNodeFinding(u"moved-disks"_s, &node);
    if (QTest::currentTestFailed())
        return;
    const Doctor::Finding finding = m_window->healthPanel()->model()->findings().value(
        m_window->healthPanel()->findChild<QTableView *>(u"findings"_s)->currentIndex().row());
    QVERIFY2(finding.fix.contains(u"follow-disks"_s), qPrintable(finding.fix));

    Ui::FollowDisksDialog *dialog = m_window->followDisksDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().kind, Recovery::MovedDisksPlan::Kind::Repoint, 30000);
    QCOMPARE(dialog->plan().oldNode, node);
    QCOMPARE(dialog->plan().newNode, node + u"-new"_s);
    const auto *headline = dialog->findChild<QLabel *>(u"followHeadline"_s);
    QVERIFY2(headline->text().contains(node + u"-new"_s), qPrintable(headline->text()));
    auto *log = dialog->findChild<QPlainTextEdit *>(u"followLog"_s);
    QVERIFY2(log->toPlainText().contains(u"\"test\""_s), qPrintable(log->toPlainText()));

    auto *apply = dialog->findChild<QPushButton *>(u"followApply"_s);
    QVERIFY(apply->isEnabled());
    QSignalSpy ended(dialog, &Ui::FollowDisksDialog::followEnded);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!apply->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 120000);
    QCOMPARE(ended.at(0).at(0).toBool(), true);
    QVERIFY2(log->toPlainText().contains(u"imports the pool"_s), qPrintable(log->toPlainText()));
    QVERIFY2(headline->text().contains(u"ONLINE"_s), qPrintable(headline->text()));
    // The window's model follows: the pool is ONLINE on the new node.
    const QString pool = dialog->plan().pool;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Cstor::PoolInstance *p :
                 m_window->connection()->engine()->cluster().pools()) {
                if (p->meta.name == pool)
                    return p->phaseText == u"ONLINE"_s && p->hostName == node + u"-new"_s;
            }
            return false;
        }(),
        30000);
}

void TestFollowDisksDialog::twoReplacedNodesAreFollowedInOneEdit()
{
    QString node;
    followFromGoneNodeFinding(u"moved-disks-two-nodes"_s, &node);
    if (QTest::currentTestFailed())
        return;
    Ui::FollowDisksDialog *dialog = m_window->followDisksDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->plan().kind, Recovery::MovedDisksPlan::Kind::Repoint, 30000);
    QCOMPARE(dialog->plan().alongside.size(), 1);
    const Recovery::MovedDisksPlan other = dialog->plan().alongside.first();
    QCOMPARE(other.newNode, other.oldNode + u"-new"_s);
    const auto *headline = dialog->findChild<QLabel *>(u"followHeadline"_s);
    QVERIFY2(headline->text().contains(u"In the same edit"_s) &&
                 headline->text().contains(other.pool),
             qPrintable(headline->text()));

    auto *apply = dialog->findChild<QPushButton *>(u"followApply"_s);
    QVERIFY(apply->isEnabled());
    QSignalSpy ended(dialog, &Ui::FollowDisksDialog::followEnded);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 120000);
    QCOMPARE(ended.at(0).at(0).toBool(), true);
    // Both pools ONLINE on their new nodes in the window's model.
    const QStringList pools = dialog->plan().poolsToFollow();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int back = 0;
            for (const Cstor::PoolInstance *p :
                 m_window->connection()->engine()->cluster().pools()) {
                if (pools.contains(p->meta.name) && p->phaseText == u"ONLINE"_s &&
                    p->hostName.endsWith(u"-new"_s))
                    ++back;
            }
            return back == 2;
        }(),
        30000);
}

QTEST_MAIN(TestFollowDisksDialog)
#include "tst_followdisksdialog.moc"
