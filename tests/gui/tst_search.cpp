// The toolbar's search in the real main window on the simulated cluster: Ctrl+F reaches it; a
// part of a pool's name offers the pool (then its replicas) and Enter selects it in the topology
// and the pools table; a replica is found by its name; a volume is found by its claim and by the
// pod that mounts it, shown in the Volumes table and the details, and follows the pod's
// replacement; text that matches nothing changes nothing. The index is read again only when rows
// come, go or change their words. Ctrl+K opens the command palette: a command found by words of its
// menu path runs with Enter, one that cannot run now is greyed and Enter does nothing, and an
// object found by part of its name is shown.
#include "models/items/clustermodel.h"
#include "models/sim/simcluster.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/mainwindowtestbase.h"
#include "tests/common/seednames.h"
#include "ui/commandpalette.h"
#include "ui/detailspanel.h"
#include "ui/mainwindow.h"
#include "ui/searchfield.h"
#include "ui/searchindex.h"
#include "ui/tablepanel.h"
#include "ui/topologyscene.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
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
    void volumeIsFoundByItsClaimAndItsPod();
    void inPlaceChangesKeepTheIndex();
    void paletteRunsCommandsAndShowsObjects();

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
    // The pool first, then its replicas (named "<volume>-<pool>").
    QCOMPARE(search()->completer()->completionCount(), 5);
    QVERIFY(search()->completer()->currentCompletion().startsWith(SeedNames::kPsz5 + u" · pool"_s));
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_COMPARE(m_window->topologyScene()->currentKind(), Kind::Pool);
    QCOMPARE(m_window->topologyScene()->currentId(), SeedNames::kPsz5);
    auto *tabs = m_window->findChild<QTabWidget *>(u"tables"_s);
    QCOMPARE(tabs->currentWidget(), m_window->findChild<Ui::TablePanel *>(u"poolTable"_s));

    // A replica by a part of its name found in no other.
    type(u"9b023306-cspc-stripe-pool-pn9p"_s);
    QTRY_COMPARE(search()->completer()->completionCount(), 1);
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_COMPARE(m_window->topologyScene()->currentKind(), Kind::Replica);
    QCOMPARE(m_window->clusterModel()
                 ->replicas()
                 ->find(m_window->topologyScene()->currentId())
                 ->meta.name,
             SeedNames::kVolume + u"-"_s + SeedNames::kPn9p);
    QCOMPARE(tabs->currentWidget(), m_window->findChild<Ui::TablePanel *>(u"replicaTable"_s));
    m_window->topologyScene()->setCurrent(Kind::Pool, SeedNames::kPsz5);

    // Nothing matches: the selection stays.
    type(u"no-such-thing"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(m_window->topologyScene()->currentId(), SeedNames::kPsz5);
}

void TestSearch::volumeIsFoundByItsClaimAndItsPod()
{
    openSeed();
    const Items::VolumeModel *volumes = m_window->clusterModel()->volumes();
    const auto cell = [volumes](int column) {
        return volumes->index(volumes->rowOfKey(SeedNames::kVolume), column).data().toString();
    };
    // The claim and the pod arrive once the cStor objects are listed.
    QTRY_COMPARE(cell(Items::VolumeModel::Claim), u"default/demo-cstor-pvc"_s);
    QTRY_VERIFY2(cell(Items::VolumeModel::UsedBy).startsWith(u"demo-cstor-pvc-app-"_s),
                 qPrintable(cell(Items::VolumeModel::UsedBy)));
    const QString pod = cell(Items::VolumeModel::UsedBy);

    search()->setFocus();
    type(u"default/demo-cstor"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_COMPARE(m_window->topologyScene()->currentKind(), Kind::Volume);
    QCOMPARE(m_window->topologyScene()->currentId(), SeedNames::kVolume);
    QTRY_VERIFY2(
        m_window->details()->text().startsWith(
            u"# PersistentVolumeClaim default/demo-cstor-pvc\n#   mounted by pod "_s + pod),
        qPrintable(m_window->details()->text()));

    // By the pod alone (its random suffix), from another selection.
    m_window->topologyScene()->setCurrent(Kind::Pool, SeedNames::kPsz5);
    type(pod.right(5));
    QTRY_VERIFY(search()->completer()->popup()->isVisible());
    QCOMPARE(search()->completer()->completionCount(), 1);
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_COMPARE(m_window->topologyScene()->currentId(), SeedNames::kVolume);

    // The pod is deleted: its Deployment's replacement, under a new name, takes its place.
    QVERIFY(std::holds_alternative<QJsonObject>(
        m_sim->sim()->store()->remove(u"pods"_s, u"default"_s, pod)));
    QTRY_VERIFY(cell(Items::VolumeModel::UsedBy) != pod);
    QTRY_VERIFY2(cell(Items::VolumeModel::UsedBy).startsWith(u"demo-cstor-pvc-app-"_s),
                 qPrintable(cell(Items::VolumeModel::UsedBy)));
}

// A busy cluster changes rows in place every second (phases, capacity): the index is read again
// only when a row comes or goes, or the words it was made from change.
void TestSearch::inPlaceChangesKeepTheIndex()
{
    QStandardItemModel table(0, 2);
    for (const QString &name : {u"pool-a"_s, u"pool-b"_s}) {
        auto *item = new QStandardItem(name);
        item->setData(name, Qt::UserRole);
        table.appendRow({item, new QStandardItem(u"ONLINE"_s)});
    }
    Ui::SearchIndex index({{&table, Kind::Pool, Qt::UserRole, [&table](int row) {
                                return QStringList{table.index(row, 0).data().toString()};
                            }}});
    QVERIFY(index.isStale());
    index.refresh();
    QCOMPARE(index.rowCount(), 2);
    QVERIFY(!index.isStale());

    table.setData(table.index(1, 1), u"OFFLINE"_s); // a status: the words stay
    QVERIFY(!index.isStale());
    table.setData(table.index(0, 0), u"pool-a renamed"_s); // the words change
    QVERIFY(index.isStale());
    index.refresh();
    QVERIFY(index.data(index.index(0), Qt::DisplayRole).toString().startsWith(u"pool-a renamed"_s));
    table.appendRow(new QStandardItem(u"pool-c"_s)); // a new row
    QVERIFY(index.isStale());
}

void TestSearch::paletteRunsCommandsAndShowsObjects()
{
    openSeed();
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *palette = m_window->findChild<Ui::CommandPalette *>(u"commandPalette"_s);
    QVERIFY(palette);
    QTRY_VERIFY(palette->isVisible());
    QTRY_VERIFY(palette->field()->hasFocus());
    QListWidget *list = palette->list();
    QVERIFY(list->count() >= 10); // every command of the menus, with nothing typed

    // Words of the menu path, in any order and case: View › Refresh, with its shortcut.
    QTest::keyClicks(palette->field(), u"refr vie"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(u"View › Refresh"_s));
    QVERIFY(list->item(0)->text().contains(u"Ctrl+R"_s));
    auto *refresh = m_window->findChild<QAction *>(u"refresh"_s);
    QSignalSpy refreshed(refresh, &QAction::triggered);
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(!palette->isVisible());

    // With nothing selected, moving a replica cannot run: listed greyed, Enter runs nothing.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(palette->field(), u"move replica"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
    QVERIFY(list->item(0)->toolTip().startsWith(u"Not available now"_s));
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QVERIFY(palette->isVisible());

    // A pool by part of its name, shown in every view as the search field does.
    palette->field()->clear();
    QTest::keyClicks(palette->field(), u"psz5"_s);
    QCOMPARE(list->count(), 5); // the pool, then its replicas
    QVERIFY(list->item(0)->text().contains(SeedNames::kPsz5 + u" · pool"_s));
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QTRY_COMPARE(m_window->topologyScene()->currentKind(), Kind::Pool);
    QCOMPARE(m_window->topologyScene()->currentId(), SeedNames::kPsz5);

    // Escape closes it and runs nothing.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(palette->field(), u"refresh"_s);
    QTest::keyClick(palette->field(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
    QCOMPARE(refreshed.size(), 1);
}

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
