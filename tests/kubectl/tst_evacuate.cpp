// `cstor-console evacuate`, the real binary against a simulated cluster in this process,
// checked with real kubectl: two nodes of a generated cluster emptied as one plan run within
// its caps (never more moves at once than one per node being emptied, though the cluster cap
// allows more), every volume at its replica count on other nodes and Healthy, and no replica
// removed while its volume had fewer Healthy replicas than before; the plan as JSON in a dry
// run, changing nothing; a pool whose replicas have nowhere to go refused with why; and bad
// command lines refused with exit code 2. On a large cluster (150 nodes, 500 volumes of three
// replicas), three nodes emptied at once: never more rebuilds at once onto a pool, off a node or
// in all than the caps, read from the journal and, independently, from the cluster's own
// changes; no volume ever below its count of Healthy replicas, never two replicas of a volume on
// one node.
#include "models/sim/store/objectstore.h"
#include "tests/common/seednames.h"
#include "tests/kubectl/consoleonsim.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

// How many things of each key are under way at once, at most: begin and end applied in the
// order they happened.
class Concurrency
{
public:
    void begin(const QString &key) { m_peak[key] = std::max(m_peak.value(key), ++m_now[key]); }
    void end(const QString &key) { --m_now[key]; }
    // The highest peak of the keys starting with `prefix`.
    int peak(const QString &prefix) const
    {
        int peak = 0;
        for (auto it = m_peak.cbegin(); it != m_peak.cend(); ++it) {
            if (it.key().startsWith(prefix))
                peak = std::max(peak, it.value());
        }
        return peak;
    }

private:
    QHash<QString, int> m_now;
    QHash<QString, int> m_peak;
};

// Watches a simulated cluster's store while a plan runs: every move as the cluster shows it
// (from its target pool joining the volume's CVC to a pool leaving it), each volume's Healthy
// replicas, and the nodes of each volume's replicas. Breaks of "never fewer Healthy replicas than
// the volume had" and "never two replicas of a volume on one node" are kept, one line each.
class RebuildWatch : public QObject
{
public:
    explicit RebuildWatch(Sim::ObjectStore *store)
    {
        for (const QJsonObject &cspi : store->list(u"cstorpoolinstances"_s, SeedNames::kNamespace))
            m_nodeOfPool.insert(ReplicaSafety::nameOf(cspi),
                                cspi["spec"_L1]["hostName"_L1].toString());
        for (const QJsonObject &cvc : store->list(SeedNames::kCvc, SeedNames::kNamespace))
            m_pools.insert(ReplicaSafety::nameOf(cvc), ReplicaSafety::specPools(cvc));
        for (const QJsonObject &cvr : store->list(SeedNames::kCvr, SeedNames::kNamespace))
            replicaChanged(cvr, false);
        for (auto it = m_pools.cbegin(); it != m_pools.cend(); ++it)
            m_floor.insert(it.key(),
                           std::min(int(it.value().size()), int(m_healthy.value(it.key()).size())));
        connect(store, &Sim::ObjectStore::changed, this, &RebuildWatch::onChanged);
    }

    QString nodeOf(const QString &pool) const { return m_nodeOfPool.value(pool); }
    QStringList violations() const { return m_violations; }
    // The Healthy replicas of every volume, now.
    int healthyReplicas() const
    {
        int healthy = 0;
        for (const QSet<QString> &replicas : m_healthy)
            healthy += int(replicas.size());
        return healthy;
    }
    int moves() const { return int(m_moves.size()); }
    // The most moves the cluster showed at once onto one pool ("pool:"), off one node ("node:")
    // and in all ("total").
    Concurrency concurrency() const
    {
        QList<std::tuple<qint64, bool, QStringList>> changes; // when, begins, keys
        for (const Move &move : m_moves) {
            QStringList keys{u"pool:"_s + move.target, u"total"_s};
            if (!move.source.isEmpty())
                keys << u"node:"_s + nodeOf(move.source);
            changes.append({move.begin, true, keys});
            changes.append({move.end, false, keys});
        }
        std::sort(changes.begin(), changes.end());
        Concurrency concurrency;
        for (const auto &[when, begins, keys] : std::as_const(changes)) {
            for (const QString &key : keys)
                begins ? concurrency.begin(key) : concurrency.end(key);
        }
        return concurrency;
    }

private:
    struct Move
    {
        QString volume;
        QString target;
        QString source; // the pool that left; empty while none has
        qint64 begin = 0;
        qint64 end = std::numeric_limits<qint64>::max();
    };

    static QString volumeOf(const QJsonObject &cvr)
    {
        return cvr["metadata"_L1]["labels"_L1]["openebs.io/persistent-volume"_L1].toString();
    }
    static QString poolOf(const QJsonObject &cvr)
    {
        return cvr["metadata"_L1]["labels"_L1]["cstorpoolinstance.openebs.io/name"_L1].toString();
    }

    void onChanged(const Sim::StoreEvent &event)
    {
        ++m_sequence;
        if (event.resource == SeedNames::kCvr)
            replicaChanged(event.object, event.type == Sim::StoreEvent::Type::Deleted);
        else if (event.resource == SeedNames::kCvc && event.type == Sim::StoreEvent::Type::Modified)
            configChanged(event.object);
    }

    void replicaChanged(const QJsonObject &cvr, bool deleted)
    {
        const QString volume = volumeOf(cvr);
        const QString name = ReplicaSafety::nameOf(cvr);
        QSet<QString> &healthy = m_healthy[volume];
        QHash<QString, QString> &nodes = m_replicaNodes[volume];
        if (deleted) {
            nodes.remove(name);
        } else {
            const QString node = nodeOf(poolOf(cvr));
            for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
                if (it.key() != name && it.value() == node)
                    m_violations << u"%1 and %2 of %3 are both on %4"_s.arg(it.key(), name, volume,
                                                                            node);
            }
            nodes.insert(name, node);
        }
        if (!deleted && ReplicaSafety::phaseOf(cvr) == "Healthy"_L1)
            healthy.insert(name);
        else if (healthy.remove(name) && healthy.size() < m_floor.value(volume))
            m_violations << u"%1 had %2 Healthy replicas of %3 once %4 %5"_s.arg(
                volume, QString::number(healthy.size()), QString::number(m_floor.value(volume)),
                name, deleted ? u"went"_s : u"became "_s + ReplicaSafety::phaseOf(cvr));
    }

    void configChanged(const QJsonObject &cvc)
    {
        const QString volume = ReplicaSafety::nameOf(cvc);
        const QStringList pools = ReplicaSafety::specPools(cvc);
        const QStringList before = m_pools.value(volume);
        QSet<QString> nodes;
        for (const QString &pool : pools) {
            const QString node = nodeOf(pool);
            if (nodes.contains(node))
                m_violations << u"%1 lists two pools on %2: %3"_s.arg(volume, node,
                                                                      pools.join(u", "_s));
            nodes.insert(node);
        }
        for (const QString &pool : pools) {
            if (!before.contains(pool))
                m_moves.append({volume, pool, {}, m_sequence});
        }
        for (const QString &pool : before) {
            if (pools.contains(pool))
                continue;
            for (Move &move : m_moves) {
                if (move.volume == volume && move.end == std::numeric_limits<qint64>::max()) {
                    move.source = pool == move.target ? QString() : pool;
                    move.end = m_sequence;
                }
            }
        }
        m_pools.insert(volume, pools);
    }

    QHash<QString, QString> m_nodeOfPool;
    QHash<QString, QStringList> m_pools;                    // each CVC's spec pools
    QHash<QString, QSet<QString>> m_healthy;                // each volume's Healthy CVRs
    QHash<QString, QHash<QString, QString>> m_replicaNodes; // each volume's CVRs' nodes
    QHash<QString, int> m_floor; // each volume's Healthy replicas it must keep
    QList<Move> m_moves;
    qint64 m_sequence = 0;
    QStringList m_violations;
};

} // namespace

class TestEvacuate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void twoNodesAsOnePlanWithinTheCaps();
    void threeNodesOfALargeClusterWithinTheCaps();
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

    bool start(const QString &generate, double speed = 100)
    {
        return m_run->start(generate, speed);
    }
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
    QVERIFY2(run.out.contains(u"Evacuate node %1, node %2: move %3 replicas"_s.arg(
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

void TestEvacuate::threeNodesOfALargeClusterWithinTheCaps()
{
    // 150 nodes, 500 volumes of three replicas: some 30 replicas on three nodes. Two moves at once
    // off each node, but four in all: every cap can be reached.
    constexpr int kPerPool = 1;
    constexpr int kPerNode = 2;
    constexpr int kTotal = 4;
    QVERIFY(
        start(u"nodes=150,pools-per-node=1,volumes=500,replicas=3,volume-size=64Mi-128Mi"_s, 100));
    const QStringList nodes = nodesWithPools().mid(0, 3);
    const QStringList before = replicasOnNodes(nodes);
    QVERIFY(before.size() >= 20);
    RebuildWatch watch(m_run->sim()->sim()->store());
    QCOMPARE(watch.healthyReplicas(), 1500); // each volume keeps its three
    QVERIFY2(watch.violations().isEmpty(), qPrintable(watch.violations().join(u'\n')));

    QElapsedTimer timer;
    timer.start();
    const ProgramRun run =
        console({u"evacuate"_s, u"--node"_s, nodes[0], u"--node"_s, nodes[1], u"--node"_s, nodes[2],
                 u"--max-per-pool"_s, QString::number(kPerPool), u"--max-per-node"_s,
                 QString::number(kPerNode), u"--max-total"_s, QString::number(kTotal), u"--yes"_s});
    const qint64 runMs = timer.elapsed();
    QVERIFY2(run.exitCode == 0, qPrintable(run.whole()));
    static const QRegularExpression header(u": move (\\d+) replicas?, (.+) to copy"_s);
    const QRegularExpressionMatch planned = header.match(run.out);
    QVERIFY2(planned.hasMatch(), qPrintable(run.out));
    QCOMPARE(planned.captured(1).toInt(), int(before.size()));

    // kubectl: no replica left on a pool of the three nodes; every volume's three replicas on
    // three nodes.
    const ProgramRun cvrs =
        m_run->sim()->kubectl({u"get"_s, u"cvr"_s, u"-A"_s, u"-o"_s, u"json"_s});
    QVERIFY2(cvrs.exitCode == 0, qPrintable(cvrs.whole()));
    const QJsonArray items = QJsonDocument::fromJson(cvrs.out.toUtf8())["items"_L1].toArray();
    QCOMPARE(int(items.size()), 1500);
    QHash<QString, QSet<QString>> volumeNodes;
    for (const QJsonValue &cvr : items) {
        const QJsonValue labels = cvr["metadata"_L1]["labels"_L1];
        const QString node =
            watch.nodeOf(labels["cstorpoolinstance.openebs.io/name"_L1].toString());
        QVERIFY2(!node.isEmpty() && !nodes.contains(node),
                 qPrintable(cvr["metadata"_L1]["name"_L1].toString() + u" on "_s + node));
        volumeNodes[labels["openebs.io/persistent-volume"_L1].toString()].insert(node);
    }
    QCOMPARE(int(volumeNodes.size()), 500);
    for (auto it = volumeNodes.cbegin(); it != volumeNodes.cend(); ++it)
        QVERIFY2(it.value().size() == 3, qPrintable(it.key()));

    // The journal, in the order it was written: a move runs from its scale-up to its end.
    QFile file(m_run->journalPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    Concurrency journalled;
    QSet<QString> running;
    int done = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.isEmpty() || entry.contains("kind"_L1))
            continue;
        const QString id = entry["id"_L1].toString();
        const QStringList keys{u"pool:"_s + entry["to"_L1].toString(),
                               u"node:"_s + watch.nodeOf(entry["from"_L1].toString()), u"total"_s};
        const QString state = entry["state"_L1].toString();
        if (entry["action"_L1].toString() == "scale-up"_L1 && !running.contains(id)) {
            running.insert(id);
            for (const QString &key : keys)
                journalled.begin(key);
        } else if (QStringList{u"Done"_s, u"RolledBack"_s, u"Failed"_s, u"Cancelled"_s}.contains(
                       state) &&
                   running.remove(id)) {
            for (const QString &key : keys)
                journalled.end(key);
            done += state == "Done"_L1 ? 1 : 0;
        }
    }
    QCOMPARE(done, int(before.size()));
    QVERIFY(running.isEmpty());
    const Concurrency seen = watch.concurrency();
    QCOMPARE(watch.moves(), int(before.size()));

    qInfo("evacuated %s of 150 nodes: %d moves, %s copied, %.1f s; at most %d/%d/%d moves at once "
          "onto a pool/off a node/in all by the journal, %d/%d/%d by the cluster (caps %d/%d/%d); "
          "%d rule breaks",
          qPrintable(nodes.join(u", "_s)), done, qPrintable(planned.captured(2)),
          double(runMs) / 1000.0, journalled.peak(u"pool:"_s), journalled.peak(u"node:"_s),
          journalled.peak(u"total"_s), seen.peak(u"pool:"_s), seen.peak(u"node:"_s),
          seen.peak(u"total"_s), kPerPool, kPerNode, kTotal,
          int(watch.violations().size() + m_run->safety()->violations().size()));
    QVERIFY(journalled.peak(u"pool:"_s) <= kPerPool);
    QVERIFY(journalled.peak(u"node:"_s) <= kPerNode);
    QVERIFY(journalled.peak(u"total"_s) <= kTotal);
    QVERIFY(seen.peak(u"pool:"_s) <= kPerPool);
    QVERIFY(seen.peak(u"node:"_s) <= kPerNode);
    QVERIFY(seen.peak(u"total"_s) <= kTotal);
    QVERIFY(m_run->safety()->peakMoves() <= kTotal);
    QVERIFY2(watch.violations().isEmpty(), qPrintable(watch.violations().join(u'\n')));
    // cleanup(): no replica removed while its volume had fewer Healthy replicas than before.
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
