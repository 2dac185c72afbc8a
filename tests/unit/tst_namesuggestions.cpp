// "Did you mean": names typed wrongly on the command line get the cluster's closest names
// (openebs#2982: a typo in a pool name left a CVC stuck; the console refuses it and says what
// was probably meant).
#include "models/planning/moveresolver.h"
#include "models/planning/namesuggestions.h"
#include "tests/common/seedclusterdelta.h"

#include <QTest>

using namespace Migration;
using namespace SeedClusterDelta;
using namespace Qt::StringLiterals;

class TestNameSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void suffixAndTyposFindTheName()
    {
        const QStringList pools{kPool1, kPool2, kPool3};
        QCOMPARE(NameSuggestions::closest(u"pn9p"_s, pools), QStringList{kPool2});
        QCOMPARE(NameSuggestions::closest(u"cspc-stripe-pool-pn9q"_s, pools), QStringList{kPool2});
        QCOMPARE(NameSuggestions::closest(u"e2e1-nod2"_s, {u"e2e1-node1"_s, u"e2e1-node2"_s}),
                 QStringList{u"e2e1-node2"_s});
        QCOMPARE(NameSuggestions::closest(u"e2e1-node"_s, {u"e2e1-node1"_s, u"e2e1-node2"_s}),
                 (QStringList{u"e2e1-node1"_s, u"e2e1-node2"_s}));
        QVERIFY(NameSuggestions::closest(u"something-else"_s, pools).isEmpty());
        QVERIFY(NameSuggestions::closest(kPool1, pools).isEmpty() == false);
        QVERIFY(!NameSuggestions::closest(kPool1, pools).contains(kPool1));
        QCOMPARE(NameSuggestions::didYouMean(u"zzz"_s, pools), QString());
    }

    void moveResolverSuggestsPoolsNodesAndVolumes()
    {
        Migration::ClusterSnapshot cluster;
        cluster.apply(make());
        QString error;
        QVERIFY(
            !MoveResolver::resolve(cluster, kVolume, kPool2, u"cspc-stripe-pool-psz6"_s, &error));
        QVERIFY2(error.endsWith(u"; did you mean cspc-stripe-pool-psz5?"_s), qPrintable(error));
        QVERIFY(!MoveResolver::resolve(cluster, kVolume, u"e2e1-node-2"_s, kPool3, &error));
        QVERIFY2(error.contains(u"did you mean e2e1-node2"_s), qPrintable(error));
        QVERIFY(!MoveResolver::resolve(cluster, kVolume.left(30), kPool2, kPool3, &error));
        QVERIFY2(error.endsWith(u"; did you mean %1?"_s.arg(kVolume)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNameSuggestions)
#include "tst_namesuggestions.moc"
