// The topology's overview of a large cluster: a thousand nodes grouped by zone, one block per
// zone with a header that counts its nodes, each node a cell in the colour of its fullest pool's
// step, marked when something on it needs attention; a click on a cell shows that node in detail.
#include "models/items/clustermodel.h"
#include "tests/common/seedclusterdelta.h"
#include "ui/capacityscale.h"
#include "ui/healthstyle.h"
#include "ui/nodeitem.h"
#include "ui/overviewlegenditem.h"
#include "ui/poolitem.h"
#include "ui/replicachip.h"
#include "ui/topologyscene.h"
#include "ui/topologyview.h"
#include "ui/zoneblockitem.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using SeedClusterDelta::kGiB;

namespace {

constexpr int kNodes = 1000;
constexpr int kZoned = 990; // the last ten nodes have no zone label
const QStringList kZones = {QStringLiteral("zone-a"), QStringLiteral("zone-b"),
                            QStringLiteral("zone-c")};

QString nodeName(int index)
{
    return QStringLiteral("node-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

QString poolName(int index, int pool = 0)
{
    return QStringLiteral("cspc-stripe-pool-%1-%2").arg(index + 1).arg(pool);
}

// The node's pools used as 30 %, 55 %, 75 %, 82 % or 90 % (its index picks which); kTwoPools has
// a second pool, fuller than its first.
double usedOf(int index)
{
    static const double steps[] = {0.30, 0.55, 0.75, 0.82, 0.90};
    return steps[index % 5];
}

// What each node of the problem cases is.
const QString kNotReady = nodeName(100);   // its Node says NotReady
const QString kDegraded = nodeName(200);   // its pool is DEGRADED
const QString kRebuilding = nodeName(300); // a replica on it rebuilds
const QString kReadOnly = nodeName(400);   // its pool is read-only
const QString kTwoPools = nodeName(6);     // 55 % and 82 % used: its fullest is the second
const QString kHealthy = nodeName(500);

Kube::ClusterDelta largeCluster()
{
    Kube::ClusterDelta delta;
    for (int n = 0; n < kNodes; ++n) {
        const QString node = nodeName(n);
        Cstor::PoolInstance pool = SeedClusterDelta::pool(poolName(n), node);
        pool.totalBytes = 100 * kGiB;
        pool.usedBytes = qint64(usedOf(n) * 100 * kGiB);
        pool.freeBytes = pool.totalBytes - pool.usedBytes;
        pool.roThresholdLimit = 85;
        if (node == kDegraded) {
            pool.phase = Cstor::PoolPhase::Degraded;
            pool.phaseText = QStringLiteral("DEGRADED");
        }
        if (node == kReadOnly)
            pool.readOnly = true;
        delta.pools.upserted.append(pool);
        for (int r = 0; r < 3; ++r) {
            const QString volume = QStringLiteral("pvc-%1-%2").arg(n).arg(r);
            delta.replicas.upserted.append(SeedClusterDelta::replica(
                volume, pool.meta.name, node,
                node == kRebuilding && r == 0 ? Cstor::ReplicaPhase::Rebuilding
                                              : Cstor::ReplicaPhase::Healthy));
        }
        Cstor::Node object;
        object.meta.name = node;
        object.meta.uid = QStringLiteral("uid-node-") + node;
        object.ready = node != kNotReady;
        object.readyStatus = object.ready ? QStringLiteral("True") : QStringLiteral("Unknown");
        if (n < kZoned)
            object.zone = kZones.at(n % kZones.size());
        delta.nodes.upserted.append(object);
    }
    Cstor::PoolInstance second = SeedClusterDelta::pool(poolName(6, 1), kTwoPools);
    second.totalBytes = 100 * kGiB;
    second.usedBytes = 82 * kGiB;
    second.freeBytes = 18 * kGiB;
    delta.pools.upserted.append(second);
    return delta;
}

// The cell as painted, at 1:1.
QImage renderCell(Ui::TopologyScene *scene, Ui::NodeItem *cell)
{
    const QRectF rect = cell->sceneBoundingRect();
    QImage image(rect.size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    return image;
}

} // namespace

class TestTopologyOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void overviewGroupsTheNodesByZone();
    void cellIsColouredByItsFullestPool();
    void problemsAreMarkedNotOnlyByColour();
    void tooltipSaysZoneFullestPoolAndProblems();
    void legendGivesTheStepsAndTheMarks();
    void fitDoesNotLayOutAgain();
    void clickOnACellZoomsToThatNode();
    void withoutZoneLabelsThereAreNoHeaders();

private:
    Ui::ZoneBlockItem *blockOf(const QString &zone) const;

    std::unique_ptr<Items::ClusterModel> m_model;
    std::unique_ptr<Ui::TopologyScene> m_scene;
    std::unique_ptr<Ui::TopologyView> m_view;
};

void TestTopologyOverview::initTestCase()
{
    m_model = std::make_unique<Items::ClusterModel>();
    m_scene = std::make_unique<Ui::TopologyScene>(m_model.get());
    m_view = std::make_unique<Ui::TopologyView>(m_scene.get());
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_model->apply(largeCluster());
    QElapsedTimer timer;
    timer.start();
    m_scene->relayout();
    qInfo("overview of %d nodes laid out in %lld ms", kNodes, timer.elapsed());
    QCOMPARE(m_scene->nodeCount(), kNodes);
    QVERIFY(!m_view->chosenZoom());
    QVERIFY(m_scene->isOverview());
}

void TestTopologyOverview::cleanupTestCase()
{
    m_view.reset();
    m_scene.reset();
    m_model.reset();
}

Ui::ZoneBlockItem *TestTopologyOverview::blockOf(const QString &zone) const
{
    for (Ui::ZoneBlockItem *block : m_scene->zoneBlocks()) {
        if (block->zone() == zone)
            return block;
    }
    return nullptr;
}

void TestTopologyOverview::overviewGroupsTheNodesByZone()
{
    const QList<Ui::ZoneBlockItem *> blocks = m_scene->zoneBlocks();
    // Sorted by zone, the nodes without a label last.
    QCOMPARE(blocks.size(), 4);
    // (No translation is loaded: the plural reads "node(s)".)
    const QStringList headers = {
        QStringLiteral("zone-a · 330 node"), QStringLiteral("zone-b · 330 node"),
        QStringLiteral("zone-c · 330 node"), QStringLiteral("No zone label · 10 node")};
    for (int b = 0; b < blocks.size(); ++b)
        QVERIFY2(blocks.at(b)->headerText().startsWith(headers.at(b)),
                 qPrintable(blocks.at(b)->headerText()));
    QStringList shown;
    for (int b = 0; b < blocks.size(); ++b) {
        Ui::ZoneBlockItem *block = blocks.at(b);
        const QRectF area = block->sceneBoundingRect();
        QStringList nodes = block->nodes();
        QVERIFY(std::is_sorted(nodes.cbegin(), nodes.cend()));
        for (const QString &name : std::as_const(nodes)) {
            Ui::NodeItem *cell = m_scene->nodeItem(name);
            QVERIFY(cell && cell->isCompact());
            QCOMPARE(cell->row()->zone, block->zone());
            QVERIFY2(area.contains(cell->sceneBoundingRect()), qPrintable(name));
            // Below the header.
            QVERIFY(cell->sceneBoundingRect().top() >=
                    area.top() + Ui::ZoneBlockItem::kHeaderHeight);
        }
        for (int other = b + 1; other < blocks.size(); ++other)
            QVERIFY(!area.intersects(blocks.at(other)->sceneBoundingRect()));
        shown += nodes;
    }
    QCOMPARE(shown.size(), kNodes);
    QCOMPARE(m_scene->nodeOrder(), shown);
    // The overview has no pools and no chips: a node is one cell.
    int pools = 0;
    int chips = 0;
    for (QGraphicsItem *item : m_scene->items()) {
        pools += item->type() == Ui::PoolItem::Type ? 1 : 0;
        chips += item->type() == Ui::ReplicaChip::Type ? 1 : 0;
    }
    QCOMPARE(pools, 0);
    QCOMPARE(chips, 0);
    // What is laid out is what the view fits.
    QRectF covered;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->isVisible() && !item->parentItem())
            covered |= item->sceneBoundingRect();
    }
    QCOMPARE(covered, m_scene->layoutBounds(true));
}

void TestTopologyOverview::cellIsColouredByItsFullestPool()
{
    for (int n : {0, 1, 2, 3, 4, 6, 11, 13}) {
        Ui::NodeItem *cell = m_scene->nodeItem(nodeName(n));
        const Ui::NodeItem::FullestPool fullest = cell->fullestPool();
        const double expected = n == 6 ? 0.82 : usedOf(n);
        QCOMPARE(qRound(fullest.fraction * 100), qRound(expected * 100));
        QCOMPARE(fullest.name, n == 6 ? poolName(6, 1) : poolName(n));
        const int step = Ui::CapacityScale::stepOf(expected);
        QCOMPARE(step, n == 6 ? 3 : n % 5);
        // Painted: the cell's right half is the step's colour.
        const QImage image = renderCell(m_scene.get(), cell);
        const QColor painted = image.pixelColor(image.width() * 3 / 4, image.height() / 2);
        QCOMPARE(painted.rgb(), Ui::CapacityScale::color(step).rgb());
    }
}

void TestTopologyOverview::problemsAreMarkedNotOnlyByColour()
{
    using Items::Health;
    const QList<std::pair<QString, Health>> cases = {{kNotReady, Health::Error},
                                                     {kDegraded, Health::Warning},
                                                     {kReadOnly, Health::Warning},
                                                     {kRebuilding, Health::Busy},
                                                     {kHealthy, Health::Ok}};
    const QPalette palette = m_scene->palette();
    for (const auto &[name, health] : cases) {
        Ui::NodeItem *cell = m_scene->nodeItem(name);
        QCOMPARE(cell->markHealth(), health);
        const bool marked = health != Health::Ok;
        QCOMPARE(Ui::NodeItem::isMarked(health), marked);
        const QImage image = renderCell(m_scene.get(), cell);
        // The outline: thick, in the health's colour, on a marked cell only.
        const QColor edge = image.pixelColor(image.width() / 2, 2);
        if (marked)
            QCOMPARE(edge.rgb(), Ui::HealthStyle::color(health, palette).rgb());
        else
            QCOMPARE(edge.rgb(),
                     Ui::CapacityScale::color(Ui::CapacityScale::stepOf(usedOf(500))).rgb());
        // The symbol (a shape, on a patch of the background) at its left: on a marked cell
        // only.
        const QColor fill =
            Ui::CapacityScale::color(Ui::CapacityScale::stepOf(cell->fullestPool().fraction));
        QCOMPARE(image.pixelColor(9, image.height() / 2).rgb() != fill.rgb(), marked);
    }
    // The blocks' headers count what is marked.
    QCOMPARE(blockOf(QStringLiteral("zone-a"))->markedCount() +
                 blockOf(QStringLiteral("zone-b"))->markedCount() +
                 blockOf(QStringLiteral("zone-c"))->markedCount() +
                 blockOf(QString())->markedCount(),
             4);
}

void TestTopologyOverview::tooltipSaysZoneFullestPoolAndProblems()
{
    const QString degraded = m_scene->toolTipFor(m_scene->nodeItem(kDegraded));
    QVERIFY2(degraded.contains(kDegraded), qPrintable(degraded));
    QVERIFY2(degraded.contains(QStringLiteral("Zone: zone-c")), qPrintable(degraded));
    QVERIFY2(degraded.contains(QStringLiteral("Fullest pool: %1, 30 % used").arg(poolName(200))),
             qPrintable(degraded));
    QVERIFY2(degraded.contains(QStringLiteral("DEGRADED")), qPrintable(degraded));
    const QString rebuilding = m_scene->toolTipFor(m_scene->nodeItem(kRebuilding));
    QVERIFY2(rebuilding.contains(QStringLiteral("rebuilding")), qPrintable(rebuilding));
    const QString healthy = m_scene->toolTipFor(m_scene->nodeItem(kHealthy));
    QVERIFY2(!healthy.contains(QStringLiteral("unhealthy")), qPrintable(healthy));
}

void TestTopologyOverview::legendGivesTheStepsAndTheMarks()
{
    Ui::OverviewLegendItem *legend = m_scene->legend();
    QVERIFY(legend->isVisible());
    const QStringList texts = legend->texts();
    for (int step = 0; step < Ui::CapacityScale::kSteps; ++step)
        QVERIFY2(texts.contains(Ui::CapacityScale::label(step)), qPrintable(texts.join(u'|')));
    QCOMPARE(Ui::CapacityScale::label(4), QStringLiteral("≥ 85 %"));
    // Above the blocks, overlapping none.
    for (Ui::ZoneBlockItem *block : m_scene->zoneBlocks())
        QVERIFY(legend->sceneBoundingRect().bottom() < block->sceneBoundingRect().top());
}

void TestTopologyOverview::fitDoesNotLayOutAgain()
{
    QSignalSpy layouts(m_scene.get(), &Ui::TopologyScene::layoutDone);
    const qreal zoom = m_view->zoom();
    m_view->zoomToFit();
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(m_view->zoom(), zoom);
    QVERIFY(m_scene->isOverview());
    // The whole overview is in view.
    const QRectF shown = m_scene->layoutBounds(true);
    QVERIFY(shown.width() * zoom <= m_view->viewport()->width());
    QVERIFY(shown.height() * zoom <= m_view->viewport()->height());
}

void TestTopologyOverview::clickOnACellZoomsToThatNode()
{
    const QString target = nodeName(530); // in the middle of the detailed grid
    Ui::NodeItem *cell = m_scene->nodeItem(target);
    QVERIFY(cell->isCompact());
    const QPoint at = m_view->mapFromScene(cell->sceneBoundingRect().center());
    QVERIFY(m_view->viewport()->rect().contains(at));
    QSignalSpy zoomed(m_view.get(), &Ui::TopologyView::zoomChanged);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(!m_scene->isOverview());
    QTRY_VERIFY(!zoomed.isEmpty());
    QCOMPARE(m_view->zoom(), Ui::TopologyView::kNodeZoom);
    QCOMPARE(m_view->chosenZoom(), std::optional<qreal>(Ui::TopologyView::kNodeZoom));
    QCOMPARE(m_scene->currentKind(), Ui::TopologyScene::Kind::Node);
    QCOMPARE(m_scene->currentId(), target);
    // The card, with its pools and chips, is where the view is centred.
    QVERIFY(!cell->isCompact());
    QVERIFY(m_scene->zoneBlocks().isEmpty());
    QVERIFY(!m_scene->legend()->isVisible());
    QVERIFY(m_scene->poolItem(poolName(530)));
    const QRectF card = cell->sceneBoundingRect();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QVERIFY2(card.adjusted(-10, -10, 10, 10).contains(centre),
             qPrintable(QStringLiteral("card %1,%2 %3x%4, view centre %5,%6")
                            .arg(card.x())
                            .arg(card.y())
                            .arg(card.width())
                            .arg(card.height())
                            .arg(centre.x())
                            .arg(centre.y())));
    // Back to the overview: Ctrl+0 fits again.
    m_view->zoomToFit();
    QVERIFY(m_scene->isOverview());
    QVERIFY(cell->isCompact());
    QCOMPARE(m_scene->zoneBlocks().size(), 4);
    // Return on the current node does what a click does.
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QTRY_VERIFY(!m_scene->isOverview());
    QCOMPARE(m_scene->currentId(), target);
    m_view->zoomToFit();
    QVERIFY(m_scene->isOverview());
}

void TestTopologyOverview::withoutZoneLabelsThereAreNoHeaders()
{
    // Nodes the user may not read, or a cluster without zones: one block, no header.
    Items::ClusterModel model;
    Ui::TopologyScene scene(&model);
    model.apply(SeedClusterDelta::make());
    scene.setOverview(true);
    scene.relayout();
    QCOMPARE(scene.nodeCount(), 3);
    QVERIFY(scene.zoneBlocks().isEmpty());
    QVERIFY(scene.legend()->isVisible());
    for (const QString &node : scene.nodeOrder()) {
        QVERIFY(scene.nodeItem(node)->isCompact());
        QVERIFY(scene.nodeItem(node)->sceneBoundingRect().top() >
                scene.legend()->sceneBoundingRect().bottom());
    }
}

QTEST_MAIN(TestTopologyOverview)
#include "tst_topologyoverview.moc"
