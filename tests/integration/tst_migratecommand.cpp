// `cstor-console migrate` and `drain`, the real binary against a simulated cluster running in
// this process: the seed's move end to end, a dry run, refusals (a node that already holds a
// replica, a read-only user, no terminal to ask on, a node whose replicas have nowhere to go),
// draining a node, Ctrl-C rolling a move back, and a killed console's move resumed by the next
// command. Each test has its own cluster and its own journal (HOME and XDG_DATA_HOME point to
// a private directory). Throughout, the simulated cluster is watched for the rule that must
// never break: a replica is removed only while the volume keeps as many Healthy replicas as it
// had before.
#include "models/migration/journal.h"
#include "models/sim/store/objectstore.h"
#include "tests/common/programrun.h"
#include "tests/common/replicasafety.h"
#include "tests/common/seednames.h"
#include "tests/common/simharness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

using SeedNames::k6qkw;
using SeedNames::kCv;
using SeedNames::kCvc;
using SeedNames::kCvr;
using SeedNames::kNamespace;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
using SeedNames::kSpread; // on all three nodes
using SeedNames::kVolume;
constexpr int kProcessTimeoutMs = 60000;

using Result = ProgramRun;

} // namespace

class TestMigrateCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void seedMove();
    void dryRunChangesNothing();
    void refusedMoveNamesTheNode();
    void readOnlyContextIsRefused();
    void noTerminalNeedsYes();
    void drainNode();
    void drainRefusedWhenAReplicaHasNowhereToGo();
    void interruptRollsTheMoveBack();
    void killedMoveIsResumedByTheNextCommand();

private:
    bool startCluster(const QString &scenarioFile = {});
    QProcessEnvironment environment() const;
    QStringList withKubeconfig(QStringList args) const;
    Result console(const QStringList &args);
    QString journalPath() const;
    int journalled(const QString &action) const;
    QStringList cvcPools(const QString &volume) const;
    QStringList replicasOnPool(const QString &pool) const;

    QString m_console;
    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReplicaSafety> m_safety;
};

void TestMigrateCommand::initTestCase()
{
    m_console = qEnvironmentVariable("CSTOR_CONSOLE");
    QVERIFY2(!m_console.isEmpty() && QFileInfo(m_console).isExecutable(),
             "CSTOR_CONSOLE must name the cstor-console binary");
}

void TestMigrateCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"home"_s));
    QVERIFY(QDir(m_dir->path()).mkpath(u"data"_s));
}

void TestMigrateCommand::cleanup()
{
    if (m_safety)
        QVERIFY2(m_safety->violations().isEmpty(), qPrintable(m_safety->violations().join(u'\n')));
    m_safety.reset();
    m_sim.reset();
    m_dir.reset();
}

bool TestMigrateCommand::startCluster(const QString &scenarioFile)
{
    m_sim = std::make_unique<SimHarness>();
    SimHarness::Options options;
    options.speed = 100;
    options.scenarioFile = scenarioFile;
    QString error;
    if (!m_sim->start(options, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_safety = std::make_unique<ReplicaSafety>(m_sim->sim()->store());
    return true;
}

QProcessEnvironment TestMigrateCommand::environment() const
{
    // A private journal and audit log; nothing of the machine's kubeconfig.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KUBECONFIG"_s);
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    return env;
}

QStringList TestMigrateCommand::withKubeconfig(QStringList args) const
{
    return args << u"--kubeconfig"_s << m_sim->kubeconfigPath();
}

Result TestMigrateCommand::console(const QStringList &args)
{
    // Standard input is closed, so it is not a terminal.
    return runProgram(m_console, withKubeconfig(args),
                      {environment(), kProcessTimeoutMs, /*closedInput=*/true});
}

QString TestMigrateCommand::journalPath() const
{
    QDirIterator it(m_dir->filePath(u"data"_s), {u"migrations.jsonl"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

int TestMigrateCommand::journalled(const QString &action) const
{
    const QString path = journalPath();
    if (path.isEmpty())
        return 0;
    int count = 0;
    for (const Migration::JournalEntry &entry : Migration::Journal(path).entries())
        count += entry.action == action ? 1 : 0;
    return count;
}

QStringList TestMigrateCommand::cvcPools(const QString &volume) const
{
    return ReplicaSafety::specPools(m_sim->sim()->store()->get(kCvc, kNamespace, volume));
}

QStringList TestMigrateCommand::replicasOnPool(const QString &pool) const
{
    QStringList names;
    for (const QJsonObject &cvr : m_sim->sim()->store()->list(kCvr, kNamespace)) {
        if (ReplicaSafety::nameOf(cvr).endsWith(u'-' + pool))
            names << ReplicaSafety::nameOf(cvr);
    }
    return names;
}

void TestMigrateCommand::seedMove()
{
    QVERIFY(startCluster());
    const Result r = console(
        {u"migrate"_s, kVolume, u"--from"_s, kPn9p, u"--to"_s, u"e2e1-node3"_s, u"--yes"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.whole()));
    // The plan came first: the checks and the target's capacity before and after.
    QVERIFY(r.out.contains(u"Target node holds no replica of the volume"_s));
    QVERIFY(r.out.contains(kPsz5));
    QVERIFY(r.out.contains(u"USED AFTER"_s));
    // Progress lines, one per change, and the end.
    QVERIFY(r.out.contains(kVolume + u" Rebuilding"_s));
    QVERIFY(r.out.contains(kVolume + u" Done"_s));
    QVERIFY(!r.out.contains(u'\r'));

    Sim::ObjectStore *store = m_sim->sim()->store();
    QCOMPARE(cvcPools(kVolume), (QStringList{k6qkw, kPsz5}));
    const auto created = store->get(kCvr, kNamespace, kVolume + u'-' + kPsz5);
    QVERIFY(created);
    QCOMPARE(ReplicaSafety::phaseOf(*created), u"Healthy"_s);
    QVERIFY(!store->get(kCvr, kNamespace, kVolume + u'-' + kPn9p));
    QCOMPARE(m_safety->deleted(), QStringList{kVolume + u'-' + kPn9p});
    QVERIFY(!journalPath().isEmpty());
    QCOMPARE(journalled(u"scale-up"_s), 1);
    QCOMPARE(journalled(u"scale-down"_s), 1);
}

void TestMigrateCommand::dryRunChangesNothing()
{
    QVERIFY(startCluster());
    Sim::ObjectStore *store = m_sim->sim()->store();
    const QJsonValue before = store->get(kCvc, kNamespace, kVolume)->value("spec"_L1);
    const Result r = console(
        {u"migrate"_s, kVolume, u"--from"_s, u"e2e1-node2"_s, u"--to"_s, kPsz5, u"--dry-run"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.whole()));
    QVERIFY(r.out.contains(u"accepted by the server"_s));
    QVERIFY(r.out.contains(u"nothing was changed"_s));
    QVERIFY(store->get(kCvc, kNamespace, kVolume)->value("spec"_L1) == before);
    QCOMPARE(replicasOnPool(kPsz5).filter(kVolume), QStringList());
    QCOMPARE(journalled(u"scale-up"_s), 0);
}

void TestMigrateCommand::refusedMoveNamesTheNode()
{
    QVERIFY(startCluster());
    const Result r = console(
        {u"migrate"_s, kVolume, u"--from"_s, kPn9p, u"--to"_s, u"e2e1-node1"_s, u"--yes"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"e2e1-node1"_s) && r.err.contains(u"already holds a replica"_s),
             qPrintable(r.err));
    QVERIFY(r.out.contains(u"FAIL"_s));
    QCOMPARE(cvcPools(kVolume), (QStringList{k6qkw, kPn9p}));
    QCOMPARE(m_safety->deleted(), QStringList());
    QCOMPARE(journalled(u"scale-up"_s), 0);
}

void TestMigrateCommand::readOnlyContextIsRefused()
{
    QVERIFY(startCluster());
    const Result r = console({u"migrate"_s, kVolume, u"--from"_s, kPn9p, u"--to"_s, kPsz5,
                              u"--yes"_s, u"--context"_s, u"cstor-sim-read-only"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Forbidden"_s) && r.err.contains(u"may not patch"_s),
             qPrintable(r.err));
    QCOMPARE(cvcPools(kVolume), (QStringList{k6qkw, kPn9p}));
    QCOMPARE(journalled(u"scale-up"_s), 0);
}

void TestMigrateCommand::noTerminalNeedsYes()
{
    QVERIFY(startCluster());
    const Result r =
        console({u"migrate"_s, kVolume, u"--from"_s, kPn9p, u"--to"_s, u"e2e1-node3"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
    QVERIFY(!r.out.contains(u"Proceed?"_s));
    QCOMPARE(cvcPools(kVolume), (QStringList{k6qkw, kPn9p}));
    QCOMPARE(journalled(u"scale-up"_s), 0);
}

void TestMigrateCommand::drainNode()
{
    // The seed cluster without the volume that has a replica on every node, so that each
    // replica on e2e1-node2 has somewhere to go.
    QFile seed(u":/scenarios/seed.yaml"_s);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(seed.readAll());
    const QString separator = u"\n- apiVersion:"_s;
    QStringList items = text.split(separator);
    const qsizetype before = items.size();
    items.removeIf([](const QString &item) { return item.contains(kSpread); });
    QCOMPARE(int(items.size()), int(before) - 5); // its CVC, CV and three CVRs
    const QString scenario = m_dir->filePath(u"drainable.yaml"_s);
    QFile file(scenario);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(items.join(separator).toUtf8());
    file.close();
    QVERIFY(startCluster(scenario));
    const QStringList onPn9p = replicasOnPool(kPn9p);
    QCOMPARE(int(onPn9p.size()), 2);

    const Result r = console({u"drain"_s, u"e2e1-node2"_s, u"--yes"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.whole()));
    // The plan named every move and each pool's capacity before and after.
    QVERIFY(r.out.contains(u"USED BEFORE"_s));
    for (const QString &cvr : onPn9p)
        QVERIFY(r.out.contains(cvr.left(cvr.size() - kPn9p.size() - 1)));
    QCOMPARE(replicasOnPool(kPn9p), QStringList());
    QCOMPARE(int(m_safety->deleted().size()), 2);
    // Every volume kept its replica count, each replica on a node of its own.
    const QHash<QString, int> &counts = m_safety->replicaCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QStringList pools = cvcPools(it.key());
        QCOMPARE(int(pools.size()), it.value());
        QCOMPARE(int(QSet<QString>(pools.begin(), pools.end()).size()), int(pools.size()));
        QVERIFY(!pools.contains(kPn9p));
        QCOMPARE(m_safety->healthyReplicas(it.key()), it.value());
    }
    QCOMPARE(journalled(u"scale-down"_s), 2);
}

void TestMigrateCommand::drainRefusedWhenAReplicaHasNowhereToGo()
{
    QVERIFY(startCluster());
    const Result r = console({u"drain"_s, u"e2e1-node2"_s, u"--yes"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(kSpread + u'-' + kPn9p), qPrintable(r.err));
    QCOMPARE(int(replicasOnPool(kPn9p).size()), 3);
    QCOMPARE(m_safety->deleted(), QStringList());
    QCOMPARE(journalled(u"scale-up"_s), 0);
}

void TestMigrateCommand::interruptRollsTheMoveBack()
{
    QVERIFY(startCluster());
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    QString out;
    bool interrupted = false;
    // Ctrl-C once the new replica is rebuilding.
    connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
        out += QString::fromUtf8(process.readAllStandardOutput());
        if (!interrupted && out.contains(kVolume + u" Rebuilding"_s)) {
            interrupted = true;
            ::kill(pid_t(process.processId()), SIGINT);
        }
    });
    process.start(m_console, withKubeconfig({u"migrate"_s, kVolume, u"--from"_s, kPn9p, u"--to"_s,
                                             kPsz5, u"--yes"_s}));
    QVERIFY(finished.wait(kProcessTimeoutMs));
    out += QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(interrupted, qPrintable(out + err));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(u"rolled back"_s), qPrintable(err));
    QVERIFY(out.contains(kVolume + u" RolledBack"_s));
    QVERIFY2(cvcPools(kVolume) == (QStringList{k6qkw, kPn9p}), qPrintable(out + err));
    QVERIFY(!m_safety->deleted().contains(kVolume + u'-' + kPn9p));
    QCOMPARE(journalled(u"scale-down"_s), 0);
}

void TestMigrateCommand::killedMoveIsResumedByTheNextCommand()
{
    QVERIFY(startCluster());
    const QStringList args{u"migrate"_s, kVolume,         u"--from"_s, kPn9p,
                           u"--to"_s,    u"e2e1-node3"_s, u"--yes"_s};
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(QProcess::nullDevice());
        QSignalSpy finished(&process, &QProcess::finished);
        QString out;
        connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
            out += QString::fromUtf8(process.readAllStandardOutput());
            if (out.contains(kVolume + u" Rebuilding"_s))
                process.kill(); // nothing flushed, nothing undone
        });
        process.start(m_console, withKubeconfig(args));
        QVERIFY(finished.wait(kProcessTimeoutMs));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }
    QCOMPARE(journalled(u"scale-up"_s), 1);
    QCOMPARE(cvcPools(kVolume), (QStringList{k6qkw, kPn9p, kPsz5}));

    // The same command again finds the move in the journal and finishes it.
    const Result r = console(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.whole()));
    QVERIFY(r.out.contains(u"Resuming 1 unfinished migration"_s));
    QVERIFY(r.out.contains(u"already under way and is now done"_s));
    QCOMPARE(cvcPools(kVolume), (QStringList{k6qkw, kPsz5}));
    QCOMPARE(journalled(u"scale-up"_s), 1);
    QCOMPARE(journalled(u"scale-down"_s), 1);
}

QTEST_GUILESS_MAIN(TestMigrateCommand)
#include "tst_migratecommand.moc"
