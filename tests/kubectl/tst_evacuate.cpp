// `cstor-console evacuate`, the real binary against a simulated cluster in this process,
// checked with real kubectl: two nodes of a generated cluster emptied as one plan run within
// its caps (never more moves at once than one per node being emptied, though the cluster cap
// allows more), every volume at its replica count on other nodes and Healthy, and no replica
// removed while its volume had fewer Healthy replicas than before; the plan as JSON in a dry
// run, changing nothing; a pool whose replicas have nowhere to go refused with why; and bad
// command lines refused with exit code 2.
#include "tests/common/seednames.h"
#include "tests/kubectl/consoleonsim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestEvacuate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void twoNodesAsOnePlanWithinTheCaps();
    void dryRunPrintsThePlanAsJson();
    void aPoolWhoseReplicasHaveNowhereToGoIsRefused();
    void badCommandLines();

private:
    QString get(const QString &what, const QString &path)
    {
        return m_run->sim()->jsonpath(what, path);
    }
    QStringList names(const QString &kind);
    QStringList nodesWithPools();
    QStringList replicasOnNodes(const QStringList &nodes) { return m_run->replicasOnNodes(nodes); }

    bool start(const QString &generate) { return m_run->start(generate); }
    ProgramRun console(const QStringList &args) const { return m_run->console(args); }

    std::unique_ptr<ConsoleOnSim> m_run;
};

void TestEvacuate::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestEvacuate::init()
{
    m_run = std::make_unique<ConsoleOnSim>();
}

void TestEvacuate::cleanup()
{
    const QString broken = m_run->brokenRules();
    m_run.reset();
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

QStringList TestEvacuate::names(const QString &kind)
{
    return m_run->sim()
        ->kubectl({u"get"_s, kind, u"-n"_s, u"openebs"_s, u"-o"_s, u"name"_s})
        .out.split(u'\n', Qt::SkipEmptyParts);
}

QStringList TestEvacuate::nodesWithPools()
{
    QStringList nodes = get(u"cspi"_s, u".items[*].spec.hostName"_s).split(u' ');
    nodes.removeDuplicates();
    nodes.sort();
    return nodes;
}

void TestEvacuate::twoNodesAsOnePlanWithinTheCaps()
{
    QVERIFY(start(u"nodes=8,pools-per-node=1,volumes=20,replicas=3,volume-size=1Gi-2Gi"_s));
    const QStringList nodes = nodesWithPools().mid(0, 2);
    const int toMove = int(replicasOnNodes(nodes).size());
    QVERIFY(toMove > 4);

    // One move per node being emptied at once, although the cluster cap would allow three.
    const ProgramRun run = console({u"evacuate"_s, u"--node"_s, nodes[0], u"--max-total"_s, u"3"_s,
                                    u"--yes"_s, u"--node"_s, nodes[1]});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QVERIFY2(run.out.contains(u"Evacuate node %1, node %2: move %3 replica(s)"_s.arg(
                 nodes[0], nodes[1], QString::number(toMove))),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"USED BEFORE"_s), qPrintable(run.out));
    QVERIFY2(
        run.out.contains(u"At most 1 rebuild(s) onto one pool, 1 move(s) off one node and 3"_s),
        qPrintable(run.out));
    qInfo("moved %d replicas off 2 of 8 nodes; at most %d moves at once", toMove,
          m_run->safety()->peakMoves());
    QVERIFY2(m_run->safety()->peakMoves() <= 2,
             qPrintable(QString::number(m_run->safety()->peakMoves())));
    QCOMPARE(int(m_run->safety()->deleted().size()), toMove);

    // kubectl: nothing left on those nodes; every volume at its count, settled, Healthy.
    QCOMPARE(replicasOnNodes(nodes), QStringList());
    for (const QString &cvc : names(u"cvc"_s)) {
        const QString spec = get(cvc, u".spec.policy.replicaPoolInfo[*].poolName"_s);
        QCOMPARE(get(cvc, u".status.poolInfo[*]"_s), spec);
        QCOMPARE(int(spec.split(u' ').size()), 3);
        QTRY_COMPARE_WITH_TIMEOUT(get(u"cv/"_s + cvc.section(u'/', 1), u".status.phase"_s),
                                  u"Healthy"_s, 60000);
    }
    // The audit log has the evacuation around its moves.
    QFile audit(m_run->sim()->dir() + u"/data/cstor-console/audit.jsonl"_s);
    QVERIFY2(audit.open(QIODevice::ReadOnly), qPrintable(audit.fileName()));
    const QString records = QString::fromUtf8(audit.readAll());
    QVERIFY2(records.contains(u"\"action\":\"evacuate\""_s), qPrintable(records));
    QVERIFY2(records.contains(u"node %1, node %2"_s.arg(nodes[0], nodes[1])), qPrintable(records));
}

void TestEvacuate::dryRunPrintsThePlanAsJson()
{
    QVERIFY(start(u"nodes=6,pools-per-node=1,volumes=12,replicas=2"_s));
    const QStringList nodes = nodesWithPools();
    const QStringList before = replicasOnNodes({nodes[2]});
    QVERIFY(!before.isEmpty());
    const ProgramRun run =
        console({u"-o"_s, u"json"_s, u"evacuate"_s, u"--dry-run"_s, u"--node"_s, nodes[2]});
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    QJsonParseError error;
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(plan.value("kind"_L1).toString(), u"EvacuationPlan"_s);
    QCOMPARE(plan.value("nodes"_L1).toArray().first().toString(), nodes[2]);
    const QJsonArray moves = plan.value("moves"_L1).toArray();
    QCOMPARE(int(moves.size()), int(before.size()));
    qint64 bytes = 0;
    for (const QJsonValue &move : moves) {
        QVERIFY(move["toNode"_L1].toString() != nodes[2]);
        QCOMPARE(move["fromNode"_L1].toString(), nodes[2]);
        QCOMPARE(move["check"_L1].toString(), u"ok"_s);
        bytes += qint64(move["bytes"_L1].toDouble());
    }
    QCOMPARE(qint64(plan.value("bytesToCopy"_L1).toDouble()), bytes);
    QVERIFY(plan.value("unplaceable"_L1).toArray().isEmpty());
    QVERIFY(!plan.value("capacity"_L1).toArray().isEmpty());
    QCOMPARE(plan.value("caps"_L1).toObject().value("perNode"_L1).toInt(), 1);
    // What-if: were the node lost instead, each of its 2-replica volumes would lose quorum
    // (2 needed) and have a replacement on another node.
    const QJsonObject ifLost = plan.value("ifLost"_L1).toArray().first().toObject();
    QCOMPARE(ifLost.value("node"_L1).toString(), nodes[2]);
    const QJsonArray impact = ifLost.value("volumes"_L1).toArray();
    QCOMPARE(int(impact.size()), int(before.size()));
    for (const QJsonValue &volume : impact) {
        QCOMPARE(volume["effect"_L1].toString(), u"LosesQuorum"_s);
        QCOMPARE(volume["healthyLeft"_L1].toInt(), 1);
        QVERIFY(!volume["replacement"_L1].toString().isEmpty());
    }
    QVERIFY2(run.err.contains(u"Dry run: nothing was changed."_s), qPrintable(run.err));
    QCOMPARE(replicasOnNodes({nodes[2]}), before);
    QCOMPARE(m_run->safety()->peakMoves(), 0);
}

void TestEvacuate::aPoolWhoseReplicasHaveNowhereToGoIsRefused()
{
    // The seed: one volume has a replica on every node, so pn9p's has nowhere to go.
    QVERIFY(start({}));
    const ProgramRun run =
        console({u"evacuate"_s, u"--pool"_s, SeedNames::kPn9p, u"--yes"_s, u"-o"_s, u"json"_s});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray unplaceable = plan.value("unplaceable"_L1).toArray();
    QCOMPARE(int(unplaceable.size()), 1);
    QCOMPARE(unplaceable.first()["volume"_L1].toString(), SeedNames::kSpread);
    QVERIFY2(unplaceable.first()["why"_L1].toString().contains(u"holds a replica of "_s),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(u"refusing to evacuate pool "_s + SeedNames::kPn9p),
             qPrintable(run.err));
    QVERIFY(m_run->safety()->deleted().isEmpty());
    QCOMPARE(m_run->safety()->peakMoves(), 0);
}

void TestEvacuate::badCommandLines()
{
    QVERIFY(start({}));
    ProgramRun run = console({u"evacuate"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"evacuate --node NODE... or --pool POOL..."_s), qPrintable(run.err));
    run = console({u"evacuate"_s, u"--node"_s, u"e2e1-node1"_s, u"--max-total"_s, u"0"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--max-total takes a whole number of at least 1"_s),
             qPrintable(run.err));
    run = console({u"evacuate"_s, u"e2e1-node1"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--node"_s), qPrintable(run.err));
    run = console({u"evacuate"_s, u"--pool"_s, u"cspc-stripe-pool-pn9q"_s, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no cStor pool named cspc-stripe-pool-pn9q"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(SeedNames::kPn9p), qPrintable(run.err)); // did you mean
    run = console({u"evacuate"_s, u"--node"_s, u"e2e1-node9"_s, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no cStor pool runs on a node named e2e1-node9"_s),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestEvacuate)
#include "tst_evacuate.moc"
