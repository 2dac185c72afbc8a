// Recovery from the Health dock of the real main window: the simulator's refused-drf situation
// (a move rolled back before promotion; the target refuses the lower replication factor until
// its pod restarts) brings up the doctor's finding; "Recover volume…" opens the dialog, which
// reads the plan through `cstor-console recover --dry-run` (a restart of the target pod), runs it
// on the operator's word and ends with the volume back: the CV's DRF and RF agree with the CVC,
// read from the simulator's store. A replica's menu in the topology offers the same recovery.
// A healthy cluster offers no recovery.
#include "models/health/finding.h"
#include "models/items/findingmodel.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/mainwindowtestbase.h"
#include "tests/common/seednames.h"
#include "ui/healthpanel.h"
#include "ui/mainwindow.h"
#include "ui/recoverydialog.h"
#include "ui/recoveryprocess.h"
#include "ui/topologyscene.h"

#include <QAction>
#include <QJsonArray>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRecoveryDialog
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init()
    {
        SimHarness::Options options;
        options.speed = 10;
        startSimAndWindow(options);
    }
    void cleanup() { stopWindowAndSim(); }

    void healthyClusterOffersNoRecovery();
    void refusedDrfIsRecoveredFromTheHealthDock();

private:
    // The topology's "Recover volume…" on a replica of `volume`: nullptr when there is none.
    QAction *recoverFromTopology(const QString &volume)
    {
        Ui::TopologyScene *scene = m_window->topologyScene();
        const QStringList uids = scene->clusterModel()->replicasOfVolume(volume);
        if (uids.isEmpty())
            return nullptr;
        m_menu = scene->contextMenu(Ui::TopologyScene::Kind::Replica, uids.first());
        return m_menu->findChild<QAction *>(u"recoverVolume"_s);
    }
    std::unique_ptr<QMenu> m_menu;

    QPushButton *recoverButton() const
    {
        return m_window->healthPanel()->findChild<QPushButton *>(u"recoverButton"_s);
    }
    // The row of the first finding of `rule`; -1 when there is none.
    int rowOf(const QString &rule) const;
    int specInt(const QString &resource, const QString &name, const QString &field) const;

    QTemporaryDir m_data;
};

void TestRecoveryDialog::initTestCase()
{
    useTestSettings();
    const QString console = qEnvironmentVariable("CSTOR_CONSOLE");
    if (console.isEmpty() || !QFile::exists(console))
        QSKIP("CSTOR_CONSOLE does not name the cstor-console binary");
    Ui::RecoveryProcess::setProgram(console);
    // The recovery's journal and audit go to a folder of this test's own.
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
}

int TestRecoveryDialog::rowOf(const QString &rule) const
{
    const QList<Doctor::Finding> findings = m_window->healthPanel()->model()->findings();
    for (qsizetype row = 0; row < findings.size(); ++row) {
        if (findings.at(row).rule == rule)
            return int(row);
    }
    return -1;
}

int TestRecoveryDialog::specInt(const QString &resource, const QString &name,
                                const QString &field) const
{
    const std::optional<QJsonObject> object =
        m_sim->sim()->store()->get(resource, SeedNames::kNamespace, name);
    return object ? object->value("spec"_L1).toObject().value(field).toInt(-1) : -1;
}

void TestRecoveryDialog::healthyClusterOffersNoRecovery()
{
    openSeed();
    QTRY_VERIFY(m_window->healthPanel()->countsText().contains(u"No problems found"_s));
    QVERIFY(!recoverButton()->isEnabled());
    QAction *recover = recoverFromTopology(SeedNames::kVolume);
    QVERIFY(recover);
    QVERIFY(!recover->isEnabled());
}

void TestRecoveryDialog::refusedDrfIsRecoveredFromTheHealthDock()
{
    openSeed();
    reachSituation(u"refused-drf"_s, 240000);
    if (QTest::currentTestFailed())
        return;

    Ui::HealthPanel *panel = m_window->healthPanel();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"drf-refused"_s) >= 0, 60000);
    const Doctor::Finding finding = panel->model()->findings().at(rowOf(u"drf-refused"_s));
    const QString volume = finding.objects.constFirst().section(u'/', 1);
    panel->view()->selectRow(rowOf(u"drf-refused"_s));
    QTRY_VERIFY(recoverButton()->isEnabled());
    QVERIFY(recoverButton()->toolTip().contains(volume));
    // The topology offers it too, on a replica of the volume.
    QAction *fromTopology = recoverFromTopology(volume);
    QVERIFY(fromTopology);
    QVERIFY(fromTopology->isEnabled());
    QVERIFY(fromTopology->toolTip().contains(volume));
    fromTopology->trigger();
    auto *shown = m_window->findChild<Ui::RecoveryDialog *>(u"recoveryDialog"_s);
    QVERIFY(shown);
    QTRY_VERIFY_WITH_TIMEOUT(!shown->plan().isEmpty(), 60000);
    QCOMPARE(shown->plan().value("volume"_L1).toString(), volume);
    shown->close();
    QTRY_VERIFY(!m_window->findChild<Ui::RecoveryDialog *>(u"recoveryDialog"_s));

    recoverButton()->click();
    auto *dialog = m_window->findChild<Ui::RecoveryDialog *>(u"recoveryDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->plan().isEmpty(), 60000);
    QCOMPARE(dialog->plan().value("kind"_L1).toString(), u"Repair"_s);
    const QJsonArray steps = dialog->plan().value("steps"_L1).toArray();
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.last().toObject().value("action"_L1).toString(), u"restart-target"_s);
    auto *run = dialog->findChild<QPushButton *>(u"runRecovery"_s);
    QVERIFY(run && run->isEnabled());

    QSignalSpy ended(dialog, &Ui::RecoveryDialog::recoveryEnded);
    run->click();
    QVERIFY(dialog->isRunning());
    dialog->reject(); // not closed half way
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 300000);
    QVERIFY2(
        ended.first().first().toBool(),
        qPrintable(
            dialog->findChild<QWidget *>(u"recoveryOutput"_s)->property("plainText").toString()));
    const int pools = int(m_sim->sim()
                              ->store()
                              ->get(SeedNames::kCvc, SeedNames::kNamespace, volume)
                              ->value("spec"_L1)
                              .toObject()
                              .value("policy"_L1)
                              .toObject()
                              .value("replicaPoolInfo"_L1)
                              .toArray()
                              .size());
    QCOMPARE(specInt(SeedNames::kCv, volume, u"desiredReplicationFactor"_s), pools);
    QCOMPARE(specInt(SeedNames::kCv, volume, u"replicationFactor"_s), pools);
}

QTEST_MAIN(TestRecoveryDialog)
#include "tst_recoverydialog.moc"
