#include "models/sim/apiserver/jsonpatch.h"

#include <QJsonDocument>
#include <QTest>

using Sim::JsonPatch;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

} // namespace

class TestJsonPatch : public QObject
{
    Q_OBJECT

private slots:
    void operations_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("add member")
            << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"add","path":"/b","value":2}])")
            << QByteArray(R"({"a":1,"b":2})");
        QTest::newRow("add replaces member")
            << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"add","path":"/a","value":[1]}])")
            << QByteArray(R"({"a":[1]})");
        QTest::newRow("add into array") << QByteArray(R"({"a":[1,3]})")
                                        << QByteArray(R"([{"op":"add","path":"/a/1","value":2}])")
                                        << QByteArray(R"({"a":[1,2,3]})");
        QTest::newRow("append with dash")
            << QByteArray(R"({"a":[1]})") << QByteArray(R"([{"op":"add","path":"/a/-","value":2}])")
            << QByteArray(R"({"a":[1,2]})");
        QTest::newRow("add at array end")
            << QByteArray(R"({"a":[1]})") << QByteArray(R"([{"op":"add","path":"/a/1","value":2}])")
            << QByteArray(R"({"a":[1,2]})");
        QTest::newRow("remove member")
            << QByteArray(R"({"a":1,"b":{"c":2}})")
            << QByteArray(R"([{"op":"remove","path":"/b/c"}])") << QByteArray(R"({"a":1,"b":{}})");
        QTest::newRow("remove array element")
            << QByteArray(R"({"a":[1,2,3]})") << QByteArray(R"([{"op":"remove","path":"/a/0"}])")
            << QByteArray(R"({"a":[2,3]})");
        QTest::newRow("replace")
            << QByteArray(R"({"spec":{"provision":{"replicaCount":3}}})")
            << QByteArray(R"([{"op":"replace","path":"/spec/provision/replicaCount","value":2}])")
            << QByteArray(R"({"spec":{"provision":{"replicaCount":2}}})");
        QTest::newRow("replace array element")
            << QByteArray(R"({"a":[1,2]})")
            << QByteArray(R"([{"op":"replace","path":"/a/1","value":5}])")
            << QByteArray(R"({"a":[1,5]})");
        QTest::newRow("move") << QByteArray(R"({"a":{"x":1},"b":{}})")
                              << QByteArray(R"([{"op":"move","from":"/a/x","path":"/b/y"}])")
                              << QByteArray(R"({"a":{},"b":{"y":1}})");
        QTest::newRow("copy") << QByteArray(R"({"a":[1,2]})")
                              << QByteArray(R"([{"op":"copy","from":"/a/0","path":"/a/-"}])")
                              << QByteArray(R"({"a":[1,2,1]})");
        QTest::newRow("test then replace (optimistic concurrency)")
            << QByteArray(R"({"metadata":{"resourceVersion":"1005"},"spec":{"x":1}})")
            << QByteArray(
                   R"([{"op":"test","path":"/metadata/resourceVersion","value":"1005"},{"op":"replace","path":"/spec/x","value":2}])")
            << QByteArray(R"({"metadata":{"resourceVersion":"1005"},"spec":{"x":2}})");
        QTest::newRow("escaped pointer")
            << QByteArray(
                   R"({"metadata":{"labels":{"openebs.io/cstor-pool-cluster":"a","t~x":"b"}}})")
            << QByteArray(
                   R"([{"op":"replace","path":"/metadata/labels/openebs.io~1cstor-pool-cluster","value":"c"},{"op":"remove","path":"/metadata/labels/t~0x"}])")
            << QByteArray(R"({"metadata":{"labels":{"openebs.io/cstor-pool-cluster":"c"}}})");
        QTest::newRow("test deep object")
            << QByteArray(R"({"a":{"b":[1,{"c":true}]}})")
            << QByteArray(R"([{"op":"test","path":"/a","value":{"b":[1,{"c":true}]}}])")
            << QByteArray(R"({"a":{"b":[1,{"c":true}]}})");
        QTest::newRow("add null value")
            << QByteArray(R"({})") << QByteArray(R"([{"op":"add","path":"/a","value":null}])")
            << QByteArray(R"({"a":null})");
        QTest::newRow("empty patch")
            << QByteArray(R"({"a":1})") << QByteArray("[]") << QByteArray(R"({"a":1})");
    }

    void operations()
    {
        QFETCH(QByteArray, document);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expected);
        const auto result = JsonPatch::applyToObject(json(document.constData()).toObject(), patch);
        if (const auto *error = std::get_if<Sim::ApiError>(&result))
            QFAIL(qPrintable(error->message));
        QCOMPARE(std::get<QJsonObject>(result), json(expected.constData()).toObject());
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::newRow("failed test")
            << QByteArray(R"([{"op":"test","path":"/metadata/resourceVersion","value":"1"}])");
        QTest::newRow("test of missing path")
            << QByteArray(R"([{"op":"test","path":"/nope","value":null}])");
        QTest::newRow("replace missing")
            << QByteArray(R"([{"op":"replace","path":"/x","value":1}])");
        QTest::newRow("remove missing") << QByteArray(R"([{"op":"remove","path":"/spec/nope"}])");
        QTest::newRow("add under missing parent")
            << QByteArray(R"([{"op":"add","path":"/a/b/c","value":1}])");
        QTest::newRow("array index out of range")
            << QByteArray(R"([{"op":"add","path":"/spec/list/5","value":1}])");
        QTest::newRow("leading zero index")
            << QByteArray(R"([{"op":"replace","path":"/spec/list/01","value":1}])");
        QTest::newRow("unknown op") << QByteArray(R"([{"op":"frobnicate","path":"/a"}])");
        QTest::newRow("missing path") << QByteArray(R"([{"op":"add","value":1}])");
        QTest::newRow("missing value") << QByteArray(R"([{"op":"add","path":"/a"}])");
        QTest::newRow("move into own child")
            << QByteArray(R"([{"op":"move","from":"/spec","path":"/spec/x"}])");
        QTest::newRow("bad pointer") << QByteArray(R"([{"op":"add","path":"a","value":1}])");
        QTest::newRow("second op fails, first not applied") << QByteArray(
            R"([{"op":"replace","path":"/spec/x","value":9},{"op":"test","path":"/spec/x","value":1}])");
    }

    void failures()
    {
        QFETCH(QByteArray, patch);
        const QJsonObject document =
            json(R"({"metadata":{"resourceVersion":"1005"},"spec":{"x":1,"list":[1]}})").toObject();
        const auto raw = JsonPatch::apply(QJsonValue(document), patch);
        QVERIFY(std::holds_alternative<JsonPatch::Error>(raw));
        QCOMPARE(std::get<JsonPatch::Error>(raw).kind, JsonPatch::Error::Kind::Failed);
        QVERIFY(!std::get<JsonPatch::Error>(raw).message.isEmpty());

        const auto result = JsonPatch::applyToObject(document, patch);
        QVERIFY(std::holds_alternative<Sim::ApiError>(result));
        const Sim::ApiError error = std::get<Sim::ApiError>(result);
        QCOMPARE(error.code, 422);
        QCOMPARE(error.reason, QStringLiteral("Invalid"));
        QCOMPARE(error.message,
                 QStringLiteral("the server rejected our request due to an error in our request"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::newRow("not json") << QByteArray("[{");
        QTest::newRow("object, not array") << QByteArray(R"({"op":"add"})");
        QTest::newRow("array of strings") << QByteArray(R"(["add"])");
    }

    void malformed()
    {
        QFETCH(QByteArray, patch);
        const auto raw = JsonPatch::apply(QJsonValue(QJsonObject()), patch);
        QVERIFY(std::holds_alternative<JsonPatch::Error>(raw));
        QCOMPARE(std::get<JsonPatch::Error>(raw).kind, JsonPatch::Error::Kind::Malformed);
        const auto result = JsonPatch::applyToObject(QJsonObject(), patch);
        QCOMPARE(std::get<Sim::ApiError>(result).code, 400);
        QCOMPARE(std::get<Sim::ApiError>(result).reason, QStringLiteral("BadRequest"));
    }

    void pointers()
    {
        bool ok = false;
        QCOMPARE(JsonPatch::parsePointer(QStringLiteral("/a~1b/c~0d/~01"), &ok),
                 QStringList({QStringLiteral("a/b"), QStringLiteral("c~d"), QStringLiteral("~1")}));
        QVERIFY(ok);
        QCOMPARE(JsonPatch::parsePointer(QString(), &ok), QStringList());
        QVERIFY(ok);
        QCOMPARE(JsonPatch::parsePointer(QStringLiteral("/"), &ok), QStringList({QString()}));
        JsonPatch::parsePointer(QStringLiteral("x"), &ok);
        QVERIFY(!ok);
        QCOMPARE(JsonPatch::escapeToken(QStringLiteral("a/b~c")), QStringLiteral("a~1b~0c"));
    }

    void replaceRoot()
    {
        const auto result = JsonPatch::apply(
            json(R"({"a":1})"), QByteArray(R"([{"op":"replace","path":"","value":{"b":2}}])"));
        QCOMPARE(std::get<QJsonValue>(result), json(R"({"b":2})"));
    }
};

QTEST_GUILESS_MAIN(TestJsonPatch)
#include "tst_jsonpatch.moc"
