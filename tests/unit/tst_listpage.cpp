// Kube::ListPage: a list page's metadata is read and its items found without parsing them, in
// either order of the keys, whatever the strings hold; anything else is refused.
#include "models/kube/listpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Kube::ListPage;
using namespace Qt::StringLiterals;

namespace {

// A page's items, parsed; empty when they do not parse.
QJsonArray itemsOf(const ListPage &page)
{
    const std::optional<Json::Document> items = page.items();
    return items ? items->root().toQJson().toArray() : QJsonArray();
}

} // namespace

class TestListPage : public QObject
{
    Q_OBJECT

private slots:
    void itemsBeforeMetadata();
    void metadataBeforeItems();
    void stringsHoldingBracketsAndQuotes();
    void noItems_data();
    void noItems();
    void notAList_data();
    void notAList();
    void itemsThatDoNotParse_data();
    void itemsThatDoNotParse();
    void deepNestingIsNotRecursedInto();
    void sameAsWholeParse();
};

void TestListPage::itemsBeforeMetadata()
{
    // As the apiserver writes a custom resource's list: keys in alphabetical order.
    const QByteArray body =
        R"({"apiVersion":"cstor.openebs.io/v1","items":[{"metadata":{"name":"a"}},)"
        R"({"metadata":{"name":"b"}}],"kind":"CStorVolumeReplicaList",)"
        R"("metadata":{"continue":"eyJ2IjoxfQ","remainingItemCount":3,"resourceVersion":"85"}})";
    const std::optional<ListPage> page = ListPage::split(body);
    QVERIFY(page);
    QCOMPARE(page->continueToken(), u"eyJ2IjoxfQ"_s);
    QCOMPARE(page->resourceVersion(), u"85"_s);
    QVERIFY(page->hasItems());
    const QJsonArray items = itemsOf(*page);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1)[u"metadata"_s][u"name"_s].toString(), u"b"_s);
}

void TestListPage::metadataBeforeItems()
{
    // As it writes a built-in kind's list (events), with white space around everything.
    const QByteArray body = " {\n \"kind\" : \"EventList\" , \"metadata\" : { \"resourceVersion\" "
                            ": \"9\" } ,\r\n \"items\" : [ { \"reason\" : \"Synced\" } ] } \n";
    const std::optional<ListPage> page = ListPage::split(body);
    QVERIFY(page);
    QVERIFY(page->continueToken().isEmpty());
    QCOMPARE(page->resourceVersion(), u"9"_s);
    QCOMPARE(itemsOf(*page).size(), 1);
}

void TestListPage::stringsHoldingBracketsAndQuotes()
{
    const QByteArray body =
        R"({"items":[{"note":"}]\"{[\\","k\"ey]":"]"}],"x\"items":5,"metadata":{"continue":"a\"b"}})";
    const std::optional<ListPage> page = ListPage::split(body);
    QVERIFY(page);
    QCOMPARE(page->continueToken(), u"a\"b"_s);
    const QJsonArray items = itemsOf(*page);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[u"note"_s].toString(), u"}]\"{[\\"_s);
}

void TestListPage::noItems_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty array") << QByteArray(R"({"items":[],"metadata":{}})");
    QTest::newRow("null") << QByteArray(R"({"items":null,"metadata":{"resourceVersion":"1"}})");
    QTest::newRow("missing") << QByteArray(R"({"kind":"List"})");
    QTest::newRow("empty object") << QByteArray("{}");
}

void TestListPage::noItems()
{
    QFETCH(QByteArray, body);
    const std::optional<ListPage> page = ListPage::split(body);
    QVERIFY(page);
    QVERIFY(!page->hasItems());
    const auto items = page->items();
    QVERIFY(items);
    QVERIFY(items->root().isArray());
    QCOMPARE(items->root().size(), 0);
}

void TestListPage::notAList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("items a number") << QByteArray(R"({"items":5})");
    QTest::newRow("items a string") << QByteArray(R"({"items":"[]"})");
    QTest::newRow("cut in the items") << QByteArray(R"({"items":[{"a":1},)");
    QTest::newRow("cut in a string") << QByteArray(R"({"items":[],"kind":"Li)");
    QTest::newRow("cut after a key") << QByteArray(R"({"items")");
    QTest::newRow("no colon") << QByteArray(R"({"items" [] })");
    QTest::newRow("key not a string") << QByteArray(R"({items:[]})");
    QTest::newRow("two objects") << QByteArray(R"({"items":[]}{})");
    QTest::newRow("unclosed") << QByteArray(R"({"items":[]   )");
    QTest::newRow("html") << QByteArray("<html><body>Sign in</body></html>");
}

void TestListPage::notAList()
{
    QFETCH(QByteArray, body);
    QVERIFY(!ListPage::split(body));
}

void TestListPage::itemsThatDoNotParse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("bad literal") << QByteArray(R"({"items":[{"a":tru}]})");
    QTest::newRow("not objects") << QByteArray(R"({"items":[1,2]})");
    QTest::newRow("trailing comma") << QByteArray(R"({"items":[{"a":1},]})");
    QTest::newRow("no colon") << QByteArray(R"({"items":[{"a" 1}]})");
}

void TestListPage::itemsThatDoNotParse()
{
    QFETCH(QByteArray, body);
    const std::optional<ListPage> page = ListPage::split(body);
    QVERIFY(page); // the structure holds: the next page can be asked for
    QVERIFY(!page->items());
}

void TestListPage::deepNestingIsNotRecursedInto()
{
    const QByteArray body = "{\"items\":[" + QByteArray(200000, '[') + QByteArray(200000, ']') +
                            "],\"metadata\":{\"resourceVersion\":\"3\"}}";
    const std::optional<ListPage> page = ListPage::split(body);
    QVERIFY(page);
    QCOMPARE(page->resourceVersion(), u"3"_s);
    QVERIFY(!page->items()); // the parser's own limit (1024 levels)
}

void TestListPage::sameAsWholeParse()
{
    QByteArray body = R"({"apiVersion":"v1","items":[)";
    for (int i = 0; i < 500; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"metadata":{"name":"r)" + QByteArray::number(i) +
                R"(","labels":{"a/b":"c\"}{"}},"status":{"phase":"Healthy","n":)" +
                QByteArray::number(i * 1.5) + "}}";
    }
    body += R"(],"kind":"List","metadata":{"continue":"next","resourceVersion":"12"}})";
    const QJsonObject whole = QJsonDocument::fromJson(body).object();
    QVERIFY(!whole.isEmpty());
    const std::optional<ListPage> page = ListPage::split(body);
    QVERIFY(page);
    const QJsonArray items = itemsOf(*page);
    const QJsonArray expected = whole.value(u"items"_s).toArray();
    QCOMPARE(items.size(), expected.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        QCOMPARE(items.at(i), expected.at(i));
    const QJsonObject metadata = whole.value(u"metadata"_s).toObject();
    QCOMPARE(page->continueToken(), metadata.value(u"continue"_s).toString());
    QCOMPARE(page->resourceVersion(), metadata.value(u"resourceVersion"_s).toString());
}

QTEST_GUILESS_MAIN(TestListPage)
#include "tst_listpage.moc"
