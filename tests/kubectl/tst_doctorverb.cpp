// `cstor-console doctor` against the simulator: clean on the seed cluster, and in each named
// situation (cstor-sim --situation, POST /sim/v1/situation) it reports the rule that explains it
// and exits 1 with the fix the console offers; the kubectl commands of each finding run as
// printed, and kubectl shows the same.
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestDoctorVerb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_sim.reset(); }
    void seedIsClean();
    void usageErrors();
    void eachSituationIsReported_data();
    void eachSituationIsReported();

private:
    bool startSim(const QString &generate = {});
    ProgramRun kubectl(const QStringList &args) const { return m_sim->kubectl(args); }
    ProgramRun doctor(const QStringList &args);
    // The Ready condition's status of a node ("node/NAME"), as kubectl shows it.
    QString getReady(const QString &node);
    // The first finding of `rule` in `doctor -o json`, empty when there is none; `exitCode`
    // gets doctor's.
    QJsonObject finding(const QString &rule, int *exitCode);
    // Runs a finding's command as printed (the shell's single quotes removed).
    ProgramRun runPrinted(const QString &command);

    QString m_console;
    std::unique_ptr<SimKubectl> m_sim;
};

void TestDoctorVerb::initTestCase()
{
    if (const QString why = SimKubectl::missingPrograms(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_console = SimKubectl::consoleProgram();
}

bool TestDoctorVerb::startSim(const QString &generate)
{
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 1;
    options.generateSpec = generate;
    return m_sim->start(options);
}

ProgramRun TestDoctorVerb::doctor(const QStringList &args)
{
    return runProgram(m_console,
                      QStringList{u"doctor"_s, u"--kubeconfig"_s, m_sim->kubeconfig()} + args,
                      {{}, 120000});
}

QString TestDoctorVerb::getReady(const QString &node)
{
    return kubectl({u"get"_s, node, u"-o"_s,
                    u"jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"_s})
        .out.trimmed();
}

QJsonObject TestDoctorVerb::finding(const QString &rule, int *exitCode)
{
    const ProgramRun run = doctor({u"-o"_s, u"json"_s});
    *exitCode = run.exitCode;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        if (value.toObject().value("rule"_L1).toString() == rule)
            return value.toObject();
    }
    return {};
}

ProgramRun TestDoctorVerb::runPrinted(const QString &command)
{
    QStringList words = command.split(u' ', Qt::SkipEmptyParts);
    if (words.value(0) != "kubectl"_L1)
        return {};
    words.removeFirst();
    for (QString &word : words)
        word.remove(u'\'');
    return kubectl(words);
}

void TestDoctorVerb::seedIsClean()
{
    QVERIFY(startSim());
    const ProgramRun json = doctor({u"-o"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.whole()));
    for (const QJsonValue &value : QJsonDocument::fromJson(json.out.toUtf8()).array())
        QCOMPARE(value.toObject().value("severity"_L1).toString(), u"Info"_s);
    const ProgramRun table = doctor({});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.err.contains(u"No problems found in openebs namespace."_s),
             qPrintable(table.whole()));
    // Flags anywhere on the line, as kubectl takes them.
    const ProgramRun yaml = runProgram(
        m_console, {u"doctor"_s, u"-o"_s, u"yaml"_s, u"--kubeconfig"_s, m_sim->kubeconfig()});
    QCOMPARE(yaml.exitCode, 0);
    QCOMPARE(yaml.out, u"[]\n"_s);
}

void TestDoctorVerb::usageErrors()
{
    QVERIFY(startSim());
    const ProgramRun format = doctor({u"-o"_s, u"xml"_s});
    QCOMPARE(format.exitCode, 2);
    QVERIFY2(format.err.contains(u"use one of table, wide, json, yaml, name"_s),
             qPrintable(format.err));
    QCOMPARE(doctor({u"extra"_s}).exitCode, 2);
    const ProgramRun missing =
        runProgram(m_console, {u"doctor"_s, u"--kubeconfig"_s, m_sim->dir() + u"/none"_s});
    QCOMPARE(missing.exitCode, 1);
}

void TestDoctorVerb::eachSituationIsReported_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("fix");      // what the fix names, when it is the console's
    QTest::addColumn<QString>("generate"); // a generated cluster instead of the seed
    QTest::newRow("stuck-scale-down")
        << u"stuck-scale-down"_s << u"scaling-stuck"_s << u"Warning"_s << QString() << QString();
    QTest::newRow("lost-node") << u"lost-node"_s << u"volume-quorum"_s << QString() << QString()
                               << QString();
    QTest::newRow("lost-node: the node")
        << u"lost-node"_s << u"node-not-ready"_s << u"Critical"_s << QString() << QString();
    QTest::newRow("pool-nearly-readonly") << u"pool-nearly-readonly"_s << u"pool-capacity"_s
                                          << u"Warning"_s << QString() << QString();
    QTest::newRow("pvc-pending") << u"pvc-pending"_s << u"cvc-pending"_s << u"Warning"_s
                                 << QString() << QString();
    QTest::newRow("orphaned-dataset") << u"orphaned-dataset"_s << u"volume-replica-count"_s
                                      << u"Warning"_s << QString() << QString();
    QTest::newRow("refused-drf") << u"refused-drf"_s << u"drf-refused"_s << u"Warning"_s
                                 << QString() << QString();
    QTest::newRow("deleted-replica")
        << u"deleted-replica"_s << u"known-replicas"_s << u"Warning"_s << QString() << QString();
    QTest::newRow("pdb-blocks-drain")
        << u"pdb-blocks-drain"_s << u"drain-blocked"_s << u"Warning"_s << QString() << QString();
    QTest::newRow("failed-disk") << u"failed-disk"_s << u"pool-state"_s << QString()
                                 << u"cstor-console replace-disk"_s
                                 << u"nodes=3,volumes=2,replicas=2,raid=mirror"_s;
    QTest::newRow("moved-disks") << u"moved-disks"_s << u"node-not-ready"_s << u"Critical"_s
                                 << u"cstor-console follow-disks"_s << QString();
    QTest::newRow("moved-disks-node-back")
        << u"moved-disks-node-back"_s << u"pool-state"_s << u"Critical"_s
        << u"cstor-console follow-disks"_s << QString();
    QTest::newRow("moved-disks-two-nodes")
        << u"moved-disks-two-nodes"_s << u"node-not-ready"_s << u"Critical"_s
        << u"cstor-console follow-disks"_s << QString();
}

void TestDoctorVerb::eachSituationIsReported()
{
    QFETCH(QString, situation);
    QFETCH(QString, rule);
    QFETCH(QString, severity);
    QFETCH(QString, fix);
    QFETCH(QString, generate);
    QVERIFY(startSim(generate));
    const QString problem = m_sim->reachSituation(situation);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    int exitCode = -1;
    QJsonObject found;
    // The severity the situation settles at: on the way (a target pod that restarts with its
    // node, replicas that reconnect Degraded) a finding may be worse for a while.
    const auto settled = [&] {
        found = finding(rule, &exitCode);
        return !found.isEmpty() &&
               (severity.isEmpty() || found.value("severity"_L1).toString() == severity);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(settled(), QJsonDocument(found).toJson().constData(), 180000);
    QCOMPARE(exitCode, 1);
    for (const char *field : {"summary", "risk", "fix"})
        QVERIFY2(!found.value(QLatin1String(field)).toString().isEmpty(), field);
    QVERIFY2(found.value("fix"_L1).toString().contains(fix),
             qPrintable(found.value("fix"_L1).toString()));
    const QJsonArray commands = found.value("commands"_L1).toArray();
    QVERIFY(!commands.isEmpty());
    // Commands to copy carry no credential: kubectl takes it from the kubeconfig.
    QFile kubeconfig(m_sim->kubeconfig());
    QVERIFY(kubeconfig.open(QIODevice::ReadOnly));
    const QRegularExpression tokenLine(u"token: *\"?([^\"\\s]+)"_s);
    QStringList tokens;
    for (auto it = tokenLine.globalMatch(QString::fromUtf8(kubeconfig.readAll())); it.hasNext();)
        tokens << it.next().captured(1);
    QVERIFY(!tokens.isEmpty());
    for (const QJsonValue &command : commands) {
        QVERIFY2(!command.toString().contains(u"--token"_s), qPrintable(command.toString()));
        for (const QString &token : std::as_const(tokens))
            QVERIFY2(!command.toString().contains(token), "a token in a command shown");
    }
    for (const QJsonValue &command : commands) {
        const ProgramRun shown = runPrinted(command.toString());
        QVERIFY2(shown.exitCode == 0, qPrintable(command.toString() + u'\n' + shown.whole()));
    }

    // What kubectl shows of the first object agrees with the finding.
    const QString object = found.value("objects"_L1).toArray().first().toString();
    if (rule == "scaling-stuck"_L1) {
        QVERIFY(found.value("summary"_L1).toString().contains(u"does not count replica"_s));
        QVERIFY(m_sim->jsonpath(object, u".spec.policy.replicaPoolInfo[*].poolName"_s) !=
                m_sim->jsonpath(object, u".status.poolInfo[*]"_s));
    } else if (rule == "volume-quorum"_L1) {
        const QString phase = m_sim->jsonpath(object, u".status.phase"_s);
        QVERIFY2(phase == "Offline"_L1 || phase == "Degraded"_L1, qPrintable(phase));
    } else if (rule == "node-not-ready"_L1 &&
               found.value("summary"_L1).toString().contains(u"is gone"_s)) {
        const ProgramRun node = kubectl({u"get"_s, object});
        QVERIFY2(node.exitCode != 0 && node.err.contains(u"NotFound"_s), qPrintable(node.whole()));
    } else if (rule == "node-not-ready"_L1) {
        QVERIFY(!getReady(object).isEmpty());
        QVERIFY(getReady(object) != "True"_L1);
    } else if (rule == "pool-state"_L1 &&
               found.value("summary"_L1).toString().contains(u"cannot be imported"_s)) {
        QCOMPARE(m_sim->jsonpath(object, u".status.conditions[?(@.type==\"PoolLost\")].status"_s),
                 u"True"_s);
        QCOMPARE(m_sim->jsonpath(object, u".status.phase"_s), u"ONLINE"_s);
    } else if (rule == "pool-capacity"_L1) {
        QCOMPARE(m_sim->jsonpath(object, u".status.readOnly"_s), u"false"_s);
    } else if (rule == "cvc-pending"_L1) {
        QCOMPARE(m_sim->jsonpath(object, u".status.phase"_s), u"Pending"_s);
    } else if (rule == "volume-replica-count"_L1) {
        const QString volume = object.section(u'/', 1);
        const ProgramRun replicas =
            kubectl({u"get"_s, u"cvr"_s, u"-n"_s, u"openebs"_s, u"-l"_s,
                     u"cstorvolume.openebs.io/name="_s + volume, u"-o"_s, u"name"_s});
        QVERIFY(replicas.out.split(u'\n', Qt::SkipEmptyParts).size() <
                m_sim->jsonpath(object, u".spec.provision.replicaCount"_s).toInt());
    } else if (rule == "drain-blocked"_L1) {
        QCOMPARE(m_sim->jsonpath(object, u".status.disruptionsAllowed"_s), u"0"_s);
    } else if (rule == "drf-refused"_L1) {
        const ProgramRun events =
            kubectl({u"get"_s, u"events"_s, u"-n"_s, u"openebs"_s, u"--field-selector"_s,
                     u"involvedObject.name="_s + object.section(u'/', 1)});
        QVERIFY2(events.out.contains(u"are invalid changes"_s), qPrintable(events.whole()));
    }
}

QTEST_GUILESS_MAIN(TestDoctorVerb)
#include "tst_doctorverb.moc"
