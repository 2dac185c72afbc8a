// The topology's fit to the window: the level of detail it chooses, that it settles at once in
// every window size (a fit used to flip between detailed and overview for ever in a band of
// heights, until the stack ran out), and that the grid's measured extent is what its items
// cover at both levels.
#include "models/items/clustermodel.h"
#include "tests/common/seedclusterdelta.h"
#include "ui/nodeitem.h"
#include "ui/overviewlegenditem.h"
#include "ui/replicachip.h"
#include "ui/topologyscene.h"
#include "ui/topologyview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace SeedClusterDelta;

namespace {

// The seed cluster and five more nodes, one of them with a pool of nine replicas: two rows of
// cards, much taller with chips than without.
Kube::ClusterDelta tallCluster()
{
    Kube::ClusterDelta delta = make();
    for (int i = 4; i <= 8; ++i) {
        const QString node = QStringLiteral("e2e1-node%1").arg(i);
        const QString poolName = QStringLiteral("cspc-stripe-pool-n%1").arg(i);
        delta.pools.upserted.append(pool(poolName, node));
        if (i == 5) {
            for (int r = 0; r < 9; ++r)
                delta.replicas.upserted.append(
                    replica(QStringLiteral("pvc-tall-%1").arg(r), poolName, node));
        }
    }
    return delta;
}

// What the node cards cover, and in the overview its legend, in scene coordinates.
QRectF nodeCardsBounds(Ui::TopologyScene *scene)
{
    QRectF bounds;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == Ui::NodeItem::Type || item == scene->legend())
            bounds |= item->isVisible() ? item->sceneBoundingRect() : QRectF();
    }
    return bounds;
}

int chipCount(Ui::TopologyScene *scene)
{
    int chips = 0;
    for (QGraphicsItem *item : scene->items())
        chips += item->type() == Ui::ReplicaChip::Type ? 1 : 0;
    return chips;
}

} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void layoutBoundsAreWhatTheCardsCoverAtBothLevels();
    void fitSettlesAtOnceInEveryHeight();
    void resizingRefitsUntilTheOperatorZooms();
    void smallClusterShowsAtNaturalSize();
    void chipPhaseLineKeepsTheEstimate();

private:
    // Sizes the view's viewport exactly (no scroll bars) and fits.
    void fitInto(int width, int height);

    std::unique_ptr<Items::ClusterModel> m_model;
    std::unique_ptr<Ui::TopologyScene> m_scene;
    std::unique_ptr<Ui::TopologyView> m_view;
};

// A rebuilding replica's chip says how far it is even where "Reconstructing" does not fit; the
// phase's words give way first, and a line that fits is left whole.
void TestTopologyView::chipPhaseLineKeepsTheEstimate()
{
    QFont font;
    font.setPixelSize(11);
    const QFontMetricsF metrics(font);
    const QString phase = QStringLiteral("Reconstructing");
    QCOMPARE(Ui::ReplicaChip::phaseLine(phase, 0.45, false, metrics, 1000),
             QStringLiteral("Reconstructing · ~45 %"));
    QCOMPARE(Ui::ReplicaChip::phaseLine(QStringLiteral("Healthy"), -1, false, metrics, 1000),
             QStringLiteral("Healthy"));
    const qreal narrow = metrics.horizontalAdvance(QStringLiteral("~45 % · stale")) + 1;
    QCOMPARE(Ui::ReplicaChip::phaseLine(phase, 0.45, true, metrics, narrow),
             QStringLiteral("~45 % · stale"));
    QCOMPARE(Ui::ReplicaChip::phaseLine(phase, 0.45, false, metrics, narrow),
             QStringLiteral("~45 %"));
    const QString tiny = Ui::ReplicaChip::phaseLine(phase, 0.45, true, metrics, 20);
    QVERIFY(metrics.horizontalAdvance(tiny) <= 20);
    for (const qreal width : {60.0, 90.0, Ui::ReplicaChip::kWidth - 23}) {
        const QString line = Ui::ReplicaChip::phaseLine(phase, 0.45, false, metrics, width);
        QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("45 %")), qPrintable(line));
    }
}

void TestTopologyView::init()
{
    m_model = std::make_unique<Items::ClusterModel>();
    m_scene = std::make_unique<Ui::TopologyScene>(m_model.get());
    m_view = std::make_unique<Ui::TopologyView>(m_scene.get());
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_model->apply(tallCluster());
    m_scene->relayout();
    QCOMPARE(m_scene->nodeCount(), 8);
}

void TestTopologyView::cleanup()
{
    m_view.reset();
    m_scene.reset();
    m_model.reset();
}

void TestTopologyView::fitInto(int width, int height)
{
    m_view->resize(width, height);
    QTRY_COMPARE(m_view->viewport()->size(), QSize(width, height));
    m_view->zoomToFit();
}

void TestTopologyView::layoutBoundsAreWhatTheCardsCoverAtBothLevels()
{
    m_view->resetZoom(); // the operator's zoom: the view no longer fits (nor picks the level)
    for (bool overview : {false, true, false}) {
        m_scene->setOverview(overview);
        QCOMPARE(m_scene->isOverview(), overview);
        QCOMPARE(m_scene->layoutBounds(overview), nodeCardsBounds(m_scene.get()));
        // The overview has no chips at all (a hidden item still costs every paint).
        QCOMPARE(chipCount(m_scene.get()), overview ? 0 : 11);
    }
    // The overview (the legend and a cell per node) is much shorter.
    const QRectF detailed = m_scene->layoutBounds(false);
    const QRectF overview = m_scene->layoutBounds(true);
    QVERIFY2(overview.height() + 100 < detailed.height(),
             qPrintable(QStringLiteral("overview %1 high, detailed %2")
                            .arg(overview.height())
                            .arg(detailed.height())));
}

void TestTopologyView::fitSettlesAtOnceInEveryHeight()
{
    const qreal threshold = Ui::TopologyView::kOverviewBelow;
    // Wide enough that the height decides; from heights where even the overview is small to
    // ones where the detailed grid fits at a readable size, through the band where the
    // detailed grid only fits below the threshold and the overview only above it.
    const qreal margins = 2 * (Ui::TopologyScene::kMargin + 1);
    const qreal detailedHeight = m_scene->layoutBounds(false).height() + margins;
    const qreal overviewHeight = m_scene->layoutBounds(true).height() + margins;
    const int low = int(overviewHeight * threshold * 0.5);
    const int high = int(detailedHeight * threshold * 1.5);
    QVERIFY(int(overviewHeight * threshold) + 20 < int(detailedHeight * threshold));
    int overviews = 0;
    int detailed = 0;
    for (int height = low; height <= high; height += 7) {
        QSignalSpy layouts(m_scene.get(), &Ui::TopologyScene::layoutDone);
        fitInto(4000, height);
        const QString where = QStringLiteral("viewport height %1").arg(height);
        // At most one change of level, so at most one layout.
        QVERIFY2(layouts.size() <= 1, qPrintable(where));
        const qreal zoom = m_view->zoom();
        // The level agrees with the zoom, so zooming by hand goes on from there.
        QVERIFY2(m_scene->isOverview() == (zoom < threshold), qPrintable(where));
        // Detail whenever the detailed grid fits at a readable zoom.
        QVERIFY2(m_scene->isOverview() == (height / detailedHeight < threshold), qPrintable(where));
        // What is shown fits the window.
        const QRectF shown = m_scene->layoutBounds(m_scene->isOverview());
        QVERIFY2(shown.height() * zoom <= height, qPrintable(where));
        // Fitting again changes nothing.
        layouts.clear();
        m_view->zoomToFit();
        QCOMPARE(m_view->zoom(), zoom);
        QCOMPARE(layouts.size(), 0);
        ++(m_scene->isOverview() ? overviews : detailed);
    }
    QVERIFY(overviews > 0);
    QVERIFY(detailed > 0);
}

void TestTopologyView::resizingRefitsUntilTheOperatorZooms()
{
    fitInto(4000, 3000);
    QCOMPARE(m_view->zoom(), 1.0);
    // A pane made smaller shows the whole cluster still.
    m_view->resize(500, 400);
    QTRY_COMPARE(m_view->viewport()->size(), QSize(500, 400));
    QVERIFY(m_view->zoom() < 1.0);
    const QRectF shown = m_scene->layoutBounds(m_scene->isOverview());
    QVERIFY(shown.width() * m_view->zoom() <= 500);
    QVERIFY(shown.height() * m_view->zoom() <= 400);
    // Fitted, the view needs no scroll bars (one appearing would shrink it and refit it).
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    for (const QSize &size : {QSize(700, 300), QSize(300, 700), QSize(1200, 500)}) {
        m_view->resize(size);
        QTRY_COMPARE(m_view->size(), size);
        QVERIFY(!m_view->horizontalScrollBar()->isVisible());
        QVERIFY(!m_view->verticalScrollBar()->isVisible());
        QCOMPARE(m_view->viewport()->size(), size);
    }
    // Once the operator has zoomed, a resize keeps the zoom.
    m_view->zoomIn();
    const qreal zoom = m_view->zoom();
    m_view->resize(900, 700);
    QTRY_COMPARE(m_view->size(), QSize(900, 700));
    QCOMPARE(m_view->zoom(), zoom);
    // Ctrl+0 fits, and the view then follows resizes again.
    m_view->zoomToFit();
    QVERIFY(!m_view->chosenZoom());
    const qreal fitted = m_view->zoom();
    m_view->resize(450, 350);
    QTRY_COMPARE(m_view->size(), QSize(450, 350));
    QTRY_VERIFY(m_view->zoom() < fitted);
}

void TestTopologyView::smallClusterShowsAtNaturalSize()
{
    fitInto(4000, 3000);
    QCOMPARE(m_view->zoom(), 1.0);
    QVERIFY(!m_scene->isOverview());
}

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
