#include "models/sim/apiserver/mergepatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Sim::MergePatch;

namespace {

QJsonValue json(const QByteArray &text)
{
    // Wrap so that scalars and null parse too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    return doc.array().at(0);
}

} // namespace

class TestMergePatch : public QObject
{
    Q_OBJECT

private slots:
    // The examples of RFC 7386, appendix A.
    void rfcExamples_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("result");
        QTest::newRow("1") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":"c"})")
                           << QByteArray(R"({"a":"c"})");
        QTest::newRow("2") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"b":"c"})")
                           << QByteArray(R"({"a":"b","b":"c"})");
        QTest::newRow("3") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":null})")
                           << QByteArray(R"({})");
        QTest::newRow("4") << QByteArray(R"({"a":"b","b":"c"})") << QByteArray(R"({"a":null})")
                           << QByteArray(R"({"b":"c"})");
        QTest::newRow("5") << QByteArray(R"({"a":["b"]})") << QByteArray(R"({"a":"c"})")
                           << QByteArray(R"({"a":"c"})");
        QTest::newRow("6") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":["b"]})")
                           << QByteArray(R"({"a":["b"]})");
        QTest::newRow("7") << QByteArray(R"({"a":{"b":"c"}})")
                           << QByteArray(R"({"a":{"b":"d","c":null}})")
                           << QByteArray(R"({"a":{"b":"d"}})");
        QTest::newRow("8") << QByteArray(R"({"a":[{"b":"c"}]})") << QByteArray(R"({"a":[1]})")
                           << QByteArray(R"({"a":[1]})");
        QTest::newRow("9") << QByteArray(R"(["a","b"])") << QByteArray(R"(["c","d"])")
                           << QByteArray(R"(["c","d"])");
        QTest::newRow("10") << QByteArray(R"({"a":"b"})") << QByteArray(R"(["c"])")
                            << QByteArray(R"(["c"])");
        QTest::newRow("11") << QByteArray(R"({"a":"foo"})") << QByteArray("null")
                            << QByteArray("null");
        QTest::newRow("12") << QByteArray(R"({"a":"foo"})") << QByteArray(R"("bar")")
                            << QByteArray(R"("bar")");
        QTest::newRow("13") << QByteArray(R"({"e":null})") << QByteArray(R"({"a":1})")
                            << QByteArray(R"({"e":null,"a":1})");
        QTest::newRow("14") << QByteArray(R"([1,2])") << QByteArray(R"({"a":"b","c":null})")
                            << QByteArray(R"({"a":"b"})");
        QTest::newRow("15") << QByteArray(R"({})") << QByteArray(R"({"a":{"bb":{"ccc":null}}})")
                            << QByteArray(R"({"a":{"bb":{}}})");
    }

    void rfcExamples()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, result);
        QCOMPARE(MergePatch::apply(json(target), json(patch)), json(result));
    }

    void applyToObject()
    {
        const QJsonObject cvc = json(R"({"spec":{"policy":{"replicaPoolInfo":[{"poolName":"a"}]},
            "provision":{"replicaCount":2}},"status":{"phase":"Bound"}})")
                                    .toObject();
        const auto result = MergePatch::applyToObject(
            cvc,
            QByteArray(
                R"({"spec":{"policy":{"replicaPoolInfo":[{"poolName":"a"},{"poolName":"b"}]}}})"));
        const QJsonObject patched = std::get<QJsonObject>(result);
        QCOMPARE(patched.value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("policy"))
                     .toObject()
                     .value(QStringLiteral("replicaPoolInfo"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(patched.value(QStringLiteral("status")), cvc.value(QStringLiteral("status")));
        QCOMPARE(std::get<QJsonObject>(MergePatch::applyToObject(cvc, QByteArray("{}"))), cvc);
    }

    void badBodies()
    {
        for (const QByteArray &body : {QByteArray("{"), QByteArray("[1]"), QByteArray("\"x\"")}) {
            const auto result = MergePatch::applyToObject(QJsonObject(), body);
            QVERIFY2(std::holds_alternative<Sim::ApiError>(result), body.constData());
            QCOMPARE(std::get<Sim::ApiError>(result).code, 400);
        }
    }

    void createRoundTrips()
    {
        const QJsonObject original =
            json(R"({"a":1,"b":{"c":2,"d":3},"e":[1],"gone":true})").toObject();
        const QJsonObject modified =
            json(R"({"a":1,"b":{"c":5,"d":3},"e":[1,2],"new":"x"})").toObject();
        const QJsonObject patch = MergePatch::create(original, modified);
        QCOMPARE(patch, json(R"({"b":{"c":5},"e":[1,2],"gone":null,"new":"x"})").toObject());
        QCOMPARE(MergePatch::apply(original, patch).toObject(), modified);
        QCOMPARE(MergePatch::create(original, original), QJsonObject());
    }
};

QTEST_GUILESS_MAIN(TestMergePatch)
#include "tst_mergepatch.moc"
