// `cstor-console migrate` against the simulator's clones-on-pool situation, checked with real
// kubectl (issue #22): the clone's replicas sit on the source volume's pools (CO
// getUsablePoolListForClone), and removing the source's replica from one of them would destroy
// the clone's replica there (the pool-manager's DeleteVolume, `zfs destroy -R`). The console's
// preflight (Preflight::noClonesOnSource, NoClonesOnSourcePool) refuses the move, naming the
// clone, in a dry run and for real, and nothing is patched.
#include "tests/kubectl/simkubectl.h"

#include <QProcessEnvironment>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// models/sim/situations/snapshotsituations.cpp clonesOnPool: the clone and its snapshot.
const QString kClone = u"pvc-7f2e4d1a-8c3b-4a59-b6e0-1d2c3b4a5f69"_s;
const QString kSnapshot = u"snapshot-3e9a1c47-5b2d-4f80-9a6e-7d1c2b3a4f50"_s;
const QString kPoolLabel = u"cstorpoolinstance\\.openebs\\.io/name"_s;
} // namespace

class TestClonesMove : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moveOffAClonesPoolIsRefused();

private:
    ProgramRun kubectl(const QStringList &args) const { return m_sim->kubectl(args); }
    QString get(const QString &what, const QString &path) const
    {
        return m_sim->jsonpath(what, path);
    }
    ProgramRun migrate(const QStringList &args) const;
    // The pools holding the volume's replicas (CVR label), sorted.
    QStringList replicaPools(const QString &volume) const;
    // The CVC's resourceVersion and spec pools, as kubectl reads them.
    QString claim(const QString &volume) const
    {
        return get(u"cvc/"_s + volume,
                   u".metadata.resourceVersion} {.spec.policy.replicaPoolInfo[*].poolName"_s);
    }

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
};

void TestClonesMove::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_console = SimKubectl::consoleProgram();
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 20;
    // Four pools and volumes of two replicas: a pool of the pool cluster holds neither volume.
    options.generateSpec = u"nodes=4,volumes=2,replicas=2,volume-size=1Gi,used=10%"_s;
    QVERIFY(m_sim->start(options));
    const QString problem = m_sim->reachSituation(u"clones-on-pool"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

ProgramRun TestClonesMove::migrate(const QStringList &args) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_sim->dir() + u"/data"_s);
    return runProgram(m_console,
                      QStringList{u"migrate"_s} + args +
                          QStringList{u"--kubeconfig"_s, m_sim->kubeconfig()},
                      {environment, 300000, true});
}

QStringList TestClonesMove::replicaPools(const QString &volume) const
{
    const ProgramRun r = kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                                  u"openebs.io/persistent-volume="_s + volume, u"-o"_s,
                                  u"jsonpath={.items[*].metadata.labels."_s + kPoolLabel + u"}"_s});
    QStringList pools = r.out.split(u' ', Qt::SkipEmptyParts);
    pools.sort();
    return pools;
}

// The source's replica on a pool that holds the clone's replica cannot be moved to a pool of
// the same pool cluster that holds neither: the plan shows the failed check with the clone,
// the verb exits 1 naming it, the CVCs of both volumes keep their resourceVersion and pools,
// and both volumes keep their replicas.
void TestClonesMove::moveOffAClonesPoolIsRefused()
{
    const QString source = get(u"cv/"_s + kClone, u".metadata.labels.openebs\\.io/source-volume"_s);
    QVERIFY2(!source.isEmpty() && !source.startsWith(u"<error"_s), qPrintable(source));
    const QStringList sourcePools = replicaPools(source);
    const QStringList clonePools = replicaPools(kClone);
    QVERIFY2(clonePools.size() >= 2 && clonePools == sourcePools,
             qPrintable(clonePools.join(u' ') + u" | "_s + sourcePools.join(u' ')));
    const QString from = sourcePools.first();
    const QString cspc =
        get(u"cspi/"_s + from, u".metadata.labels.openebs\\.io/cstor-pool-cluster"_s);
    QStringList others =
        get(u"cspi"_s,
            u".items[?(@.metadata.labels.openebs\\.io/cstor-pool-cluster==\"%1\")].metadata.name"_s
                .arg(cspc))
            .split(u' ', Qt::SkipEmptyParts);
    for (const QString &pool : sourcePools)
        others.removeAll(pool);
    QVERIFY2(!others.isEmpty(), qPrintable(cspc));
    const QString to = others.first();

    const QString sourceClaim = claim(source);
    const QString cloneClaim = claim(kClone);
    const QString clone = u"%1 (clone of %2 from snapshot %3)"_s.arg(kClone, source, kSnapshot);
    const QString check = u"No clone of the volume would lose its replica on the source pool"_s;

    for (const QStringList &mode : {QStringList{u"--dry-run"_s}, QStringList{u"--yes"_s}}) {
        const ProgramRun run =
            migrate(QStringList{source, u"--from"_s, from, u"--to"_s, to} + mode);
        QVERIFY2(run.exitCode == 1, qPrintable(run.whole()));
        // The plan's line of the check says FAIL with the clone, the only check failed...
        const QStringList lines = run.out.split(u'\n');
        const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                       [&](const QString &l) { return l.startsWith(check); });
        QVERIFY2(line != lines.cend(), qPrintable(run.whole()));
        QVERIFY2(line->mid(check.size())
                     .simplified()
                     .startsWith(u"FAIL removing %1 from %2"_s.arg(source, from)),
                 qPrintable(*line));
        QVERIFY2(line->endsWith(clone), qPrintable(*line));
        QCOMPARE(run.out.count(u"  FAIL  "_s), 1);
        // ...and the refusal is that check's, naming the clone.
        QVERIFY2(run.err.contains(u"error: refusing to move the replica: "_s + check + u": "_s),
                 qPrintable(run.whole()));
        QVERIFY2(run.err.trimmed().endsWith(clone), qPrintable(run.whole()));
        QCOMPARE(claim(source), sourceClaim);
        QCOMPARE(claim(kClone), cloneClaim);
        QCOMPARE(replicaPools(source), sourcePools);
        QCOMPARE(replicaPools(kClone), clonePools);
    }

    // The control: the clone's other way round has no clone on its pools, so the same
    // preflight passes that check for it (the dry run is accepted).
    const ProgramRun cloneMove =
        migrate({kClone, u"--from"_s, from, u"--to"_s, to, u"--dry-run"_s});
    QVERIFY2(cloneMove.out.contains(u"no clone of %1 has a replica on %2"_s.arg(kClone, from)),
             qPrintable(cloneMove.whole()));
    QCOMPARE(claim(kClone), cloneClaim);
}

QTEST_GUILESS_MAIN(TestClonesMove)
#include "tst_clonesmove.moc"
