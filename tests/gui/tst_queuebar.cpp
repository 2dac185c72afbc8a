// The queue of a plan of many moves from the real main window on a simulated cluster: two nodes
// evacuated, the queue paused and resumed from the Migrations dock's queue bar (a waiting move
// started sooner meanwhile), and the moves held back by a maintenance window set in the
// Evacuate dialog until the operator clears it. With CSTOR_QUEUE_SCREENSHOT=x.png, pictures of
// the window at 1280x800 while the queue is paused (x.png, its Migrations dock x-dock.png), of
// the Evacuate dialog with its window (x-evacuate.png), and of the Migrations and Charts docks
// while the window holds the moves back (x-window-dock.png, x-charts.png).
// A move another console records on a volume's CVC is listed in the dock; it can be adopted
// only once that console is silent, after a confirmation, and this console then runs it to the
// end (CSTOR_ELSEWHERE_SCREENSHOT=x.png: the dock with such a row, the window at 1280x800).
#include "models/items/claimedmovelistmodel.h"
#include "models/items/clustermodel.h"
#include "models/items/migrationlistmodel.h"
#include "models/migration/migrationengine.h"
#include "models/migration/moveowner.h"
#include "models/planning/moveclaim.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/mainwindowtestbase.h"
#include "ui/chartpanel.h"
#include "ui/clusterconnection.h"
#include "ui/evacuatedialog.h"
#include "ui/mainwindow.h"
#include "ui/operationspanel.h"
#include "ui/plandialog.h"
#include "ui/queuebar.h"

#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using Migration::MigrationState;

namespace {
bool isWaiting(MigrationState state)
{
    return state == MigrationState::Planned || state == MigrationState::Preflight;
}

// Whether none of these pools holds a replica, as the window's model has it.
bool holdNoReplica(const Items::ClusterModel *model, const QStringList &pools)
{
    for (const QString &pool : pools) {
        if (!model->replicasOfPool(pool).isEmpty())
            return false;
    }
    return true;
}

QStringList idsIn(const Migration::MigrationEngine *engine, bool (*which)(MigrationState))
{
    QStringList ids;
    for (const Migration::MigrationStatus &status : engine->migrations()) {
        if (which(status.state))
            ids << status.id;
    }
    return ids;
}

// Every id of the moves, as the engine orders them.
QStringList order(const Migration::MigrationEngine *engine)
{
    return idsIn(engine, [](MigrationState) { return true; });
}

// Every id of the rows, as the Migrations table shows them.
QStringList rows(const Items::MigrationListModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->idAt(row);
    return ids;
}
} // namespace

class TestQueueBar
    : public QObject
    , private MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pausedQueueStartsNoMoveUntilResumed();
    void windowHoldsBackTheMovesUntilCleared();
    void cancellingTheWaitingMovesAsksFirst();
    void anotherConsolesSilentMoveIsAdopted();

private:
    // Writes `claim` on the volume's CVC, its target pool added to the spec in the same write
    // (as a console starting the move does); the CVC as stored.
    QJsonObject writeClaim(const QString &volume, const Migration::MoveClaim &claim);
    // Evacuates the first two nodes through the Evacuate dialog and the plan, `perNode` moves
    // off one node at once (and only in the window from..to when both are valid); the pools
    // emptied.
    QStringList evacuateTwoNodes(int perNode, const QTime &from = {}, const QTime &to = {});
    // Records, from now on, each move that leaves the waiting states.
    void recordStarts();
    // The running moves end; then all of them, Done.
    void expectAllDone(const QStringList &pools);

    Migration::MigrationEngine *m_engine = nullptr;
    QStringList m_started;
};

void TestQueueBar::initTestCase()
{
    useTestSettings();
}

void TestQueueBar::init()
{
    SimHarness::Options options;
    options.generateSpec = QStringLiteral("nodes=6,pools-per-node=1,volumes=8,replicas=2");
    options.speed = 100;
    startSimAndWindow(options);
    m_started.clear();
}

void TestQueueBar::cleanup()
{
    m_engine = nullptr;
    stopWindowAndSim();
}

QStringList TestQueueBar::evacuateTwoNodes(int perNode, const QTime &from, const QTime &to)
{
    m_window->openKubeconfig(m_sim->kubeconfigPath());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs); }();
    [&] { QTRY_VERIFY(m_window->connection()->isWritePermissionKnown()); }();
    if (QTest::currentTestFailed())
        return {};
    m_engine = m_window->connection()->engine();
    Items::ClusterModel *model = m_window->clusterModel();
    const QStringList nodes = model->nodeNames().mid(0, 2);
    QStringList pools;
    for (const QString &node : nodes)
        pools += model->poolsOfNode(node);

    Ui::EvacuateDialog *dialog = m_window->openEvacuate(nodes);
    if (!dialog) {
        QTest::qFail("no Evacuate dialog", __FILE__, __LINE__);
        return {};
    }
    [&] { QTRY_COMPARE(dialog->plan().goal.nodes, nodes); }();
    if (QTest::currentTestFailed())
        return {};
    const int moves = int(dialog->plan().moves.size());
    auto *windowOn = dialog->findChild<QCheckBox *>(QStringLiteral("queueWindowOn"));
    [&] {
        QVERIFY(windowOn);
        QVERIFY(!windowOn->isChecked()); // no window on the queue yet
        QVERIFY(moves > 2);
    }();
    if (QTest::currentTestFailed())
        return {};
    dialog->findChildren<QSpinBox *>().at(1)->setValue(perNode);
    if (from.isValid() && to.isValid()) {
        QTest::mouseClick(windowOn, Qt::LeftButton);
        dialog->findChild<QTimeEdit *>(QStringLiteral("queueWindowFrom"))->setTime(from);
        dialog->findChild<QTimeEdit *>(QStringLiteral("queueWindowTo"))->setTime(to);
        const QString screenshot = qEnvironmentVariable("CSTOR_QUEUE_SCREENSHOT");
        if (!screenshot.isEmpty())
            dialog->grab().save(
                QString(screenshot)
                    .replace(QStringLiteral(".png"), QStringLiteral("-evacuate.png")),
                "PNG");
    }
    [&] { QTRY_VERIFY(dialog->showPlanButton()->isEnabled()); }();
    if (QTest::currentTestFailed())
        return {};
    QTest::mouseClick(dialog->showPlanButton(), Qt::LeftButton);
    Ui::PlanDialog *plan = m_window->planDialog();
    [&] {
        QVERIFY(plan);
        QCOMPARE(plan->moves().size(), moves);
        QTRY_VERIFY_WITH_TIMEOUT(plan->canApply(), 10000);
    }();
    if (QTest::currentTestFailed())
        return {};
    recordStarts();
    QTest::mouseClick(plan->findChild<QPushButton *>(QStringLiteral("planApply")), Qt::LeftButton);
    [&] { QTRY_COMPARE(int(m_engine->migrations().size()), moves); }();
    return pools;
}

void TestQueueBar::recordStarts()
{
    connect(
        m_engine, &Migration::MigrationEngine::migrationChanged, this, [this](const QString &id) {
            const MigrationState state = m_engine->status(id).state;
            if (state != MigrationState::Cancelled && !isWaiting(state) && !m_started.contains(id))
                m_started << id;
        });
}

void TestQueueBar::expectAllDone(const QStringList &pools)
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isBusy(), 60000);
    for (const Migration::MigrationStatus &status : m_engine->migrations())
        QVERIFY2(status.state == MigrationState::Done, qPrintable(status.reason));
    QTRY_VERIFY_WITH_TIMEOUT(holdNoReplica(m_window->clusterModel(), pools), 20000);
}

// Pause while moves run: the running ones finish, no waiting one starts, and the bar says the
// queue is paused and why; a waiting move is started sooner meanwhile (the table follows, the
// row stays selected); Resume and every move ends Done with the nodes empty.
void TestQueueBar::pausedQueueStartsNoMoveUntilResumed()
{
    // One move off each node at once: two run, the others wait.
    const QStringList pools = evacuateTwoNodes(1);
    if (QTest::currentTestFailed())
        return;
    Ui::OperationsPanel *panel = m_window->operationsPanel();
    Ui::QueueBar *bar = panel->queueBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(!bar->pausedLabel()->isVisible());
    QCOMPARE(bar->pauseButton()->text(), QStringLiteral("Pause queue"));
    QVERIFY(!bar->accessibleName().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(!m_started.isEmpty() && !idsIn(m_engine, isWaiting).isEmpty(), 20000);
    QVERIFY(bar->pauseButton()->isEnabled());
    QTest::mouseClick(bar->pauseButton(), Qt::LeftButton);
    QVERIFY(m_engine->queue().paused);
    QVERIFY2(m_engine->queue().reason.startsWith(QStringLiteral("by ")),
             qPrintable(m_engine->queue().reason));
    const QStringList startedBefore = m_started;
    const QStringList waiting = idsIn(m_engine, isWaiting);
    QVERIFY(!waiting.isEmpty());

    // The running moves finish; none of the waiting ones starts.
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->progress().running == 0, 30000);
    QCOMPARE(m_started, startedBefore);
    QCOMPARE(idsIn(m_engine, isWaiting), waiting);
    for (const QString &id : waiting) {
        const QString step = m_engine->status(id).step;
        QVERIFY2(step.startsWith(QStringLiteral("paused: by ")), qPrintable(step));
    }
    QTRY_VERIFY(bar->pausedLabel()->isVisible());
    QVERIFY2(bar->pausedLabel()->text().contains(QStringLiteral("Queue paused")),
             qPrintable(bar->pausedLabel()->text()));
    QVERIFY(bar->pausedLabel()->text().contains(m_engine->queue().reason));
    QCOMPARE(bar->pauseButton()->text(), QStringLiteral("Resume queue"));
    QTRY_VERIFY2(
        bar->progressLabel()->text().contains(QStringLiteral("%1 waiting").arg(waiting.size())),
        qPrintable(bar->progressLabel()->text()));
    QTRY_VERIFY(bar->progressLabel()->text().contains(QStringLiteral("0 running")));
    // The Charts dock says the same of the plan, with why the waiting moves wait.
    QLabel *charted = m_window->chartPanel()->planProgress();
    QTRY_VERIFY2(charted->text().contains(QStringLiteral("paused: by ")),
                 qPrintable(charted->text()));
    QVERIFY(!charted->isHidden());

    // The last waiting move starts one place sooner; the table follows the engine's order.
    QTableView *table = panel->queueView();
    Items::MigrationListModel *model = panel->model();
    auto *sooner = panel->findChild<QPushButton *>(QStringLiteral("startSooner"));
    auto *later = panel->findChild<QPushButton *>(QStringLiteral("startLater"));
    auto *cancelWaiting = panel->findChild<QPushButton *>(QStringLiteral("cancelWaiting"));
    QVERIFY(sooner && later && cancelWaiting);
    QVERIFY(cancelWaiting->isEnabled());
    QVERIFY(!sooner->isEnabled()); // nothing selected
    const QString last = waiting.last();
    table->selectRow(model->rowOf(last));
    QVERIFY(sooner->isEnabled());
    QVERIFY(!later->isEnabled());
    const int rowBefore = model->rowOf(last);
    QTest::mouseClick(sooner, Qt::LeftButton);
    QCOMPARE(idsIn(m_engine, isWaiting).indexOf(last), waiting.size() - 2);
    QCOMPARE(rows(model), order(m_engine));
    QCOMPARE(model->rowOf(last), rowBefore - 1);
    QCOMPARE(model->idAt(table->selectionModel()->selectedRows().first().row()), last);
    QVERIFY(later->isEnabled());

    const QString screenshot = qEnvironmentVariable("CSTOR_QUEUE_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        m_window->resize(1280, 800);
        QTRY_COMPARE(m_window->size(), QSize(1280, 800));
        QVERIFY(m_window->grab().save(screenshot, "PNG"));
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("operationsDock"));
        QVERIFY(dock->grab().save(
            QString(screenshot).replace(QStringLiteral(".png"), QStringLiteral("-dock.png")),
            "PNG"));
    }

    QTest::mouseClick(bar->pauseButton(), Qt::LeftButton);
    QVERIFY(!m_engine->queue().paused);
    QVERIFY(!bar->pausedLabel()->isVisible());
    QCOMPARE(bar->pauseButton()->text(), QStringLiteral("Pause queue"));
    expectAllDone(pools);
    QTRY_VERIFY(bar->progressLabel()->text().startsWith(
        QStringLiteral("%1 of %1 move(s) done").arg(m_engine->migrations().size())));
}

// A window that opens in two hours, set in the Evacuate dialog: the moves are queued, each
// says it waits for the window, and none starts until the operator clears it; then all end
// Done.
void TestQueueBar::windowHoldsBackTheMovesUntilCleared()
{
    const QTime from = QTime::currentTime().addSecs(2 * 3600);
    const QTime to = from.addSecs(3600);
    const QStringList pools = evacuateTwoNodes(2, from, to);
    if (QTest::currentTestFailed())
        return;
    const Migration::MaintenanceWindow window(QTime(from.hour(), from.minute()),
                                              QTime(to.hour(), to.minute()));
    QCOMPARE(m_engine->queue().window, window);
    for (const Migration::MigrationStatus &status : m_engine->migrations()) {
        QCOMPARE(status.state, MigrationState::Planned);
        QVERIFY2(status.step.startsWith(
                     QStringLiteral("waiting for the maintenance window %1").arg(window.text())),
                 qPrintable(status.step));
    }
    Ui::QueueBar *bar = m_window->operationsPanel()->queueBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(!bar->pausedLabel()->isVisible());
    QVERIFY(bar->windowLabel()->isVisible());
    QVERIFY2(bar->windowLabel()->text().startsWith(
                 QStringLiteral("Moves start only between %1 ").arg(window.text())),
             qPrintable(bar->windowLabel()->text()));
    QVERIFY(bar->progressLabel()->text().contains(QStringLiteral("waiting for the maintenance")));

    const QString screenshot = qEnvironmentVariable("CSTOR_QUEUE_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        m_window->resize(1280, 800);
        QTRY_COMPARE(m_window->size(), QSize(1280, 800));
        const auto save = [&screenshot](QWidget *widget, const QString &suffix) {
            return widget->grab().save(QString(screenshot).replace(QStringLiteral(".png"), suffix),
                                       "PNG");
        };
        QVERIFY(save(m_window->findChild<QDockWidget *>(QStringLiteral("operationsDock")),
                     QStringLiteral("-window-dock.png")));
        auto *charts = m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"));
        charts->raise();
        QTRY_VERIFY(m_window->chartPanel()->planProgress()->isVisible());
        QVERIFY(save(charts, QStringLiteral("-charts.png")));
    }

    // The engine re-evaluates the queue every second: let it do so a few times.
    QSignalSpy changed(m_engine, &Migration::MigrationEngine::clusterChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 3, 20000);
    QVERIFY2(m_started.isEmpty(), qPrintable(m_started.join(QLatin1Char(' '))));
    QCOMPARE(m_engine->progress().waiting, int(m_engine->migrations().size()));

    m_engine->setWindow({});
    QTRY_VERIFY(!bar->windowLabel()->isVisible());
    expectAllDone(pools);
    QCOMPARE(m_started.size(), m_engine->migrations().size());
}

// Moves held back by a window: the read-only lock takes the queue's buttons away; Cancel
// waiting asks first, saying how many, and keeps them when told to, or cancels them all.
void TestQueueBar::cancellingTheWaitingMovesAsksFirst()
{
    const QTime from = QTime::currentTime().addSecs(2 * 3600);
    const QStringList pools = evacuateTwoNodes(1, from, from.addSecs(3600));
    if (QTest::currentTestFailed())
        return;
    Ui::OperationsPanel *panel = m_window->operationsPanel();
    Ui::QueueBar *bar = panel->queueBar();
    auto *cancelWaiting = panel->findChild<QPushButton *>(QStringLiteral("cancelWaiting"));
    QTRY_VERIFY(cancelWaiting->isEnabled());
    QVERIFY(bar->pauseButton()->isEnabled());
    m_window->setReadOnlyLock(true);
    for (QPushButton *button : {cancelWaiting, bar->pauseButton()}) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QVERIFY2(button->toolTip().contains(QStringLiteral("read-only lock")),
                 qPrintable(button->toolTip()));
    }
    m_window->setReadOnlyLock(false);
    QVERIFY(cancelWaiting->isEnabled());
    QVERIFY(bar->pauseButton()->isEnabled());

    const int count = int(m_engine->migrations().size());
    const auto question = [panel] {
        return panel->findChild<QMessageBox *>(QStringLiteral("cancelWaitingQuestion"));
    };
    QTest::mouseClick(cancelWaiting, Qt::LeftButton);
    QTRY_VERIFY(question() && question()->isVisible());
    QVERIFY2(question()->text().contains(QStringLiteral("%1 move(s)").arg(count)),
             qPrintable(question()->text()));
    QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("cancelWaitingNo")),
                      Qt::LeftButton);
    QTRY_VERIFY(!question());
    QCOMPARE(m_engine->progress().waiting, count);

    QTest::mouseClick(cancelWaiting, Qt::LeftButton);
    QTRY_VERIFY(question() && question()->isVisible());
    QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("cancelWaitingYes")),
                      Qt::LeftButton);
    QTRY_VERIFY(!question());
    QVERIFY(!m_engine->isBusy());
    for (const Migration::MigrationStatus &status : m_engine->migrations())
        QCOMPARE(status.state, MigrationState::Cancelled);
    QVERIFY(m_started.isEmpty());
    QVERIFY(!cancelWaiting->isEnabled());
    QTRY_VERIFY2(bar->progressLabel()->text().contains(QStringLiteral("%1 failed").arg(count)),
                 qPrintable(bar->progressLabel()->text()));
    QVERIFY(!bar->pauseButton()->isEnabled()); // nothing left to hold back
    QVERIFY(!holdNoReplica(m_window->clusterModel(), pools));
}

QJsonObject TestQueueBar::writeClaim(const QString &volume, const Migration::MoveClaim &claim)
{
    Sim::ObjectStore *store = m_sim->sim()->store();
    const QString resource = QStringLiteral("cstorvolumeconfigs");
    const QString ns = QStringLiteral("openebs");
    QJsonObject cvc = store->get(resource, ns, volume).value_or(QJsonObject());
    QJsonObject metadata = cvc.value(QLatin1String("metadata")).toObject();
    QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    annotations.insert(Migration::MoveClaim::kAnnotation, claim.toText());
    metadata.insert(QLatin1String("annotations"), annotations);
    metadata.remove(QLatin1String("resourceVersion"));
    cvc.insert(QLatin1String("metadata"), metadata);
    QJsonObject spec = cvc.value(QLatin1String("spec")).toObject();
    QJsonObject policy = spec.value(QLatin1String("policy")).toObject();
    QJsonArray pools = policy.value(QLatin1String("replicaPoolInfo")).toArray();
    bool listed = false;
    for (const QJsonValue &pool : std::as_const(pools))
        listed = listed || pool.toObject().value(QLatin1String("poolName")) == claim.toPool;
    if (!listed)
        pools.append(QJsonObject{{QStringLiteral("poolName"), claim.toPool}});
    policy.insert(QLatin1String("replicaPoolInfo"), pools);
    spec.insert(QLatin1String("policy"), policy);
    cvc.insert(QLatin1String("spec"), spec);
    const Sim::ObjectStore::Result stored = store->update(resource, cvc);
    const QString error = Sim::ObjectStore::errorMessage(stored);
    [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
    return error.isEmpty() ? std::get<QJsonObject>(stored) : QJsonObject();
}

// A move another console started (its record on the CVC, the target pool added) is listed
// under "Moved by another console" with its owner; Adopt is refused while that console was
// heard lately and offered once its process on this host is gone; after the confirmation this
// console runs the move to Done and the record goes.
void TestQueueBar::anotherConsolesSilentMoveIsAdopted()
{
    m_window->openKubeconfig(m_sim->kubeconfigPath());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QTRY_VERIFY(m_window->connection()->isWritePermissionKnown());
    m_engine = m_window->connection()->engine();
    QVERIFY(m_engine);
    Sim::ObjectStore *store = m_sim->sim()->store();
    const QList<QJsonObject> cvcs =
        store->list(QStringLiteral("cstorvolumeconfigs"), QStringLiteral("openebs"));
    QVERIFY(!cvcs.isEmpty());
    const QJsonObject first = cvcs.first();
    const QString volume =
        first.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    QStringList specPools;
    const QJsonArray infos = first.value(QLatin1String("spec"))
                                 .toObject()
                                 .value(QLatin1String("policy"))
                                 .toObject()
                                 .value(QLatin1String("replicaPoolInfo"))
                                 .toArray();
    for (const QJsonValue &info : infos)
        specPools << info.toObject().value(QLatin1String("poolName")).toString();
    QCOMPARE(specPools.size(), 2);
    QString target;
    for (const QJsonObject &cspi :
         store->list(QStringLiteral("cstorpoolinstances"), QStringLiteral("openebs"))) {
        const QString name = cspi.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString();
        if (!specPools.contains(name)) {
            target = name;
            break;
        }
    }
    QVERIFY(!target.isEmpty());

    // First a console on another host that renewed its record a minute ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Migration::MoveClaim claim;
    claim.id = QStringLiteral("m-elsewhere-1");
    claim.by = QStringLiteral("alice");
    claim.where = QStringLiteral("jump-7:4242");
    claim.fromPool = specPools.first();
    claim.toPool = target;
    claim.step = Migration::MoveClaim::kRebuilding;
    claim.started = now.addSecs(-12 * 60);
    claim.renewed = now.addSecs(-40);
    writeClaim(volume, claim);
    if (QTest::currentTestFailed())
        return;

    Ui::OperationsPanel *panel = m_window->operationsPanel();
    Items::ClaimedMoveListModel *model = panel->elsewhereModel();
    QTableView *view = panel->elsewhereView();
    QPushButton *adopt = panel->adoptButton();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(view->isVisible());
    using Column = Items::ClaimedMoveListModel;
    const auto cell = [model](int column) { return model->index(0, column).data().toString(); };
    QCOMPARE(cell(Column::Volume), volume);
    QCOMPARE(cell(Column::From), claim.fromPool);
    QCOMPARE(cell(Column::To), target);
    QCOMPARE(cell(Column::By), QStringLiteral("alice"));
    QCOMPARE(cell(Column::Where), QStringLiteral("jump-7, pid 4242"));
    QCOMPARE(cell(Column::Started), QStringLiteral("12 min ago"));
    view->selectRow(0);
    QVERIFY(!adopt->isEnabled());
    QVERIFY2(adopt->toolTip().contains(QStringLiteral("heard 4")), qPrintable(adopt->toolTip()));

    // Then the same move by a console on this host whose process is gone.
    qint64 deadPid = 999999;
    const QString host = Migration::MoveOwner::current().section(QLatin1Char(':'), 0, -2);
    while (Migration::MoveOwner::isAlive(QStringLiteral("%1:%2").arg(host).arg(deadPid)))
        ++deadPid;
    claim.where = QStringLiteral("%1:%2").arg(host).arg(deadPid);
    claim.renewed = now.addSecs(-90);
    writeClaim(volume, claim);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(model->index(0, Column::Where).data().toString(),
                 QStringLiteral("%1, pid %2").arg(host).arg(deadPid));
    QTRY_VERIFY(
        model->index(0, Column::LastHeard).data().toString().contains(QStringLiteral("silent")));
    view->selectRow(0);
    QTRY_VERIFY2(adopt->isEnabled(), qPrintable(adopt->toolTip()));

    if (const QString path = qEnvironmentVariable("CSTOR_ELSEWHERE_SCREENSHOT"); !path.isEmpty()) {
        m_window->resize(1280, 800);
        QTRY_COMPARE(m_window->size(), QSize(1280, 800));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QWidget *dock = panel;
        for (QWidget *up = panel; up; up = up->parentWidget()) {
            if (qobject_cast<QDockWidget *>(up)) {
                dock = up;
                break;
            }
        }
        QVERIFY(dock->grab().save(path));
        QVERIFY(m_window->grab().save(
            QString(path).replace(QLatin1String(".png"), QLatin1String("-window.png"))));
    }

    const auto question = [panel] {
        return panel->findChild<QMessageBox *>(QStringLiteral("adoptQuestion"));
    };
    // Leaving it changes nothing.
    QTest::mouseClick(adopt, Qt::LeftButton);
    QTRY_VERIFY(question() && question()->isVisible());
    QVERIFY2(question()->text().contains(volume), qPrintable(question()->text()));
    const QString info = question()->informativeText();
    for (const QString &says :
         {QStringLiteral("alice"), QStringLiteral("finishes the move"), QStringLiteral("Healthy"),
          QStringLiteral("removes the old replica"), QStringLiteral("comes back")})
        QVERIFY2(info.contains(says), qPrintable(info));
    QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("adoptNo")),
                      Qt::LeftButton);
    QTRY_VERIFY(!question());
    QVERIFY(m_engine->migrations().isEmpty());

    QTest::mouseClick(adopt, Qt::LeftButton);
    QTRY_VERIFY(question() && question()->isVisible());
    QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("adoptYes")),
                      Qt::LeftButton);
    QTRY_VERIFY(!question());
    if (const auto *failed = panel->findChild<QMessageBox *>(QStringLiteral("adoptFailed")))
        QFAIL(qPrintable(failed->text()));
    QTRY_COMPARE(int(m_engine->migrations().size()), 1);
    const Migration::MigrationStatus adopted = m_engine->migrations().first();
    QCOMPARE(adopted.move.volume, volume);
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isBusy(), 60000);
    QCOMPARE(m_engine->status(adopted.id).state, MigrationState::Done);
    const QJsonObject after =
        store->get(QStringLiteral("cstorvolumeconfigs"), QStringLiteral("openebs"), volume)
            .value_or(QJsonObject());
    QVERIFY(!after.value(QLatin1String("metadata"))
                 .toObject()
                 .value(QLatin1String("annotations"))
                 .toObject()
                 .contains(Migration::MoveClaim::kAnnotation));
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY(!panel->findChild<QWidget *>(QStringLiteral("movesElsewhere"))->isVisible());
}

QTEST_MAIN(TestQueueBar)
#include "tst_queuebar.moc"
