// The simulator's faults document (POST /sim/v1/faults) refuses what it does not understand,
// through real kubectl as an admin reaches the control endpoint: an unknown field, a value of
// the wrong type, a negative number. The refusal names the field and nothing of the document is
// applied (FaultPlan::apply validates the whole document before it changes anything).
#include "tests/common/seednames.h"
#include "tests/kubectl/simkubectl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
} // namespace

class TestSimFaultsDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void badDocumentIsRefusedNamingTheField_data();
    void badDocumentIsRefusedNamingTheField();
    void bodyThatIsNotAnObjectIsRefused();

private:
    std::unique_ptr<SimKubectl> m_sim;
};

void TestSimFaultsDocument::initTestCase()
{
    if (SimKubectl::kubectlProgram().isEmpty())
        QSKIP("kubectl is not installed");
}

void TestSimFaultsDocument::init()
{
    m_sim = std::make_unique<SimKubectl>();
    SimHarness::Options options;
    options.speed = 1;
    QVERIFY(m_sim->start(options));
}

void TestSimFaultsDocument::cleanup()
{
    m_sim.reset();
}

void TestSimFaultsDocument::badDocumentIsRefusedNamingTheField_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<QString>("field"); // the bad one
    QTest::addColumn<QString>("message");
    // Each document also holds a valid change (a node lost, a pool offline, a controller
    // paused), which must not be applied either. A QJsonObject keeps its keys sorted: the valid
    // field comes first, so it has been read when the bad one is met.
    const QJsonArray node{u"e2e1-node1"_s};
    QTest::newRow("unknown field")
        << QJsonObject{{u"downNodes"_s, node}, {u"offlinePool"_s, QJsonArray{k6qkw}}}
        << u"offlinePool"_s << u"unknown fault \"offlinePool\""_s;
    QTest::newRow("negative number") << QJsonObject{{u"downNodes"_s, node}, {u"latencyMs"_s, -5}}
                                     << u"latencyMs"_s << u"latencyMs: expected a number >= 0"_s;
    QTest::newRow("number as text")
        << QJsonObject{{u"offlinePools"_s, QJsonArray{k6qkw}}, {u"throttleNext"_s, u"2"_s}}
        << u"throttleNext"_s << u"throttleNext: expected a number >= 0"_s;
    QTest::newRow("name instead of a list")
        << QJsonObject{{u"pausedControllers"_s, QJsonArray{u"cvc"_s}}, {u"readOnlyPools"_s, k6qkw}}
        << u"readOnlyPools"_s << u"readOnlyPools: expected a list of names"_s;
    QTest::newRow("list of numbers")
        << QJsonObject{{u"downNodes"_s, node}, {u"offlinePools"_s, QJsonArray{1, 2}}}
        << u"offlinePools"_s << u"offlinePools: expected a list of names"_s;
    QTest::newRow("text instead of a boolean")
        << QJsonObject{{u"downNodes"_s, node}, {u"webhookDown"_s, u"true"_s}} << u"webhookDown"_s
        << u"webhookDown: expected true or false"_s;
}

// FaultPlan::apply reads every field into a copy (readField: kIntFields, kBoolFields,
// kSetFields) and stores it only when all were good; ControlCommands::faults answers 400 with
// the reason, which kubectl prints as the server's error. GET shows the document as it was.
void TestSimFaultsDocument::badDocumentIsRefusedNamingTheField()
{
    QFETCH(QJsonObject, document);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QJsonObject before = m_sim->getRaw(u"faults"_s);
    QVERIFY(before.contains("downNodes"_L1));

    const ProgramRun refused = m_sim->postSim(u"faults"_s, document);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Error from server (BadRequest): "_s + message),
             qPrintable(refused.err));
    QCOMPARE(m_sim->getRaw(u"faults"_s), before);

    // The same document without the bad field is applied.
    QJsonObject valid = document;
    valid.remove(field);
    QCOMPARE(valid.size(), 1);
    const ProgramRun applied = m_sim->postSim(u"faults"_s, valid);
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.whole()));
    const QJsonObject after = m_sim->getRaw(u"faults"_s);
    for (auto it = valid.begin(); it != valid.end(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
}

// ControlCommands::handle: a body that is not a JSON object is refused before any field is read.
void TestSimFaultsDocument::bodyThatIsNotAnObjectIsRefused()
{
    const QJsonObject before = m_sim->getRaw(u"faults"_s);
    const QString path = m_sim->dir() + u"/list.json"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"downNodes":["e2e1-node1"]}])");
    file.close();
    const ProgramRun refused =
        m_sim->kubectl({u"create"_s, u"--raw"_s, u"/sim/v1/faults"_s, u"-f"_s, path});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Error from server (BadRequest): expected a JSON object"_s),
             qPrintable(refused.err));
    QCOMPARE(m_sim->getRaw(u"faults"_s), before);
}

QTEST_GUILESS_MAIN(TestSimFaultsDocument)
#include "tst_simfaultsdocument.moc"
