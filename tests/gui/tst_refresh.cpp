// Ctrl+R in the real main window on the simulated cluster: every kind is listed again from the
// server (the deltas that follow replace each kind whole, as a relist does), the tables keep
// what the cluster holds, the status bar says when the server said it, and without a cluster
// the window says there is nothing to refresh.
#include "models/items/clustermodel.h"
#include "models/kube/clusterdelta.h"
#include "tests/common/mainwindowtestbase.h"
#include "ui/clusterconnection.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRefresh
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void init() { startSimAndWindow(); }
    void cleanup() { stopWindowAndSim(); }

    void ctrlRListsTheClusterAgain();
    void withoutAClusterItSaysSo();

private:
    QAction *refreshAction() const { return m_window->findChild<QAction *>(u"refresh"_s); }
};

void TestRefresh::ctrlRListsTheClusterAgain()
{
    openSeed();
    QAction *refresh = refreshAction();
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *connection = m_window->findChild<Ui::ClusterConnection *>();
    QVERIFY(connection);
    const int pools = m_window->clusterModel()->pools()->rowCount();
    const int replicas = m_window->clusterModel()->replicas()->rowCount();
    QVERIFY(pools > 0 && replicas > 0);

    bool relisted = false;
    connect(connection, &Ui::ClusterConnection::delta, this,
            [&relisted](const Kube::ClusterDelta &delta) { relisted |= delta.holdsRelist(); });
    QSignalSpy refreshed(connection, &Ui::ClusterConnection::refreshed);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"again"_s));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, kSyncTimeoutMs);
    QVERIFY(relisted);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"server said at"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->clusterModel()->pools()->rowCount(), pools);
    QCOMPARE(m_window->clusterModel()->replicas()->rowCount(), replicas);
}

void TestRefresh::withoutAClusterItSaysSo()
{
    refreshAction()->trigger();
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Not connected"_s));
}

QTEST_MAIN(TestRefresh)
#include "tst_refresh.moc"
