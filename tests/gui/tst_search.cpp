// The toolbar's search in the real main window on the simulated cluster: Ctrl+F reaches it; a
// part of a pool's name offers the pool and Enter selects it in the topology and the pools
// table; a volume is found by its claim; text that matches nothing changes nothing.
#include "tests/common/mainwindowtestbase.h"
#include "tests/common/seednames.h"
#include "ui/mainwindow.h"
#include "ui/searchfield.h"
#include "ui/tablepanel.h"
#include "ui/topologyscene.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = Ui::TopologyScene::Kind;

class TestSearch
    : public QObject
    , public MainWindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }
    void init() { startSimAndWindow(); }
    void cleanup() { stopWindowAndSim(); }

    void partOfAPoolNameFindsThePool();
    void volumeIsFoundByItsClaim();

private:
    Ui::SearchField *search() const { return m_window->findChild<Ui::SearchField *>(u"search"_s); }
    void type(const QString &text)
    {
        search()->clear();
        QTest::keyClicks(search(), text);
    }
};

void TestSearch::partOfAPoolNameFindsThePool()
{
    openSeed();
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search()->hasFocus());

    type(u"PSZ5"_s); // any part, any case
    QTRY_VERIFY(search()->completer()->popup()->isVisible());
    QCOMPARE(search()->completer()->completionCount(), 1);
    QVERIFY(search()->completer()->currentCompletion().startsWith(SeedNames::kPsz5));
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_COMPARE(m_window->topologyScene()->currentKind(), Kind::Pool);
    QCOMPARE(m_window->topologyScene()->currentId(), SeedNames::kPsz5);
    auto *tabs = m_window->findChild<QTabWidget *>(u"tables"_s);
    QCOMPARE(tabs->currentWidget(), m_window->findChild<Ui::TablePanel *>(u"poolTable"_s));

    // Nothing matches: the selection stays.
    type(u"no-such-thing"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(m_window->topologyScene()->currentId(), SeedNames::kPsz5);
}

void TestSearch::volumeIsFoundByItsClaim()
{
    openSeed();
    search()->setFocus();
    type(u"demo-cstor-pvc"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_COMPARE(m_window->topologyScene()->currentKind(), Kind::Volume);
    QCOMPARE(m_window->topologyScene()->currentId(), SeedNames::kVolume);
}

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
