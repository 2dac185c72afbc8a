// The soak: the console's migration engine (cstor-soak-console, a process of its own: the
// figures are of the process that holds the engine) runs against a simulated cluster (in this
// process, watched by the safety watch) for hours of simulated time, under status churn, node
// losses and returns, pools read-only for a while, watch streams expired and dropped, 429s with
// Retry-After and 500s, while an operator (this test) keeps a stream of moves going: a replica of
// a volume that is Healthy and not moving, to a pool on a node that holds none of the volume,
// and cancels a move that has not ended in 40 simulated minutes. At the end the faults are
// cleared, the moves left finish, and the engine's process ends with its input.
// Checked (the invariants): the safety watch saw no pool leave a volume while the pools it kept
// held fewer Healthy replicas than its count, nor two moves of one volume (a replica that a
// fault takes away after the console's fresh reads, within the 2 s it has to send the
// scale-down, or between such a safe scale-down and the controller deleting the replica
// removed, is a race, counted and printed, as tst_faultschedules counts them); every
// move of the journal ended and every line of it reads; every volume is back to its count of
// Healthy replicas on as many nodes; the open file descriptors are flat after the warm-up (the
// first quarter; the later half's peak no higher than the earlier half's, plus two for
// connections being replaced); in runs of 4 simulated hours and more (the full form) resident
// memory is flat within 5 % after the warm-up too (the median of the later half of the samples
// no more than 5 % above the earlier half's; shorter runs print it: their few watch expiries
// cannot tell the warm-up from growth).
// Printed: moves done, rolled back, failed and cancelled (with the reasons), the faults applied,
// the resident memory and descriptor series with their spread.
// CSTOR_SOAK_MINUTES (simulated; default 40, the CI form), CSTOR_SOAK_SPEED (default 60),
// CSTOR_SOAK_SEED (default 3) and CSTOR_SOAK_WITHOUT (parts left out: churn, nodes, readonly,
// expire, drop, throttle, fail, moves); tests/soak/run-soak.sh --full runs 8 hours at speed 40.
#include "models/sim/statuschurn.h"
#include "models/sim/store/faultplan.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/poolmanager.h"
#include "tests/common/journalreading.h"
#include "tests/common/replicasafety.h"
#include "tests/common/simharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kCluster = u"nodes=8,pools-per-node=1,volumes=40,replicas=3,volume-size=1Gi-2Gi,"
                         u"used=20%-50%,disk-size=40G"_s;
const QString kNamespace = u"openebs"_s;
constexpr int kMovesAtOnce = 3;
constexpr int kCancelAfterMinutes = 40;
constexpr int kChurnPerSecond = 20;
constexpr double kWarmUpShare = 0.25;
constexpr double kRssGrowthLimit = 0.05;
constexpr int kJudgedMinutes = 240; // runs this long have their memory judged
constexpr int kEndTimeoutMs = 180000;
// After the faults end, every volume back to its count within this much simulated time: a
// rebuild copies at most 2 GiB at the pool's 5 MiB/s, shared by at most a few, so a replica
// still not Healthy by then is stuck, not slow.
constexpr int kSettleMinutes = 120;

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// A process's memory (kB) as /proc/PID/status has it: resident in all (VmRSS), and of that
// anonymous (RssAnon: the heap, stacks) and file-backed (RssFile: the code and data of the
// program and its libraries, resident as they are used).
qint64 statusKb(qint64 pid, const QByteArray &field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? double(values.at(middle))
                             : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

int openDescriptors(qint64 pid)
{
    return int(
        QDir(u"/proc/%1/fd"_s.arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void engineUnderFaultsForHours();

private:
    struct Sample
    {
        double hours = 0;
        qint64 rssKb = 0;
        qint64 anonKb = 0;
        int fds = 0;
        int events = 0; // Events in the cluster (the console keeps those of its namespace)
        int moves = 0;  // ended so far
    };
    struct Running
    {
        QString volume;
        qint64 startedMs = 0;
    };

    Sim::ObjectStore *store() const { return m_sim.sim()->store(); }
    Sim::SimClock *clock() const { return m_sim.sim()->clock(); }
    Sim::FaultPlan *faults() const { return m_sim.sim()->faults(); }
    double simMinutes() const { return (clock()->nowMs() - m_t0) / 60000.0; }
    void send(const QString &line);
    void onLine(const QString &line);
    void startMoves();
    bool startMove();
    void cancelLate();
    // Every few simulated minutes, again and again until the end (or for good): `what` once
    // more.
    void every(double minMinutes, double maxMinutes, const std::function<void()> &what,
               bool untilTheEnd = true);
    void nodeLoss();
    void readOnlyEpisode();
    void applyFaults(const QJsonObject &changes);
    void sample();
    QString unsettled(QString *volume = nullptr) const;
    QString volumeStory(const QString &volume) const;
    QString report() const;

    SimHarness m_sim;
    std::unique_ptr<ReplicaSafety> m_safety;
    QTemporaryDir m_dir;
    QProcess m_console;
    QByteArray m_pending;
    QRandomGenerator m_random;
    quint32 m_seed = 3;
    qint64 m_t0 = 0;
    double m_minutes = 40;
    bool m_ready = false;
    bool m_movesOn = true;
    bool m_ending = false;
    QString m_waitingFor;              // the volume of a move asked for and not yet started
    QHash<QString, Running> m_running; // by move id
    QSet<QString> m_endedUnseen;       // moves that ended before their start was reported
    QSet<QString> m_moving;            // volumes
    QMap<QString, int> m_ended;        // by final state
    QMap<QString, int> m_reasons;      // of moves that failed or were cancelled
    QMap<QString, int> m_faultCounts;
    QStringList m_down;
    QStringList m_readOnly;
    int m_cancels = 0;
    QList<Sample> m_samples;
    QStringList m_protocolErrors;
    QStringList m_raceFaults; // for each of the safety watch's races
};

void TestSoak::initTestCase()
{
    if (qEnvironmentVariable("CSTOR_SOAK_CONSOLE").isEmpty())
        QSKIP("CSTOR_SOAK_CONSOLE does not name the cstor-soak-console program");
    m_seed = quint32(environmentNumber("CSTOR_SOAK_SEED", 3));
    m_minutes = environmentNumber("CSTOR_SOAK_MINUTES", 40);
    m_random.seed(m_seed);
    SimHarness::Options options;
    options.speed = environmentNumber("CSTOR_SOAK_SPEED", 60);
    options.seed = m_seed;
    options.generateSpec = kCluster;
    QString error;
    QVERIFY2(m_sim.start(options, &error), qPrintable(error));
    m_safety = std::make_unique<ReplicaSafety>(store());
    m_safety->setDeletionRaces(true);
    // The console's scale-down goes out within 2 s of the answers to its fresh reads
    // (kScaleDownFreshMs); those answers, and the patch, may each take a while more to travel
    // on a loaded machine.
    m_safety->setDecisionWindow(4000);
    // A race the safety watch counts is noted with the faults on at the time.
    connect(store(), &Sim::ObjectStore::changed, this, [this] {
        while (m_raceFaults.size() < m_safety->races().size())
            m_raceFaults << u"at %1 h, nodes down: %2, pools read-only: %3"_s
                                .arg(simMinutes() / 60, 0, 'f', 2)
                                .arg(m_down.isEmpty() ? u"none"_s : m_down.join(u' '),
                                     m_readOnly.isEmpty() ? u"none"_s : m_readOnly.join(u' '));
    });
}

void TestSoak::send(const QString &line)
{
    m_console.write(line.toUtf8() + '\n');
}

void TestSoak::onLine(const QString &line)
{
    const QStringList words = line.split(u' ');
    if (words.value(0) == "ready"_L1) {
        m_ready = true;
    } else if (words.value(0) == "started"_L1 && words.size() >= 3) {
        m_waitingFor.clear();
        if (m_endedUnseen.remove(words[1]))
            m_moving.remove(words[2]); // refused at once, before start() returned
        else
            m_running.insert(words[1], {words[2], clock()->nowMs()});
    } else if (words.value(0) == "finished"_L1 && words.size() >= 3) {
        if (m_running.contains(words[1]))
            m_moving.remove(m_running.take(words[1]).volume);
        else
            m_endedUnseen.insert(words[1]);
        ++m_ended[words[2]];
        if (words[2] != "Done"_L1) {
            // The reason's first words: what kind of end it was.
            ++m_reasons[words[2] + u": "_s + words.mid(3, 6).join(u' ')];
        }
    } else if (words.value(0) == "refused-cancel"_L1 || words.value(0) == "changed"_L1) {
        // Nothing to do: a move too far along to cancel ends by itself.
    } else {
        m_protocolErrors << line;
    }
    if (!m_ending)
        startMoves();
}

void TestSoak::startMoves()
{
    while (m_movesOn && m_ready && !m_ending && m_waitingFor.isEmpty() &&
           m_running.size() < kMovesAtOnce) {
        if (!startMove())
            break;
    }
}

bool TestSoak::startMove()
{
    QHash<QString, QString> nodeOf;
    QStringList usable; // pools an operator would pick: online, writable, node up
    for (const QJsonObject &cspi : store()->list(u"cstorpoolinstances"_s, kNamespace)) {
        const QString pool = ReplicaSafety::nameOf(cspi);
        const QString node = cspi.value("spec"_L1).toObject().value("hostName"_L1).toString();
        nodeOf.insert(pool, node);
        if (!m_down.contains(node) && !m_readOnly.contains(pool) &&
            ReplicaSafety::phaseOf(cspi) == "ONLINE"_L1 &&
            !cspi.value("status"_L1).toObject().value("readOnly"_L1).toBool())
            usable << pool;
    }
    usable.sort();
    QStringList volumes = m_safety->replicaCounts().keys();
    volumes.sort();
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QString volume = volumes.at(m_random.bounded(int(volumes.size())));
        if (m_moving.contains(volume))
            continue;
        const QStringList pools =
            ReplicaSafety::specPools(store()->get(u"cstorvolumeconfigs"_s, kNamespace, volume));
        if (pools.size() != m_safety->replicaCounts().value(volume) ||
            m_safety->healthyReplicas(volume) != pools.size())
            continue;
        QStringList used;
        for (const QString &pool : pools)
            used << nodeOf.value(pool);
        QStringList targets;
        for (const QString &pool : std::as_const(usable)) {
            if (!used.contains(nodeOf.value(pool)))
                targets << pool;
        }
        if (targets.isEmpty())
            continue;
        const QString from = pools.at(m_random.bounded(int(pools.size())));
        const QString to = targets.at(m_random.bounded(int(targets.size())));
        m_moving.insert(volume);
        m_waitingFor = volume;
        send(u"move %1 %2 %3"_s.arg(volume, from, to));
        return true;
    }
    return false;
}

void TestSoak::cancelLate()
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (clock()->nowMs() - it->startedMs > kCancelAfterMinutes * 60000LL &&
            it->startedMs >= 0) {
            send(u"cancel "_s + it.key());
            it->startedMs = -1; // asked once
            ++m_cancels;
        }
    }
}

void TestSoak::every(double minMinutes, double maxMinutes, const std::function<void()> &what,
                     bool untilTheEnd)
{
    const double minutes = minMinutes + m_random.bounded(maxMinutes - minMinutes);
    clock()->callAfter(minutes * 60, this, [this, minMinutes, maxMinutes, what, untilTheEnd] {
        if (m_ending && untilTheEnd)
            return;
        what();
        every(minMinutes, maxMinutes, what, untilTheEnd);
    });
}

void TestSoak::applyFaults(const QJsonObject &changes)
{
    QString error;
    if (!faults()->apply(changes, &error))
        m_protocolErrors << u"faults: "_s + error;
}

void TestSoak::nodeLoss()
{
    QStringList nodes;
    for (const QJsonObject &cspi : store()->list(u"cstorpoolinstances"_s, kNamespace))
        nodes << cspi.value("spec"_L1).toObject().value("hostName"_L1).toString();
    nodes.sort();
    const QString node = nodes.at(m_random.bounded(int(nodes.size())));
    if (m_down.contains(node))
        return;
    m_down << node;
    ++m_faultCounts[u"node lost"_s];
    applyFaults({{u"downNodes"_s, QJsonArray::fromStringList(m_down)}});
    const double minutes = 3 + m_random.bounded(12.0);
    clock()->callAfter(minutes * 60, this, [this, node] {
        m_down.removeAll(node);
        applyFaults({{u"downNodes"_s, QJsonArray::fromStringList(m_down)}});
    });
}

void TestSoak::readOnlyEpisode()
{
    QStringList pools;
    for (const QJsonObject &cspi : store()->list(u"cstorpoolinstances"_s, kNamespace))
        pools << ReplicaSafety::nameOf(cspi);
    pools.sort();
    const QString pool = pools.at(m_random.bounded(int(pools.size())));
    if (m_readOnly.contains(pool))
        return;
    m_readOnly << pool;
    ++m_faultCounts[u"pool read-only"_s];
    applyFaults({{u"readOnlyPools"_s, QJsonArray::fromStringList(m_readOnly)}});
    const double minutes = 5 + m_random.bounded(15.0);
    clock()->callAfter(minutes * 60, this, [this, pool] {
        m_readOnly.removeAll(pool);
        applyFaults({{u"readOnlyPools"_s, QJsonArray::fromStringList(m_readOnly)}});
    });
}

void TestSoak::sample()
{
    const qint64 pid = m_console.processId();
    Sample sample;
    sample.hours = simMinutes() / 60.0;
    sample.rssKb = statusKb(pid, "VmRSS");
    sample.anonKb = statusKb(pid, "RssAnon");
    sample.fds = openDescriptors(pid);
    sample.events = store()->count(u"events"_s);
    for (const int count : std::as_const(m_ended))
        sample.moves += count;
    m_samples << sample;
}

// The first volume not back to its count, in words ("" when all are), and which it is.
QString TestSoak::unsettled(QString *volume) const
{
    QHash<QString, QString> nodeOf;
    for (const QJsonObject &cspi : store()->list(u"cstorpoolinstances"_s, kNamespace))
        nodeOf.insert(ReplicaSafety::nameOf(cspi),
                      cspi.value("spec"_L1).toObject().value("hostName"_L1).toString());
    QHash<QString, QSet<QString>> nodes;
    QHash<QString, int> replicas;
    for (const QJsonObject &cvr : store()->list(u"cstorvolumereplicas"_s, kNamespace)) {
        const QJsonObject labels =
            cvr.value("metadata"_L1).toObject().value("labels"_L1).toObject();
        const QString of = labels.value("openebs.io/persistent-volume"_L1).toString();
        if (ReplicaSafety::phaseOf(cvr) != "Healthy"_L1) {
            if (volume)
                *volume = of;
            return u"%1 is %2"_s.arg(ReplicaSafety::nameOf(cvr), ReplicaSafety::phaseOf(cvr));
        }
        ++replicas[of];
        nodes[of].insert(
            nodeOf.value(labels.value("cstorpoolinstance.openebs.io/name"_L1).toString()));
    }
    const QHash<QString, int> &counts = m_safety->replicaCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (replicas.value(it.key()) != it.value() || nodes.value(it.key()).size() != it.value()) {
            if (volume)
                *volume = it.key();
            return u"%1 has %2 Healthy replicas on %3 nodes, not %4"_s.arg(it.key())
                .arg(replicas.value(it.key()))
                .arg(nodes.value(it.key()).size())
                .arg(it.value());
        }
    }
    return {};
}

// What the data plane knows of a volume's replicas, for a volume that does not settle: whether
// each is connected, rebuilding (how far, from which replica, at what rate) or stalled, and why.
QString TestSoak::volumeStory(const QString &volume) const
{
    QStringList replicas;
    for (const Sim::Zvol *zvol : m_sim.sim()->poolManager()->zvolsOf(volume)) {
        replicas << u"%1 on %2: %3, %4, quorum %5, rebuild %6%7 %8/%9 MiB at %10 B/s from %11%12"_s
                        .arg(zvol->cvr, zvol->pool, zvol->zfsStatus(),
                             zvol->connected ? u"connected"_s : u"not connected"_s,
                             zvol->quorum ? u"on"_s : u"off"_s,
                             zvol->rebuildRequested ? u"requested"_s : u"not requested"_s,
                             zvol->rebuilding ? (zvol->mesh ? u", mesh"_s : u", running"_s) : u""_s)
                        .arg(zvol->rebuildCopied / (1 << 20), 0, 'f', 0)
                        .arg(zvol->rebuildTotal / (1 << 20), 0, 'f', 0)
                        .arg(zvol->rate, 0, 'f', 0)
                        .arg(zvol->helper.isEmpty() ? u"-"_s : zvol->helper,
                             zvol->stallReason.isEmpty() ? u""_s
                                                         : u", stalled: "_s + zvol->stallReason);
    }
    return u"its replicas in the data plane: "_s + replicas.join(u"; "_s);
}

QString TestSoak::report() const
{
    QStringList lines;
    int ended = 0;
    for (const int count : m_ended)
        ended += count;
    lines << u"moves: %1 ended: %2 done, %3 rolled back, %4 failed, %5 cancelled before they "
             u"started; %6 cancels asked"_s.arg(ended)
                 .arg(m_ended.value(u"Done"_s))
                 .arg(m_ended.value(u"RolledBack"_s))
                 .arg(m_ended.value(u"Failed"_s))
                 .arg(m_ended.value(u"Cancelled"_s))
                 .arg(m_cancels);
    for (auto it = m_reasons.begin(); it != m_reasons.end(); ++it)
        lines << u"  %1x %2"_s.arg(it.value()).arg(it.key());
    QStringList applied;
    for (auto it = m_faultCounts.begin(); it != m_faultCounts.end(); ++it)
        applied << u"%1 %2"_s.arg(it.value()).arg(it.key());
    lines << u"faults: "_s + applied.join(u", "_s) +
                 u"; status churn %1 updates/s"_s.arg(kChurnPerSecond);
    for (const QString &violation : m_safety->violations())
        lines << u"  safety watch: "_s + violation;
    const QStringList races = m_safety->races();
    lines << u"races (a replica removed by a scale-down that was safe when the console made it, "
             u"another replica of the volume no longer Healthy when the controller deleted it): "
             u"%1"_s.arg(races.size());
    for (qsizetype i = 0; i < races.size(); ++i)
        lines << u"  %1; %2"_s.arg(races.at(i), m_raceFaults.value(i));
    QStringList series;
    for (const Sample &sample : m_samples)
        series << u"%1h %2/%3MB %4fd %5ev"_s.arg(sample.hours, 0, 'f', 2)
                      .arg(sample.rssKb / 1024.0, 0, 'f', 1)
                      .arg(sample.anonKb / 1024.0, 0, 'f', 1)
                      .arg(sample.fds)
                      .arg(sample.events);
    lines << u"samples (simulated hours, resident memory / of it anonymous, open descriptors, "
             u"Events in the cluster): "_s +
                 series.join(u", "_s);
    return lines.join(u'\n');
}

void TestSoak::engineUnderFaultsForHours()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QString journal = m_dir.filePath(u"migrations.jsonl"_s);
    qInfo("soak: %.0f simulated minutes at speed %.0f, seed %u, cluster %s", m_minutes,
          clock()->speed(), m_seed, qPrintable(kCluster));
    connect(&m_console, &QProcess::readyReadStandardOutput, this, [this] {
        m_pending += m_console.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_pending.left(end));
            m_pending.remove(0, end + 1);
            onLine(line);
        }
    });
    // Its log (the client's retries, mostly) goes to a file; the report counts the lines.
    const QString log = m_dir.filePath(u"console.log"_s);
    m_console.setStandardErrorFile(log);
    m_console.start(qEnvironmentVariable("CSTOR_SOAK_CONSOLE"),
                    {u"--kubeconfig"_s, m_sim.kubeconfigPath(), u"--journal"_s, journal,
                     u"--audit"_s, m_dir.filePath(u"audit.jsonl"_s)});
    QVERIFY2(m_console.waitForStarted(), qPrintable(m_console.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_ready || m_console.state() == QProcess::NotRunning, 30000);
    QVERIFY2(m_ready, "cstor-soak-console did not sync");

    m_t0 = clock()->nowMs();
    // CSTOR_SOAK_WITHOUT (e.g. "churn,expire"): the parts left out, to tell which one a figure
    // comes from.
    const QStringList without = qEnvironmentVariable("CSTOR_SOAK_WITHOUT").split(u',');
    const auto with = [&without](const QString &part) { return !without.contains(part); };
    if (with(u"churn"_s))
        m_sim.sim()->statusChurn()->setRate(kChurnPerSecond);
    if (with(u"nodes"_s))
        every(15, 40, [this] { nodeLoss(); });
    if (with(u"readonly"_s))
        every(10, 30, [this] { readOnlyEpisode(); });
    if (with(u"expire"_s)) {
        every(10, 20, [this] {
            ++m_faultCounts[u"watches expired (410)"_s];
            applyFaults({{u"expireWatches"_s, true}});
        });
    }
    if (with(u"drop"_s)) {
        every(20, 40, [this] {
            ++m_faultCounts[u"watches dropped"_s];
            applyFaults({{u"dropWatches"_s, true}});
        });
    }
    if (with(u"throttle"_s)) {
        every(4, 10, [this] {
            ++m_faultCounts[u"429 bursts"_s];
            applyFaults(
                {{u"throttleNext"_s, faults()->throttleNext + 3}, {u"retryAfterSeconds"_s, 1}});
        });
    }
    if (with(u"fail"_s)) {
        every(4, 10, [this] {
            ++m_faultCounts[u"500 bursts"_s];
            applyFaults({{u"failNext"_s, faults()->failNext + 3}});
        });
    }
    m_movesOn = with(u"moves"_s);
    every(1, 1.01, [this] {
        cancelLate();
        startMoves();
    });
    const double sampleMinutes = std::max(1.0, m_minutes / 96);
    sample();
    every(sampleMinutes, sampleMinutes * 1.0001, [this] { sample(); });
    startMoves();

    // The hours go by; the engine's process must not end meanwhile.
    const int runMs = int(m_minutes * 60000 / clock()->speed()) + 60000;
    QTRY_VERIFY_WITH_TIMEOUT(simMinutes() >= m_minutes || m_console.state() == QProcess::NotRunning,
                             runMs);
    QVERIFY2(m_console.state() == QProcess::Running,
             qPrintable(u"seed %1: cstor-soak-console ended at %2 simulated minutes (exit %3)"_s
                            .arg(m_seed)
                            .arg(simMinutes(), 0, 'f', 1)
                            .arg(m_console.exitCode())));
    sample();

    // The end: the faults cleared, the moves left finish (a late one cancelled).
    m_ending = true;
    m_sim.sim()->statusChurn()->setRate(0);
    m_down.clear();
    m_readOnly.clear();
    applyFaults({{u"downNodes"_s, QJsonArray()},
                 {u"readOnlyPools"_s, QJsonArray()},
                 {u"throttleNext"_s, 0},
                 {u"failNext"_s, 0}});
    every(
        1, 1.01, [this] { cancelLate(); }, false);
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_running.isEmpty() && m_waitingFor.isEmpty(),
        qPrintable(u"seed %1: moves still running: %2"_s.arg(m_seed).arg(
            QStringList(m_running.keyBegin(), m_running.keyEnd()).join(u", "_s))),
        kEndTimeoutMs);
    m_console.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(m_console.state() == QProcess::NotRunning, 30000);
    const bool cleanExit =
        m_console.exitStatus() == QProcess::NormalExit && m_console.exitCode() == 0;

    // The invariants: the safety watch, the journal, the cluster back to every volume's count.
    const qint64 settleFrom = clock()->nowMs();
    const bool settled = QTest::qWaitFor([this] { return unsettled().isEmpty(); },
                                         int(kSettleMinutes * 60000 / clock()->speed()));
    // Told once, when the wait is over: the story of the volume that did not settle.
    QString stuck;
    QString notSettled = settled ? QString() : unsettled(&stuck);
    if (!notSettled.isEmpty())
        notSettled += u"; "_s + volumeStory(stuck);
    qInfo("the volumes %s after %.1f simulated minutes", settled ? "settled" : "did not settle",
          (clock()->nowMs() - settleFrom) / 60000.0);
    const JournalReading reading = JournalReading::read(journal);
    QStringList notEnded;
    for (const QString &id : reading.order) {
        const QString state = reading.lastState.value(id);
        if (!JournalReading::isFinal(state) && state != "Failed"_L1 && state != "Cancelled"_L1)
            notEnded << id + u' ' + state;
    }
    const qsizetype breaks = m_safety->violations().size() + reading.unreadable.size() +
                             notEnded.size() + (notSettled.isEmpty() ? 0 : 1);

    qInfo("%s", qPrintable(report()));
    qInfo("invariant breaks: %lld (safety watch %lld, journal lines unreadable %lld of %d, moves "
          "not ended %lld, volumes not back to their count %d%s)",
          qlonglong(breaks), qlonglong(m_safety->violations().size()),
          qlonglong(reading.unreadable.size()), reading.lines, qlonglong(notEnded.size()),
          notSettled.isEmpty() ? 0 : 1,
          qPrintable(notSettled.isEmpty() ? u""_s : u": "_s + notSettled));
    QFile logFile(log);
    const qsizetype logLines =
        logFile.open(QIODevice::ReadOnly) ? logFile.readAll().count('\n') : qsizetype(-1);
    qInfo("real time %.1f s; cstor-soak-console ended %s; its log: %lld lines",
          elapsed.elapsed() / 1000.0, cleanExit ? "cleanly" : "with a crash or an error",
          qlonglong(logLines));

    // The figures: resident memory and descriptors after the warm-up.
    QList<Sample> after;
    for (const Sample &sample : std::as_const(m_samples)) {
        if (sample.hours * 60 >= m_minutes * kWarmUpShare)
            after << sample;
    }
    QVERIFY(after.size() >= 4);
    qint64 low = after.first().rssKb;
    qint64 high = low;
    for (const Sample &sample : std::as_const(after)) {
        low = std::min(low, sample.rssKb);
        high = std::max(high, sample.rssKb);
    }
    const double spread = double(high - low) / double(low);
    // Flat: the later half's median no more than 5 % above the earlier half's (a trend, not one
    // sample's bump); the spread is printed.
    QList<qint64> earlierRss;
    QList<qint64> laterRss;
    QList<qint64> earlierAnon;
    QList<qint64> laterAnon;
    int earlierFds = 0;
    int laterFds = 0;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const bool earlier = i < after.size() / 2;
        (earlier ? earlierRss : laterRss) << after.at(i).rssKb;
        (earlier ? earlierAnon : laterAnon) << after.at(i).anonKb;
        int &peak = earlier ? earlierFds : laterFds;
        peak = std::max(peak, after.at(i).fds);
    }
    const double growth = median(laterRss) / median(earlierRss) - 1;
    qInfo("after the warm-up (%d samples from %.2f h): resident memory %.1f-%.1f MB, spread %.1f "
          "%%; median %.1f MB in the earlier half, %.1f MB in the later (%+.1f %%; anonymous "
          "%.1f -> %.1f MB); open descriptors: peak %d in the earlier half, %d in the later",
          int(after.size()), after.first().hours, low / 1024.0, high / 1024.0, spread * 100,
          median(earlierRss) / 1024, median(laterRss) / 1024, growth * 100,
          median(earlierAnon) / 1024, median(laterAnon) / 1024, earlierFds, laterFds);

    QVERIFY2(m_protocolErrors.isEmpty(), qPrintable(m_protocolErrors.join(u'\n')));
    QVERIFY2(m_safety->violations().isEmpty(),
             qPrintable(u"seed %1: %2"_s.arg(m_seed).arg(m_safety->stories().join(u'\n'))));
    QVERIFY2(reading.unreadable.isEmpty(), qPrintable(reading.unreadable.join(u'\n')));
    QVERIFY2(notEnded.isEmpty(),
             qPrintable(u"seed %1: moves not ended: %2"_s.arg(m_seed).arg(notEnded.join(u", "_s))));
    QVERIFY2(notSettled.isEmpty(), qPrintable(u"seed %1: %2"_s.arg(m_seed).arg(notSettled)));
    QVERIFY2(cleanExit, "cstor-soak-console did not end cleanly");
    QVERIFY2(laterFds <= earlierFds + 2,
             qPrintable(u"seed %1: open descriptors grew from %2 to %3"_s.arg(m_seed)
                            .arg(earlierFds)
                            .arg(laterFds)));
    if (m_minutes < kJudgedMinutes) {
        qInfo("resident memory not judged: %.0f simulated minutes are too short to tell the "
              "warm-up from growth (%d and more are judged)",
              m_minutes, kJudgedMinutes);
        return;
    }
    QVERIFY2(growth <= kRssGrowthLimit,
             qPrintable(u"seed %1: resident memory grew %2 %% after the warm-up"_s.arg(m_seed).arg(
                 growth * 100, 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
