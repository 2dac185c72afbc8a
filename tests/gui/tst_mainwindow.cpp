// The real main window on a simulated cluster served over HTTPS on loopback, driven through
// the same kubeconfig -> client -> watcher path as a real cluster. No sleeps: every wait is a
// QTRY_* on what the operator would see.
#include "windowprobes.h"

#include "models/items/clustermodel.h"
#include "models/items/eventmodel.h"
#include "models/items/itemroles.h"
#include "models/items/migrationlistmodel.h"
#include "models/items/replicamodel.h"
#include "models/kube/execplugintrust.h"
#include "models/kube/keychainstore.h"
#include "models/migration/datapaths.h"
#include "models/migration/journal.h"
#include "models/migration/migrationengine.h"
#include "models/sim/apiserver/apiserver.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/hostileserver.h"
#include "tests/common/localcertificates.h"
#include "tests/common/mainwindowtestbase.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"
#include "ui/clusterconnection.h"
#include "ui/connectionindicator.h"
#include "ui/detailspanel.h"
#include "ui/emptystatewidget.h"
#include "ui/exectrustdialog.h"
#include "ui/mainwindow.h"
#include "ui/nodeitem.h"
#include "ui/operationspanel.h"
#include "ui/plandialog.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/tablepanel.h"
#include "ui/topologyscene.h"
#include "ui/topologyview.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QGraphicsView>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace WindowProbes;
using SeedNames::kCvr;
using SeedNames::kVolume;

class TestMainWindow
    : public QObject
    , private MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void seedClusterInTablesAndTopology();
    void migrationsAndEventsColumnsAreReadable();
    void phaseChangeShowsWithinOneSecond();
    void undecodableObjectIsShownAsAProblem();
    void downNodeIsShownStale();
    void droppedConnectionReconnects();
    void switchingContextShowsOnlyTheSecondCluster();
    void generatedThirtyThousandReplicasLoad();
    void missingKubeconfigExplainsWhatToDo();
    void unreachableClusterIsExplained();
    void requestTimeoutHoldsTheWindowNoLonger();
};

void TestMainWindow::initTestCase()
{
    useTestSettings();
}

void TestMainWindow::init()
{
    startSimAndWindow();
}

void TestMainWindow::cleanup()
{
    stopWindowAndSim();
}

// At 1280x800 the Migrations table shows a whole volume and pool name, and ETA is not the widest
// column; the Events table shows a whole reason, the message taking the rest.
void TestMainWindow::migrationsAndEventsColumnsAreReadable()
{
    openSeed();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    using Queue = Items::MigrationListModel;
    QTableView *queue = m_window->operationsPanel()->queueView();
    const QHeaderView *header = queue->horizontalHeader();
    const QFontMetrics metrics(queue->font());
    QVERIFY(header->sectionSize(Queue::Volume) > metrics.horizontalAdvance(kVolume));
    for (const int column : {Queue::From, Queue::To})
        QVERIFY(header->sectionSize(column) > metrics.horizontalAdvance(SeedNames::k6qkw));
    QVERIFY(header->sectionSize(Queue::State) >
            metrics.horizontalAdvance(QStringLiteral("ScalingDown")));
    QVERIFY(header->sectionSize(Queue::Eta) < header->sectionSize(Queue::Volume));
    for (int column = 0; column < Queue::ColumnCount; ++column)
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(queue->model()->headerData(column, Qt::Horizontal).toString()));

    auto *events = m_window->details()->findChild<QTableView *>();
    QVERIFY(events);
    const QHeaderView *eventHeader = events->horizontalHeader();
    QVERIFY(eventHeader->sectionSize(Items::EventModel::Reason) >
            QFontMetrics(events->font()).horizontalAdvance(QStringLiteral("FailUpdate")));
    QVERIFY(eventHeader->stretchLastSection());
    QCOMPARE(eventHeader->logicalIndex(eventHeader->count() - 1), int(Items::EventModel::Message));
}

void TestMainWindow::seedClusterInTablesAndTopology()
{
    openSeed();
    Ui::TopologyScene *scene = m_window->topologyScene();
    QTRY_COMPARE(scene->nodeCount(), 3);
    for (const QString &node : {kNode1, kNode2, kNode3})
        QVERIFY2(scene->nodeItem(node), qPrintable(node));
    QCOMPARE(m_window->poolTable()->view()->model()->rowCount(), 3);
    QCOMPARE(m_window->nodeTable()->view()->model()->rowCount(), 3);
    QVERIFY(m_window->connectionIndicator()->text().startsWith(QStringLiteral("Live")));

    // The volume's two replicas: on nodes 1 and 2 in the replicas table...
    Ui::TablePanel *replicas = m_window->replicaTable();
    replicas->filterEdit()->setText(kVolume);
    QCOMPARE(replicas->view()->model()->rowCount(), 2);
    QStringList tableNodes;
    for (int row = 0; row < 2; ++row)
        tableNodes.append(
            replicas->view()->model()->index(row, Items::ReplicaModel::Node).data().toString());
    tableNodes.sort();
    QCOMPARE(tableNodes, (QStringList{kNode1, kNode2}));
    // ...and in the topology.
    QCOMPARE(topologyNodesOf(scene, kVolume), (QStringList{kNode1, kNode2}));

    // Selecting the volume in its table highlights every replica of it, and only those.
    m_window->volumeTable()->selectKey(kVolume);
    QVERIFY(m_window->volumeTable()->view()->currentIndex().isValid());
    const QModelIndex current = m_window->volumeTable()->view()->currentIndex();
    m_window->volumeTable()->view()->selectionModel()->clearCurrentIndex();
    m_window->volumeTable()->view()->selectionModel()->setCurrentIndex(
        current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(scene->highlightedVolume(), kVolume);
    int highlighted = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() != Ui::ReplicaChip::Type)
            continue;
        auto *chip = static_cast<Ui::ReplicaChip *>(item);
        QCOMPARE(chip->isHighlighted(), chip->volume() == kVolume);
        highlighted += chip->isHighlighted() ? 1 : 0;
    }
    QCOMPARE(highlighted, 2);
    QVERIFY(m_window->details()->text().contains(QStringLiteral("kind: CStorVolumeConfig")));

    // Clicking a chip selects its replica in the table and shows it in the details.
    Ui::ReplicaChip *chip = scene->chipsOfVolume(kVolume).first();
    QGraphicsView *view = scene->views().first();
    view->ensureVisible(chip);
    const QPoint at = view->mapFromScene(chip->mapToScene(chip->boundingRect().center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_window->replicaTable()->currentKey(), chip->uid());
    QVERIFY(m_window->details()->text().contains(QStringLiteral("kind: CStorVolumeReplica")));
}

void TestMainWindow::phaseChangeShowsWithinOneSecond()
{
    openSeed();
    // Keep the pool manager from rewriting the phase while we look.
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply(
        {{QStringLiteral("pausedControllers"), QJsonArray{QStringLiteral("pool")}}}, &error));
    const QString name = kVolume + QStringLiteral("-cspc-stripe-pool-pn9p");
    auto object = m_sim->sim()->store()->get(kCvr, QStringLiteral("openebs"), name);
    QVERIFY(object);
    const QString uid =
        object->value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
    QJsonObject status = object->value(QLatin1String("status")).toObject();
    status.insert(QStringLiteral("phase"), QStringLiteral("Degraded"));
    object->insert(QStringLiteral("status"), status);
    QJsonObject metadata = object->value(QLatin1String("metadata")).toObject();
    metadata.remove(QStringLiteral("resourceVersion"));
    object->insert(QStringLiteral("metadata"), metadata);
    const auto result = m_sim->sim()->store()->update(kCvr, *object);
    QVERIFY(std::holds_alternative<QJsonObject>(result));

    QTRY_VERIFY_WITH_TIMEOUT(
        cellText(m_window->replicaTable(), uid, Items::ReplicaModel::Status, Items::UidRole)
            .startsWith(QStringLiteral("Degraded")),
        1000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->topologyScene()->replicaChip(uid), 1000);
    QCOMPARE(m_window->topologyScene()->replicaChip(uid)->phaseText(), QStringLiteral("Degraded"));
}

// A replica changed so that it no longer decodes (spec.replicaid a number): the window says so in
// a banner, with the count and the replica's name (its problem in the tooltip), through a watch
// event and again after a relist (Ctrl+R); once it decodes again the banner goes.
void TestMainWindow::undecodableObjectIsShownAsAProblem()
{
    openSeed();
    QLabel *banner = m_window->skippedBanner();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    QString error;
    QVERIFY(m_sim->sim()->faults()->apply(
        {{QStringLiteral("pausedControllers"), QJsonArray{QStringLiteral("pool")}}}, &error));
    const QString name = kVolume + QStringLiteral("-cspc-stripe-pool-pn9p");
    const std::optional<QJsonObject> original =
        m_sim->sim()->store()->get(kCvr, QStringLiteral("openebs"), name);
    QVERIFY(original);
    const auto write = [this](QJsonObject object) {
        QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        metadata.remove(QStringLiteral("resourceVersion"));
        object.insert(QStringLiteral("metadata"), metadata);
        return std::holds_alternative<QJsonObject>(m_sim->sim()->store()->update(kCvr, object));
    };
    QJsonObject broken = *original;
    QJsonObject spec = broken.value(QLatin1String("spec")).toObject();
    spec.insert(QStringLiteral("replicaid"), 42);
    broken.insert(QStringLiteral("spec"), spec);
    QVERIFY(write(broken));

    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kSyncTimeoutMs);
    qInfo("banner: %s", qPrintable(banner->text()));
    QVERIFY2(
        banner->text().contains(QStringLiteral("1 object(s) of the cluster could not be read")),
        qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("cstorvolumereplicas/") + name),
             qPrintable(banner->text()));
    QVERIFY2(banner->toolTip().contains(QStringLiteral("spec.replicaid")),
             qPrintable(banner->toolTip()));
    QCOMPARE(m_window->clusterModel()->skippedObjects().size(), 1);

    // Listed again: still skipped, still said.
    auto *connection = m_window->findChild<Ui::ClusterConnection *>();
    QVERIFY(connection);
    QSignalSpy refreshed(connection, &Ui::ClusterConnection::refreshed);
    m_window->findChild<QAction *>(QStringLiteral("refresh"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, kSyncTimeoutMs);
    QVERIFY(banner->isVisible());
    QCOMPARE(m_window->clusterModel()->skippedObjects().size(), 1);

    QVERIFY(write(*original));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kSyncTimeoutMs);
    QVERIFY(m_window->clusterModel()->skippedObjects().isEmpty());
}

void TestMainWindow::downNodeIsShownStale()
{
    openSeed();
    Ui::TopologyScene *scene = m_window->topologyScene();
    QTRY_VERIFY(scene->nodeItem(kNode1));
    QVERIFY(!scene->nodeItem(kNode1)->isStale());
    QString error;
    // Status times are wall-clock times; the simulator resyncs every 0.6 s here (30 s at
    // speed 50), so a few seconds without an update from node 1 means it is gone.
    m_window->clusterModel()->setStaleAfterSeconds(4);
    QVERIFY(
        m_sim->sim()->faults()->apply({{QStringLiteral("downNodes"), QJsonArray{kNode1}}}, &error));
    QTRY_VERIFY_WITH_TIMEOUT(scene->nodeItem(kNode1)->isStale(), 20000);
    QVERIFY(!scene->nodeItem(kNode2)->isStale());
    // The Node object says more than the silence: the table names the node NotReady.
    QTRY_VERIFY(cellText(m_window->nodeTable(), kNode1, Items::NodeModel::Status, Items::NameRole)
                    .contains(QStringLiteral("NotReady")));
    QVERIFY(scene->nodeItem(kNode1)->row()->notReady);
    QVERIFY(!scene->nodeItem(kNode2)->row()->notReady);
    for (Ui::ReplicaChip *chip : scene->chipsOfVolume(kVolume)) {
        const bool onNode1 =
            static_cast<Ui::PoolItem *>(chip->parentItem())->node()->name() == kNode1;
        QCOMPARE(chip->isStale(), onNode1);
    }
}

void TestMainWindow::droppedConnectionReconnects()
{
    openSeed();
    Ui::ClusterConnection *connection = m_window->connection();
    QVERIFY(connection);
    QSignalSpy states(connection, &Ui::ClusterConnection::stateChanged);
    QString error;
    // Drop every watch, and fail the first attempts to come back, so that the window has
    // something to show for a moment.
    QVERIFY(m_sim->sim()->faults()->apply(
        {{QStringLiteral("dropWatches"), true}, {QStringLiteral("failNext"), 3}}, &error));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(states.cbegin(), states.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).value<Kube::ConnectionState>() ==
                                                    Kube::ConnectionState::Reconnecting;
                                         }),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionIndicator()->state(), Kube::ConnectionState::Live,
                              20000);
    QVERIFY(m_window->connectionIndicator()->text().startsWith(QStringLiteral("Live")));
    QVERIFY(!m_window->topologyScene()->nodeItem(kNode1)->isStale());
    // Still the same cluster, and still following it.
    QCOMPARE(m_window->topologyScene()->nodeCount(), 3);
}

void TestMainWindow::switchingContextShowsOnlyTheSecondCluster()
{
    SimHarness second;
    SimHarness::Options options;
    options.generateSpec = QStringLiteral("nodes=5,pools-per-node=1,volumes=4,replicas=2");
    QVERIFY(startSim(&second, options));

    // One kubeconfig with both clusters: the second one's names get a prefix.
    QFile first(m_sim->kubeconfigPath());
    QVERIFY(first.open(QIODevice::ReadOnly));
    QFile other(second.kubeconfigPath());
    QVERIFY(other.open(QIODevice::ReadOnly));
    QString renamed = QString::fromUtf8(other.readAll());
    renamed.replace(QStringLiteral("cstor-sim"), QStringLiteral("second-sim"));
    // Users too: merged kubeconfigs keep the first file's entry for a name.
    static const QRegularExpression users(
        QStringLiteral("^(\\s*(?:- )?(?:name|user): )(admin|read-only|cert-user)$"),
        QRegularExpression::MultilineOption);
    renamed.replace(users, QStringLiteral("\\1second-\\2"));
    QVERIFY(renamed.contains(QStringLiteral("user: second-admin")));
    QTemporaryDir dir;
    const QString merged = dir.filePath(QStringLiteral("kubeconfig"));
    // The second file's documents are listed after the first's through KUBECONFIG-style
    // merging, which the client supports with a path list.
    QFile secondFile(dir.filePath(QStringLiteral("second")));
    QVERIFY(secondFile.open(QIODevice::WriteOnly));
    secondFile.write(renamed.toUtf8());
    secondFile.close();
    const QString paths = m_sim->kubeconfigPath() + QDir::listSeparator() + secondFile.fileName();

    m_window->openKubeconfig(paths, QStringLiteral("cstor-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QTRY_VERIFY(m_window->topologyScene()->nodeItem(kNode1));
    QComboBox *contexts = m_window->contextSwitcher();
    const int index = contexts->findData(QStringLiteral("second-sim"));
    QVERIFY2(index >= 0, "the second cluster's context is listed");
    QVERIFY(!contexts->itemData(index, Qt::ToolTipRole).toString().isEmpty());

    contexts->setCurrentIndex(index);
    emit contexts->activated(index);
    QCOMPARE(m_window->currentContext(), QStringLiteral("second-sim"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QTRY_COMPARE(m_window->topologyScene()->nodeCount(), 5);
    for (const QString &node : {kNode1, kNode2, kNode3})
        QVERIFY(!m_window->topologyScene()->nodeItem(node));
    QCOMPARE(m_window->volumeTable()->view()->model()->rowCount(), 4);
    QVERIFY(m_window->volumeTable()->visibleKeys().indexOf(kVolume) < 0);
    QVERIFY(m_window->topologyScene()->chipsOfVolume(kVolume).isEmpty());
}

// The generated 1,000-node cluster: everything arrives, in the tables and in the topology.
// (How responsive the window stays meanwhile is measured by the benchmarks.)
void TestMainWindow::generatedThirtyThousandReplicasLoad()
{
    SimHarness large;
    SimHarness::Options options;
    options.generateSpec = QStringLiteral("nodes=1000,pools-per-node=1,volumes=10000,replicas=3");
    // In its own process and at the pace of real time, as a real cluster would be: in this
    // process, at the tests' usual speed, the simulator's resyncs of 30,000 replicas would
    // take the window's thread.
    options.speed = 1;
    QString error;
    QVERIFY2(large.startProcess(options, &error), qPrintable(error));
    m_window->openKubeconfig(large.kubeconfigPath());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), 120000);
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::Cluster);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->replicaTable()->view()->model()->rowCount(), 30000, 30000);
    QCOMPARE(m_window->volumeTable()->view()->model()->rowCount(), 10000);
    QCOMPARE(m_window->poolTable()->view()->model()->rowCount(), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->topologyScene()->nodeCount(), 1000, 30000);
    const auto chipCount = [this] {
        int chips = 0;
        for (QGraphicsItem *item : m_window->topologyScene()->items())
            chips += item->type() == Ui::ReplicaChip::Type ? 1 : 0;
        return chips;
    };
    // Fitted to the window, a thousand nodes are an overview: pools, no chips.
    QVERIFY(m_window->topologyScene()->isOverview());
    QCOMPARE(chipCount(), 0);
    // At 1:1 every replica has its chip.
    m_window->topologyView()->resetZoom();
    QVERIFY(!m_window->topologyScene()->isOverview());
    QCOMPARE(chipCount(), 30000);
    QTRY_VERIFY(m_window->summaryLabel()->text().contains(QStringLiteral("30000 replica")));
}

void TestMainWindow::missingKubeconfigExplainsWhatToDo()
{
    QTemporaryDir dir;
    m_window->openKubeconfig(dir.filePath(QStringLiteral("no-such-kubeconfig")));
    QCOMPARE(m_window->page(), Ui::MainWindow::Page::NoKubeconfig);
    Ui::WelcomePage *welcome = m_window->welcomePage();
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY(welcome->explanation().contains(QStringLiteral("No kubeconfig was found")));
    QCOMPARE(welcome->searchedFiles(),
             QStringList{dir.filePath(QStringLiteral("no-such-kubeconfig"))});
    QCOMPARE(welcome->demoButton()->text(), QStringLiteral("Open the demo cluster"));
    QCOMPARE(welcome->chooseButton()->text(), QStringLiteral("Choose a kubeconfig file…"));
    QSignalSpy demo(m_window.get(), &Ui::MainWindow::demoRequested);
    QTest::mouseClick(welcome->demoButton(), Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
}

void TestMainWindow::unreachableClusterIsExplained()
{
    // The simulator's kubeconfig, pointing at a port nobody listens on.
    QFile file(m_sim->kubeconfigPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    const QString url = m_sim->sim()->serverUrl();
    QVERIFY(text.contains(url));
    QTcpServer closed; // take a free port, then close it again
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    text.replace(url, QStringLiteral("https://127.0.0.1:%1").arg(port));
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("kubeconfig")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(text.toUtf8());
    broken.close();

    m_window->openKubeconfig(broken.fileName());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Ui::MainWindow::Page::Unreachable, 15000);
    QCOMPARE(m_window->emptyState()->title(), QStringLiteral("Cannot reach the cluster"));
    QVERIFY(!m_window->isSynced());
}

// kubectl's --request-timeout, given to the window: a server that drips its answers (a byte every
// half second, so never idle) holds no request longer, and the window says why.
void TestMainWindow::requestTimeoutHoldsTheWindowNoLonger()
{
    Sim::CertificateAuthority ca;
    Sim::CertificateAuthority::Issued issued;
    QString error;
    QVERIFY2(issueLocalServerCertificate(&ca, QStringLiteral("drip-ca"), QStringLiteral("drip"),
                                         &issued, &error),
             qPrintable(error));
    HostileServer server;
    HostileServer::Tls tls;
    tls.certificatePem = issued.certificatePem;
    tls.keyPem = issued.keyPem;
    QVERIFY2(server.start(
                 tls,
                 [](QTcpSocket *socket, const HostileServer::Request &) {
                     HostileServer::writeHead(socket, 200, "application/json", 1 << 20);
                     HostileServer::pump(
                         socket, [] { return QByteArray(" "); }, 500);
                 },
                 &error),
             qPrintable(error));
    QTemporaryDir dir;
    QUrl url = server.url();
    url.setScheme(QStringLiteral("https"));
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    QVERIFY(HostileServer::writeKubeconfig(kubeconfig, url, ca.caCertificatePem(),
                                           QStringLiteral("drip-token")));

    m_window->setRequestTimeout(1000);
    m_window->openKubeconfig(kubeconfig);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Ui::MainWindow::Page::Unreachable, 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_window->emptyState()->detail().contains(QStringLiteral("(request timeout)")),
        qPrintable(m_window->emptyState()->detail()), 20000);
    QVERIFY(!m_window->isSynced());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
