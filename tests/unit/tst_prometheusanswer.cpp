// What the console reads from a cluster's Prometheus: range-query answers checked part by part
// (Metrics::PrometheusAnswer), the Service found or named (Metrics::PrometheusService), and
// which pool a series is about (Metrics::PoolForecaster).
#include "models/metrics/poolforecaster.h"
#include "models/metrics/prometheusanswer.h"
#include "models/metrics/prometheusservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Metrics::PoolForecaster;
using Metrics::PrometheusAnswer;
using Metrics::PrometheusService;
using Metrics::Series;

namespace {

QJsonObject parsed(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Series labelled(const QMap<QString, QString> &labels)
{
    Series series;
    series.labels = labels;
    return series;
}

} // namespace

class TestPrometheusAnswer : public QObject
{
    Q_OBJECT

private slots:
    void aMatrixIsRead()
    {
        const PrometheusAnswer answer = PrometheusAnswer::ofMatrix(parsed(R"({
            "status":"success","data":{"resultType":"matrix","result":[
              {"metric":{"__name__":"openebs_used_pool_capacity","cstor_pool":"pool-a"},
               "values":[[1796000000,"1073741824"],[1796000300.5,"2147483648"],[1796000600,"NaN"]]}
            ]}})"));
        QVERIFY2(answer.isValid(), qPrintable(answer.problem));
        QCOMPARE(answer.series.size(), 1);
        const Series &series = answer.series.first();
        QCOMPARE(series.metric, u"openebs_used_pool_capacity"_s);
        QCOMPARE(series.labels.value(u"cstor_pool"_s), u"pool-a"_s);
        QCOMPARE(series.samples.size(), 2); // NaN has no number to fit
        QCOMPARE(series.samples.at(1).timeMs, qint64(1796000300500));
        QCOMPARE(series.samples.at(1).value, 2147483648.0);
    }

    void whatIsWrongIsNamed_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("problem");
        QTest::newRow("refused")
            << QByteArray(
                   R"({"status":"error","errorType":"bad_data","error":"invalid parameter query"})")
            << u"Prometheus refused the query: bad_data: invalid parameter"_s;
        QTest::newRow("not prometheus")
            << QByteArray(R"({"kind":"Status"})") << u"not a Prometheus query result"_s;
        QTest::newRow("vector")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
            << u"resultType is \"vector\", not \"matrix\""_s;
        QTest::newRow("result not a list")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":{}}})")
            << u"data.result is not a list"_s;
        QTest::newRow("label not a string")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"pod":7},"values":[]}]}})")
            << u"series 0 of the answer: label \"pod\" is not a string"_s;
        QTest::newRow("sample not a pair")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2"],[3]]}]}})")
            << u"series 0 of the answer: sample 1 is not [time, \"value\"]"_s;
        QTest::newRow("value not a number")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"lots"]]}]}})")
            << u"sample 0 is not [time, \"value\"]"_s;
    }
    void whatIsWrongIsNamed()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, problem);
        const PrometheusAnswer result =
            PrometheusAnswer::ofMatrix(QJsonDocument::fromJson(answer).object());
        QVERIFY(!result.isValid());
        QVERIFY(result.series.isEmpty());
        QVERIFY2(result.problem.contains(problem), qPrintable(result.problem));
    }

    void aServiceIsNamedAsLensNamesIt()
    {
        QString error;
        const auto named =
            PrometheusService::parse(u"monitoring/prometheus-operated:9090"_s, &error);
        QVERIFY(named);
        QCOMPARE(named->proxyPath(),
                 u"/api/v1/namespaces/monitoring/services/prometheus-operated:9090/proxy"_s);
        QCOMPARE(PrometheusService::parse(u"monitoring/prometheus:web"_s, &error)->port, u"web"_s);
        for (const QString &bad : {u"prometheus:9090"_s, u"monitoring/prometheus"_s,
                                   u"monitoring/Prom:9090"_s, u"a/b:c/d"_s}) {
            QVERIFY2(!PrometheusService::parse(bad, &error), qPrintable(bad));
            QVERIFY(error.contains(u"NAMESPACE/SERVICE:PORT"_s));
        }
    }

    // The port named web (prometheus-operator's), http or http-web, else 9090, else the first.
    void theWebPortIsChosen()
    {
        const auto service = [](const char *ports) {
            return parsed(
                QByteArray(R"({"metadata":{"name":"p","namespace":"m"},"spec":{"ports":)") + ports +
                "}}");
        };
        QCOMPARE(PrometheusService::ofService(
                     service(R"([{"name":"reloader","port":8080},{"name":"web","port":9091}])"), {})
                     ->port,
                 u"9091"_s);
        QCOMPARE(PrometheusService::ofService(
                     service(R"([{"name":"grpc","port":10901},{"port":9090}])"), {})
                     ->port,
                 u"9090"_s);
        QCOMPARE(PrometheusService::ofService(service(R"([{"port":8080}])"), {})->port, u"8080"_s);
        QVERIFY(!PrometheusService::ofService(service("[]"), {}));
    }

    void aSeriesIsMatchedToItsPool()
    {
        const QSet<QString> pools{u"cspc-a-x1"_s, u"cspc-a-x12"_s, u"cspc-a"_s};
        // The chart's relabelling joins two pod labels with a space: the first is empty.
        QCOMPARE(PoolForecaster::poolOf(labelled({{u"cstor_pool"_s, u" cspc-a-x1"_s}}), pools),
                 u"cspc-a-x1"_s);
        QCOMPARE(PoolForecaster::poolOf(labelled({{u"cstor_pool"_s, u"other"_s}}), pools),
                 QString());
        QCOMPARE(
            PoolForecaster::poolOf(labelled({{u"pod"_s, u"cspc-a-x12-6d9b7c8f4-k2x9z"_s}}), pools),
            u"cspc-a-x12"_s);
        QCOMPARE(
            PoolForecaster::poolOf(labelled({{u"pod"_s, u"cspc-b-x1-6d9b7c8f4-k2x9z"_s}}), pools),
            QString());
    }

    void aPoolPodRestartedStaysOnePool()
    {
        Series before = labelled({{u"pod"_s, u"p-1"_s}});
        before.samples = {{1000, 1}, {2000, 2}};
        Series after = labelled({{u"pod"_s, u"p-2"_s}});
        after.samples = {{3000, 3}, {2000, 2}};
        const QList<Series::Sample> merged = PoolForecaster::mergedSamples({&before, &after});
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.last().timeMs, qint64(3000));
    }

    void theStepKeepsUnderPrometheusLimit()
    {
        QCOMPARE(PoolForecaster::stepFor(30), 3600);
        QCOMPARE(PoolForecaster::stepFor(90), 3600);
        QVERIFY(qint64(3650) * 86400 / PoolForecaster::stepFor(3650) < 11000);
        QCOMPARE(PoolForecaster::stepFor(3650) % 3600, 0);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusAnswer)
#include "tst_prometheusanswer.moc"
