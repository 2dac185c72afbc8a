// What the window remembers between runs, with the real main window on the simulated cluster:
// a context's column widths (the replicas and pools tables), the split between topology and
// tables, and the context chosen last, which a new window opens again when the kubeconfig still
// has it (else the kubeconfig's current context).
#include "tests/common/mainwindowtestbase.h"
#include "ui/mainwindow.h"
#include "ui/tablepanel.h"
#include "ui/topologyview.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLayoutMemory
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void init() { startSimAndWindow(); }
    void cleanup() { stopWindowAndSim(); }

    void columnWidthsAndSplitComeBack();
    void lastContextIsOpenedAgain();

private:
    QHeaderView *header(const QString &table) const
    {
        return m_window->findChild<Ui::TablePanel *>(table)->view()->horizontalHeader();
    }
    QString shownContext() const
    {
        return m_window->findChild<QComboBox *>(u"contextSwitcher"_s)->currentData().toString();
    }
    void reopenWindow()
    {
        m_window->close();
        m_window.reset();
        showNewWindow();
    }
};

void TestLayoutMemory::columnWidthsAndSplitComeBack()
{
    openSeed();
    header(u"replicaTable"_s)->resizeSection(0, 222);
    header(u"poolTable"_s)->resizeSection(1, 133);
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total / 2, total - total / 2});
    const QList<int> split = splitter->sizes();
    Ui::TopologyView *view = m_window->topologyView();
    QVERIFY(!view->chosenZoom());
    view->zoomIn();
    view->zoomIn();
    const qreal zoom = view->zoom();

    reopenWindow();
    openSeed();
    QCOMPARE(header(u"replicaTable"_s)->sectionSize(0), 222);
    QCOMPARE(header(u"poolTable"_s)->sectionSize(1), 133);
    QCOMPARE(m_window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), split);
    // The zoom the operator chose, not a fit to the new window.
    QVERIFY(m_window->topologyView()->chosenZoom());
    QCOMPARE(m_window->topologyView()->zoom(), zoom);

    // Fitted again (Ctrl+0), the next window fits by itself.
    m_window->topologyView()->zoomToFit();
    reopenWindow();
    openSeed();
    QVERIFY(!m_window->topologyView()->chosenZoom());
}

void TestLayoutMemory::lastContextIsOpenedAgain()
{
    openSeed(u"cstor-sim-read-only"_s);
    QCOMPARE(shownContext(), u"cstor-sim-read-only"_s);

    reopenWindow();
    openSeed(); // no context asked for
    QCOMPARE(shownContext(), u"cstor-sim-read-only"_s);
    QVERIFY(m_window->windowTitle().startsWith(u"cstor-sim-read-only"_s));

    // A context the kubeconfig no longer has: its current one.
    m_window->switchContext(u"cstor-sim-cert"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isSynced(), kSyncTimeoutMs);
    QSettings().setValue(u"lastContext"_s, u"gone"_s);
    reopenWindow();
    openSeed();
    QCOMPARE(shownContext(), u"cstor-sim"_s);
}

QTEST_MAIN(TestLayoutMemory)
#include "tst_layoutmemory.moc"
