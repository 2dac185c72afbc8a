// Json::Document: reads what QJsonDocument reads, the same way (compared value by value), refuses
// what is not strict JSON with the byte it stopped at, and reads members and elements without
// converting what is not asked for.
#include "models/json/document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonDocument : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQJsonDocument_data();
    void sameAsQJsonDocument();
    void refused_data();
    void refused();
    void nestingLimit();
    void membersAndElements();
    void lastRepeatedKeyCounts();
    void numbers();
    void stringsAreComparedWithoutConverting();
    void partOfABuffer();
    void rootedAtAValue();
    void builtInMemory();
};

void TestJsonDocument::sameAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray(" [ ] ");
    QTest::newRow("API object") << QByteArray(
        R"({"apiVersion":"cstor.openebs.io/v1","kind":"CStorVolumeReplica",)"
        R"("metadata":{"name":"r1","labels":{"a/b":"c"},"generation":3},)"
        R"("status":{"phase":"Healthy","capacity":{"used":"1.5G"},"x":null,)"
        R"("ok":true,"no":false,"list":[1,2.5,-3e2,"s",[],{}]}})");
    QTest::newRow("white space everywhere")
        << QByteArray("\r\n\t{ \"a\" :\n[ 1 ,\t2 ] , \"b\":{} }\n");
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t", "\u00e9\u4e2d\uD83D\uDE00"])");
    QTest::newRow("lone surrogate escape") << QByteArray(R"(["a\udc00b", "\ud800"])");
    QTest::newRow("NUL escape") << QByteArray(R"(["a\u0000b"])");
    QTest::newRow("UTF-8") << QByteArray("[\"na\xc3\xafve \xe4\xb8\xad \xf0\x9f\x98\x80\"]");
    QTest::newRow("escaped keys") << QByteArray(R"({"a\"b":1,"\u0063":2})");
    QTest::newRow("numbers") << QByteArray(
        "[0,-0,1,-1,9007199254740993,-9223372036854775808,9223372036854775807,"
        "9223372036854775808,1.5,-2.25e-3,1E10,1e+2,123456789012345678901234567890]");
    QTest::newRow("whole numbers written as fractions")
        << QByteArray("[88888800000000000.000000,4611686018427387904.1,2.0,-0.0,1e18]");
}

void TestJsonDocument::sameAsQJsonDocument()
{
    QFETCH(QByteArray, text);
    QJsonParseError qtError;
    const QJsonDocument expected = QJsonDocument::fromJson(text, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);
    QString error;
    const std::optional<Json::Document> document = Json::Document::parse(text, &error);
    QVERIFY2(document, qPrintable(error));
    const QJsonValue read = document->root().toQJson();
    if (expected.isObject())
        QCOMPARE(read, QJsonValue(expected.object()));
    else
        QCOMPARE(read, QJsonValue(expected.array()));
}

void TestJsonDocument::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("nothing") << QByteArray("  ") << u"unexpected end at byte 2"_s;
    QTest::newRow("unterminated object")
        << QByteArray(R"({"a":1)") << u"expected ',' or '}' at byte 6"_s;
    QTest::newRow("trailing comma") << QByteArray("[1,]") << u"unexpected character at byte 3"_s;
    QTest::newRow("key not a string") << QByteArray("{a:1}") << u"expected a key at byte 1"_s;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << u"expected ':' at byte 5"_s;
    QTest::newRow("garbage after") << QByteArray("{} x") << u"garbage after the value at byte 3"_s;
    QTest::newRow("two values") << QByteArray("[] []") << u"garbage after the value at byte 3"_s;
    QTest::newRow("bad literal") << QByteArray("[tru]") << u"unexpected character at byte 1"_s;
    QTest::newRow("leading zero") << QByteArray("[01]") << u"expected ',' or ']' at byte 2"_s;
    QTest::newRow("bare fraction") << QByteArray("[1.]") << u"bad number at byte 3"_s;
    QTest::newRow("bare exponent") << QByteArray("[1e]") << u"bad number at byte 3"_s;
    QTest::newRow("plus sign") << QByteArray("[+1]") << u"unexpected character at byte 1"_s;
    QTest::newRow("out of range") << QByteArray("[1e999]") << u"number out of range at byte 1"_s;
    QTest::newRow("unterminated string")
        << QByteArray("[\"abc") << u"unterminated string at byte 5"_s;
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << u"bad escape at byte 2"_s;
    QTest::newRow("short \\u") << QByteArray(R"(["\u12"])") << u"bad \\u escape at byte 2"_s;
    QTest::newRow("control character")
        << QByteArray("[\"a\tb\"]") << u"control character in a string at byte 3"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]") << u"invalid UTF-8 at byte 2"_s;
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]") << u"invalid UTF-8 at byte 2"_s;
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("[\"\xed\xa0\x80\"]") << u"invalid UTF-8 at byte 2"_s;
    QTest::newRow("truncated UTF-8") << QByteArray("[\"\xe4\xb8") << u"invalid UTF-8 at byte 2"_s;
}

void TestJsonDocument::refused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!Json::Document::parse(text, &why));
    QCOMPARE(why, error);
}

void TestJsonDocument::nestingLimit()
{
    // 1024 levels, as QJsonDocument allows; one more is refused, without recursing further.
    const auto nested = [](int depth) { return QByteArray(depth, '[') + QByteArray(depth, ']'); };
    QVERIFY(Json::Document::parse(nested(1024)));
    QVERIFY(!QJsonDocument::fromJson(nested(1024)).isNull());
    QString error;
    QVERIFY(!Json::Document::parse(nested(1025), &error));
    QCOMPARE(error, u"nested too deeply at byte 1024"_s);
    QVERIFY(QJsonDocument::fromJson(nested(1025)).isNull());
    QVERIFY(!Json::Document::parse(QByteArray(100000, '[')));
}

void TestJsonDocument::membersAndElements()
{
    const auto document =
        Json::Document::parse(R"({"b":{"x":[10,{"y":"z"},null]},"a":"text","c":true})");
    QVERIFY(document);
    const Json::Value root = document->root();
    QVERIFY(root.isObject());
    QCOMPARE(root.size(), 3);
    QCOMPARE(root.keys(), (QStringList{u"a"_s, u"b"_s, u"c"_s})); // sorted, as QJsonObject's
    QCOMPARE(root["a"_L1].toString(), u"text"_s);
    QVERIFY(root["c"_L1].toBool());
    const Json::Value list = root["b"_L1]["x"_L1];
    QVERIFY(list.isArray());
    QCOMPARE(list.size(), 3);
    QList<Json::Value::Type> types;
    for (const Json::Value element : list)
        types.append(element.type());
    QCOMPARE(types, (QList<Json::Value::Type>{Json::Value::Type::Number, Json::Value::Type::Object,
                                              Json::Value::Type::Null}));
    QStringList keys;
    for (auto it = root.begin(); it != root.end(); ++it)
        keys.append(it.key());
    QCOMPARE(keys, (QStringList{u"b"_s, u"a"_s, u"c"_s})); // walked in the text's order

    // What is missing, or asked of the wrong type, is undefined or empty, as with QJsonValue.
    QVERIFY(root["missing"_L1].isUndefined());
    QVERIFY(root["a"_L1]["x"_L1].isUndefined());
    QVERIFY(list["x"_L1].isUndefined());
    QVERIFY(root["missing"_L1]["deeper"_L1].isUndefined());
    QCOMPARE(root["a"_L1].size(), 0);
    QVERIFY(root["a"_L1].begin() == root["a"_L1].end());
    QCOMPARE(root["a"_L1].toDouble(), 0.0);
    QCOMPARE(root["c"_L1].toString(), QString());
    QVERIFY(!root["a"_L1].toBool());
    const Json::Value nothing;
    QVERIFY(nothing.isUndefined());
    QVERIFY(nothing.begin() == nothing.end());
    QCOMPARE(nothing.toQJson(), QJsonValue(QJsonValue::Undefined));
}

void TestJsonDocument::lastRepeatedKeyCounts()
{
    const QByteArray text = R"({"a":1,"b":2,"a":3})";
    const auto document = Json::Document::parse(text);
    QVERIFY(document);
    QCOMPARE(document->root()["a"_L1].toInteger(), 3);
    QCOMPARE(document->root().keys(), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(document->root().toQJson(), QJsonValue(QJsonDocument::fromJson(text).object()));
}

void TestJsonDocument::numbers()
{
    const auto document =
        Json::Document::parse("[9007199254740993, 9223372036854775808, 2.5, 1e2, -0, 42]");
    QVERIFY(document);
    QList<Json::Value> values;
    for (const Json::Value value : document->root())
        values.append(value);
    // Integers are read exactly; a fraction, an exponent or an overflow is not an integer.
    QCOMPARE(values[0].toInteger(), 9007199254740993LL);
    QCOMPARE(values[1].toInteger(-1), -1);
    QCOMPARE(values[1].toDouble(), 9223372036854775808.0);
    QCOMPARE(values[2].toInteger(-1), -1);
    QCOMPARE(values[2].toDouble(), 2.5);
    QCOMPARE(values[3].toInteger(-1), -1);
    QCOMPARE(values[3].toDouble(), 100.0);
    QCOMPARE(values[4].toInteger(-1), 0);
    QCOMPARE(values[5].toInteger(), 42);
    QVERIFY(values[5].isDouble());
}

void TestJsonDocument::stringsAreComparedWithoutConverting()
{
    const auto document = Json::Document::parse(R"(["Healthy", "Heal\u0074hy", "", 5])");
    QVERIFY(document);
    QList<Json::Value> values;
    for (const Json::Value value : document->root())
        values.append(value);
    QVERIFY(values[0].equals("Healthy"_L1));
    QVERIFY(!values[0].equals("Health"_L1));
    QVERIFY(!values[0].equals("Healthy!"_L1));
    QVERIFY(values[1].equals("Healthy"_L1)); // with an escape, compared once decoded
    QVERIFY(values[2].equals(QLatin1String()));
    QVERIFY(!values[3].equals("5"_L1)); // not a string
}

void TestJsonDocument::partOfABuffer()
{
    const QByteArray buffer = R"(xx{"a":[1,2]}yy)";
    const auto document = Json::Document::parse(buffer, 2, buffer.size() - 4);
    QVERIFY(document);
    QCOMPARE(document->root()["a"_L1].size(), 2);
    QString error;
    QVERIFY(!Json::Document::parse(buffer, 2, buffer.size() - 3, &error));
    QCOMPARE(error, u"garbage after the value at byte 13"_s);
    QVERIFY(!Json::Document::parse(buffer, 10, 10, &error));
    QCOMPARE(error, u"no JSON text of that size can be read"_s);
}

void TestJsonDocument::rootedAtAValue()
{
    std::optional<Json::Document> rooted;
    {
        const auto document =
            Json::Document::parse(R"({"type":"ADDED","object":{"metadata":{"name":"n"}}})");
        QVERIFY(document);
        rooted = document->rootedAt(document->root()["object"_L1]);
    }
    // The copy keeps the text alive after the document it came from is gone.
    QCOMPARE(rooted->root()["metadata"_L1]["name"_L1].toString(), u"n"_s);
    // A value of another document leaves the root as it was.
    const auto other = Json::Document::parse("[1]");
    QVERIFY(other);
    QVERIFY(rooted->rootedAt(other->root()).root().isObject());
    QVERIFY(Json::Document().root().isNull());
}

void TestJsonDocument::builtInMemory()
{
    const QJsonObject object{
        {u"name"_s, u"x\"y"_s}, {u"n"_s, 7}, {u"list"_s, QJsonArray{true, QJsonValue(), 1.5}}};
    const Json::Document document = Json::Document::fromObject(object);
    QCOMPARE(document.root().toQJson(), QJsonValue(object));
}

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
