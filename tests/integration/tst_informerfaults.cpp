// Kube::ClusterWatcher against the simulated cluster while the API server misbehaves: expired
// watches (410), dropped watch streams, 429 with Retry-After, 500s and dropped connections, all
// while the controllers scale a volume up. Once the faults stop and the watcher is live again,
// the state built from its deltas must be exactly what the cluster holds, object by object.
// And how lists reach the models: a first list page by page, a relist whole.
#include "models/kube/clusterwatcher.h"
#include "models/kube/firstlisttimings.h"
#include "models/kube/kubeconfig.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using SeedNames::kNamespace;
using SeedNames::kVolume;
const QString &kNewPool = SeedNames::kPsz5;

struct Seen
{
    QString name;
    QString resourceVersion;
    QString phase;

    bool operator==(const Seen &) const = default;
};

using Kind = QMap<QString, Seen>; // by uid

template<typename T>
void accumulate(Kind *kind, const Kube::KindDelta<T> &delta)
{
    if (delta.replaceAll)
        kind->clear();
    for (const T &object : delta.upserted)
        kind->insert(object.meta.uid,
                     Seen{object.meta.name, object.meta.resourceVersion, object.phaseText});
    for (const QString &uid : delta.removedUids)
        kind->remove(uid);
}

QString describe(const Kind &kind)
{
    QStringList lines;
    for (auto it = kind.begin(); it != kind.end(); ++it)
        lines << u"%1 %2 rv=%3 %4"_s.arg(it.key(), it->name, it->resourceVersion, it->phase);
    return lines.join(u'\n');
}

} // namespace

class TestInformerFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void convergesAfterEveryFault();
    void firstListShowsPagesARelistReplacesWhole();

private:
    Kind storeState(const QString &resource) const;
    bool matchesStore(QString *difference) const;
    bool injectAndRecover(const QJsonObject &fault, const char *what);
    void startScaleUp();
    void removeAnotherVolumesReplica();
    // Annotates a pool instance (or another kind's object); returns its uid and new
    // resourceVersion.
    std::pair<QString, qint64>
    touchCspi(int n, const QString &resource = QStringLiteral("cstorpoolinstances"));

    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<Kube::ClusterWatcher> m_watcher;
    Kind m_cvrs, m_cvs, m_cvcs, m_cspis;
    int m_deltas = 0;
    int m_relists = 0; // of pool instances
    QString m_deletedUid;
    QList<Kube::ConnectionState> m_states;
};

void TestInformerFaults::init()
{
    qRegisterMetaType<Kube::ClusterDelta>();
    qRegisterMetaType<Kube::ConnectionState>();
    m_sim = std::make_unique<SimHarness>();
    SimHarness::Options options;
    options.speed = 50;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    const auto config = m_sim->clusterConfig(QString(), &error);
    QVERIFY2(config, qPrintable(error));
    m_watcher = std::make_unique<Kube::ClusterWatcher>(*config, kNamespace);
    connect(m_watcher.get(), &Kube::ClusterWatcher::delta, this,
            [this](const Kube::ClusterDelta &delta) {
                ++m_deltas;
                accumulate(&m_cvrs, delta.replicas);
                accumulate(&m_cvs, delta.volumes);
                accumulate(&m_cvcs, delta.volumeConfigs);
                accumulate(&m_cspis, delta.pools);
                m_relists += delta.pools.replaceAll ? 1 : 0;
            });
    connect(m_watcher.get(), &Kube::ClusterWatcher::stateChanged, this,
            [this](Kube::ConnectionState state) { m_states.append(state); });
}

void TestInformerFaults::cleanup()
{
    m_watcher.reset();
    m_sim.reset();
}

Kind TestInformerFaults::storeState(const QString &resource) const
{
    Kind kind;
    for (const QJsonObject &object : m_sim->sim()->store()->list(resource, kNamespace)) {
        const QJsonObject meta = object.value("metadata"_L1).toObject();
        kind.insert(meta.value("uid"_L1).toString(),
                    Seen{meta.value("name"_L1).toString(),
                         meta.value("resourceVersion"_L1).toString(),
                         object.value("status"_L1).toObject().value("phase"_L1).toString()});
    }
    return kind;
}

bool TestInformerFaults::matchesStore(QString *difference) const
{
    const QList<std::pair<QString, const Kind *>> kinds = {{u"cstorvolumereplicas"_s, &m_cvrs},
                                                           {u"cstorvolumes"_s, &m_cvs},
                                                           {u"cstorvolumeconfigs"_s, &m_cvcs},
                                                           {u"cstorpoolinstances"_s, &m_cspis}};
    for (const auto &[resource, seen] : kinds) {
        const Kind expected = storeState(resource);
        if (*seen != expected) {
            *difference = u"%1 differ\nwatcher:\n%2\nstore:\n%3"_s.arg(resource, describe(*seen),
                                                                       describe(expected));
            return false;
        }
    }
    return true;
}

// Annotates a pool instance so that something changes while the watches are down.
std::pair<QString, qint64> TestInformerFaults::touchCspi(int n, const QString &resource)
{
    Sim::ObjectStore *store = m_sim->sim()->store();
    QList<QJsonObject> pools = store->list(resource, kNamespace);
    if (pools.isEmpty())
        return {};
    QJsonObject pool = pools.at(n % pools.size());
    QJsonObject meta = pool.value("metadata"_L1).toObject();
    QJsonObject annotations = meta.value("annotations"_L1).toObject();
    annotations.insert(u"test.cstor.openebs.io/touch"_s, QString::number(n));
    meta.insert("annotations"_L1, annotations);
    pool.insert("metadata"_L1, meta);
    const auto result = store->update(resource, pool);
    if (!std::holds_alternative<QJsonObject>(result))
        return {};
    const QJsonObject stored = std::get<QJsonObject>(result).value("metadata"_L1).toObject();
    return {stored.value("uid"_L1).toString(),
            stored.value("resourceVersion"_L1).toString().toLongLong()};
}

bool TestInformerFaults::injectAndRecover(const QJsonObject &fault, const char *what)
{
    Sim::FaultPlan *faults = m_sim->sim()->faults();
    QString error;
    if (!faults->apply(fault, &error)) {
        qWarning("%s: %s", what, qPrintable(error));
        return false;
    }
    return true;
}

// Adds psz5 to the seed volume's CVC, as an operator scaling it up would.
void TestInformerFaults::startScaleUp()
{
    Sim::ObjectStore *store = m_sim->sim()->store();
    std::optional<QJsonObject> cvc = store->get(u"cstorvolumeconfigs"_s, kNamespace, kVolume);
    QVERIFY(cvc);
    QJsonObject spec = cvc->value("spec"_L1).toObject();
    QJsonObject policy = spec.value("policy"_L1).toObject();
    QJsonArray pools = policy.value("replicaPoolInfo"_L1).toArray();
    pools.append(QJsonObject{{u"poolName"_s, kNewPool}});
    policy.insert("replicaPoolInfo"_L1, pools);
    spec.insert("policy"_L1, policy);
    cvc->insert("spec"_L1, spec);
    QVERIFY(std::holds_alternative<QJsonObject>(store->update(u"cstorvolumeconfigs"_s, *cvc)));
}

// Deletes a replica of a volume other than the seed's one, and notes its uid.
void TestInformerFaults::removeAnotherVolumesReplica()
{
    Sim::ObjectStore *store = m_sim->sim()->store();
    const QList<QJsonObject> cvrs = store->list(u"cstorvolumereplicas"_s, kNamespace);
    const auto other = std::find_if(cvrs.cbegin(), cvrs.cend(), [](const QJsonObject &o) {
        return !o.value("metadata"_L1).toObject().value("name"_L1).toString().startsWith(kVolume);
    });
    QVERIFY(other != cvrs.cend());
    m_deletedUid = other->value("metadata"_L1).toObject().value("uid"_L1).toString();
    QVERIFY(std::holds_alternative<QJsonObject>(
        store->remove(u"cstorvolumereplicas"_s, kNamespace,
                      other->value("metadata"_L1).toObject().value("name"_L1).toString())));
}

void TestInformerFaults::convergesAfterEveryFault()
{
    m_watcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_watcher->isSynced(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_watcher->state(), Kube::ConnectionState::Live, 30000);

    // Start a scale-up: the controllers create a replica on psz5 and rebuild it meanwhile.
    startScaleUp();
    if (QTest::currentTestFailed())
        return;
    const QString newCvr = kVolume + u"-"_s + kNewPool;
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_cvrs.cbegin(), m_cvrs.cend(),
                                         [&](const Seen &s) { return s.name == newCvr; }),
                             30000);

    Sim::FaultPlan *faults = m_sim->sim()->faults();
    const QList<std::pair<const char *, QJsonObject>> plan = {
        {"410 Expired on every watch", {{u"expireWatches"_s, true}}},
        {"watch streams dropped", {{u"dropWatches"_s, true}}},
        {"429 with Retry-After on the reconnect",
         {{u"throttleNext"_s, 3}, {u"retryAfterSeconds"_s, 1}, {u"dropWatches"_s, true}}},
        {"500 on the reconnect", {{u"failNext"_s, 4}, {u"dropWatches"_s, true}}},
        {"connections dropped on the relist", {{u"dropNext"_s, 3}, {u"expireWatches"_s, true}}},
        {"410 and 500 together", {{u"failNext"_s, 2}, {u"expireWatches"_s, true}}},
    };
    int step = 0;
    for (const auto &[what, fault] : plan) {
        // A change seen through the pool instances' watch: that stream is open now.
        const auto [probe, probeVersion] = touchCspi(100 + step);
        QVERIFY(!probe.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_cspis.value(probe).resourceVersion.toLongLong() >= probeVersion,
                                 60000);
        const int deltasBefore = m_deltas;
        const int relistsBefore = m_relists;
        const qsizetype statesBefore = m_states.size();
        QVERIFY2(injectAndRecover(fault, what), what);
        const auto [touched, touchedVersion] = touchCspi(step);
        QVERIFY(!touched.isEmpty());
        if (step == 1) {
            // A replica of another volume goes while the streams are down.
            removeAnotherVolumesReplica();
            if (QTest::currentTestFailed())
                return;
        }
        ++step;
        // Every one-shot and counted fault is used up by the watcher's own requests.
        QTRY_VERIFY2_WITH_TIMEOUT(!faults->dropWatches && !faults->expireWatches &&
                                      faults->throttleNext == 0 && faults->failNext == 0 &&
                                      faults->dropNext == 0,
                                  what, 60000);
        // The watcher notices (it says it is reconnecting), recovers, and catches up with the
        // change made while it was down.
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_states.mid(statesBefore).contains(Kube::ConnectionState::Reconnecting), what, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->state(), Kube::ConnectionState::Live, 60000);
        QTRY_VERIFY2_WITH_TIMEOUT(m_deltas > deltasBefore &&
                                      m_cspis.value(touched).resourceVersion.toLongLong() >=
                                          touchedVersion,
                                  what, 60000);
        if (fault.contains("expireWatches"_L1))
            QTRY_VERIFY2_WITH_TIMEOUT(m_relists > relistsBefore, what, 60000);
    }

    // Freeze the cluster, then the watcher's view must equal the store object by object.
    QString error;
    QVERIFY2(faults->apply({{u"pausedControllers"_s,
                             QJsonArray{u"cvc"_s, u"pool"_s, u"target"_s, u"cspc"_s}}},
                           &error),
             qPrintable(error));
    touchCspi(step++); // one more change after the pause, which must arrive too
    QString difference;
    QTRY_VERIFY2_WITH_TIMEOUT(matchesStore(&difference), qPrintable(difference), 30000);
    QCOMPARE(m_watcher->state(), Kube::ConnectionState::Live);
    if (!storeState(u"cstorvolumereplicas"_s).contains(m_deletedUid))
        QVERIFY(!m_cvrs.contains(m_deletedUid));
    QVERIFY(!m_cvrs.isEmpty() && !m_cvs.isEmpty() && !m_cvcs.isEmpty() && !m_cspis.isEmpty());
}

// A kind's first list is shown as its pages come (the first page replaces the kind, the others
// add); once shown, a kind relisted after an expired watch is replaced in one delta holding all
// of it, so that nothing shown vanishes part way through a relist.
void TestInformerFaults::firstListShowsPagesARelistReplacesWhole()
{
    m_watcher.reset();
    m_sim = std::make_unique<SimHarness>();
    SimHarness::Options options;
    options.generateSpec = u"nodes=6,pools-per-node=1,volumes=400,replicas=3"_s; // 3 pages of CVRs
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    constexpr int kReplicas = 1200;
    QCOMPARE(m_sim->sim()->store()->list(u"cstorvolumereplicas"_s, kNamespace).size(), kReplicas);
    // Pages a good while apart, so that each is decoded and delivered before the next comes.
    QString faultError;
    QVERIFY2(m_sim->sim()->faults()->apply({{u"latencyMs"_s, 150}}, &faultError),
             qPrintable(faultError));
    const auto config = m_sim->clusterConfig(QString(), &error);
    QVERIFY2(config, qPrintable(error));
    Kube::ClusterWatcher watcher(*config, kNamespace);
    Kind replicas;
    QList<std::pair<bool, qsizetype>> beforeSync; // replicas deltas: replaceAll, objects
    QList<std::pair<bool, qsizetype>> afterSync;
    connect(&watcher, &Kube::ClusterWatcher::delta, this, [&](const Kube::ClusterDelta &delta) {
        if (delta.replicas.isEmpty())
            return;
        accumulate(&replicas, delta.replicas);
        (watcher.isSynced() ? afterSync : beforeSync)
            .append({delta.replicas.replaceAll, delta.replicas.upserted.size()});
    });
    QSignalSpy synced(&watcher, &Kube::ClusterWatcher::synced);
    QVERIFY(!watcher.firstListTimings().measured);
    watcher.start();
    QVERIFY(synced.wait(60000));
    QCOMPARE(replicas.size(), kReplicas);
    // Where the first list spent its time: the replicas' three pages one after the other, each
    // 150 ms late, came in before every kind was decoded.
    const Kube::FirstListTimings timings = watcher.firstListTimings();
    QVERIFY(timings.measured);
    QVERIFY2(timings.pages >= 3, qPrintable(QString::number(timings.pages)));
    QVERIFY2(timings.lastPageMs >= 3 * 150, qPrintable(QString::number(timings.lastPageMs)));
    QVERIFY(timings.listedMs >= timings.lastPageMs);
    QVERIFY(timings.bytes > 200 * kReplicas);
    qInfo("first list: %d pages, %lld bytes, last page at %lld ms, decoded %lld ms, listed at "
          "%lld ms",
          timings.pages, timings.bytes, timings.lastPageMs, timings.decodeMs, timings.listedMs);
    // The first delta replaced the kind with part of it; more followed.
    QVERIFY(!beforeSync.isEmpty());
    QVERIFY(beforeSync.first().first);
    QVERIFY2(beforeSync.first().second < kReplicas,
             qPrintable(u"first delta held %1 replicas"_s.arg(beforeSync.first().second)));
    QVERIFY(beforeSync.size() >= 2);

    // Once a change is seen through the replicas' watch, that stream is open: expire it (and
    // the others), and every kind is listed again; the replicas come back as one.
    QVERIFY2(m_sim->sim()->faults()->apply({{u"latencyMs"_s, 0}}, &faultError),
             qPrintable(faultError));
    const auto [probe, probeVersion] = touchCspi(1, u"cstorvolumereplicas"_s);
    QVERIFY(!probe.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(replicas.value(probe).resourceVersion.toLongLong() >= probeVersion,
                             60000);
    QVERIFY2(m_sim->sim()->faults()->apply({{u"expireWatches"_s, true}}, &faultError),
             qPrintable(faultError));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(afterSync.cbegin(), afterSync.cend(), [](const auto &d) { return d.first; }),
        60000);
    for (const auto &[replaceAll, objects] : std::as_const(afterSync)) {
        // (More when watch events that came during the relist's decoding were merged in.)
        if (replaceAll)
            QVERIFY2(objects >= kReplicas, qPrintable(u"a relist of %1 replicas"_s.arg(objects)));
    }
    QCOMPARE(replicas.size(), kReplicas);
}

QTEST_GUILESS_MAIN(TestInformerFaults)
#include "tst_informerfaults.moc"
