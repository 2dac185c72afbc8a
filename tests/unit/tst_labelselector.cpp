#include "models/sim/apiserver/labelselector.h"

#include <QTest>

using Sim::LabelSelector;

namespace {

QJsonObject labels(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QJsonObject object;
    for (const auto &pair : pairs)
        object.insert(QString::fromUtf8(pair.first), QString::fromUtf8(pair.second));
    return object;
}

} // namespace

class TestLabelSelector : public QObject
{
    Q_OBJECT

private slots:
    void matching_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("matchesA"); // app=web, tier=db
        QTest::addColumn<bool>("matchesB"); // app=api
        QTest::addColumn<bool>("matchesNone");

        QTest::newRow("empty") << QString() << true << true << true;
        QTest::newRow("equals") << QStringLiteral("app=web") << true << false << false;
        QTest::newRow("double equals") << QStringLiteral("app==web") << true << false << false;
        QTest::newRow("not equals") << QStringLiteral("app!=web") << false << true << true;
        QTest::newRow("in") << QStringLiteral("app in (web, api)") << true << true << false;
        QTest::newRow("notin") << QStringLiteral("app notin (web)") << false << true << true;
        QTest::newRow("exists") << QStringLiteral("tier") << true << false << false;
        QTest::newRow("does not exist") << QStringLiteral("!tier") << false << true << true;
        QTest::newRow("and") << QStringLiteral("app=web,tier=db") << true << false << false;
        QTest::newRow("and fails")
            << QStringLiteral("app=web,tier=cache") << false << false << false;
        QTest::newRow("spaces") << QStringLiteral("  app = web ,  !other ") << true << false
                                << false;
        QTest::newRow("prefixed key")
            << QStringLiteral("openebs.io/cstor-pool-cluster") << false << false << false;
        QTest::newRow("value named in")
            << QStringLiteral("app in (in, web)") << true << false << false;
    }

    void matching()
    {
        QFETCH(QString, selector);
        QFETCH(bool, matchesA);
        QFETCH(bool, matchesB);
        QFETCH(bool, matchesNone);
        QString error;
        const auto parsed = LabelSelector::parse(selector, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(parsed->matches(labels({{"app", "web"}, {"tier", "db"}})), matchesA);
        QCOMPARE(parsed->matches(labels({{"app", "api"}})), matchesB);
        QCOMPARE(parsed->matches(QJsonObject()), matchesNone);
    }

    void prefixedKeyAndObject()
    {
        const auto parsed =
            LabelSelector::parse(QStringLiteral("openebs.io/cstor-pool-cluster=cstor-disk-pool"));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->requirements().size(), 1);
        QCOMPARE(parsed->requirements().first().key,
                 QStringLiteral("openebs.io/cstor-pool-cluster"));
        const QJsonObject object{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("labels"),
                          labels({{"openebs.io/cstor-pool-cluster", "cstor-disk-pool"}})}}}};
        QVERIFY(parsed->matchesObject(object));
        QVERIFY(!parsed->matchesObject(QJsonObject()));
    }

    void greaterLess()
    {
        const auto gt = LabelSelector::parse(QStringLiteral("n>2"));
        QVERIFY(gt.has_value());
        QVERIFY(gt->matches(labels({{"n", "3"}})));
        QVERIFY(!gt->matches(labels({{"n", "2"}})));
        QVERIFY(!gt->matches(labels({{"n", "x"}})));
        const auto lt = LabelSelector::parse(QStringLiteral("n<2"));
        QVERIFY(lt->matches(labels({{"n", "1"}})));
        QString error;
        QVERIFY(!LabelSelector::parse(QStringLiteral("n>x"), &error).has_value());
        QCOMPARE(error, QStringLiteral("unable to parse requirement: for 'Gt', 'Lt' operators, "
                                       "the value must be an integer"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing operator")
            << QStringLiteral("a b")
            << QStringLiteral("unable to parse requirement: found 'b', expected: in, notin, =, "
                              "==, !=, gt, lt");
        QTest::newRow("uppercase IN")
            << QStringLiteral("env IN (a)")
            << QStringLiteral("unable to parse requirement: found 'IN', expected: in, notin, =, "
                              "==, !=, gt, lt");
        QTest::newRow("leading operator")
            << QStringLiteral("=a")
            << QStringLiteral("found '=', expected: !, identifier, or 'end of string'");
        QTest::newRow("trailing comma")
            << QStringLiteral("a=b,") << QStringLiteral("found '', expected: identifier after ','");
        QTest::newRow("in without parens")
            << QStringLiteral("a in b")
            << QStringLiteral("unable to parse requirement: found 'b' expected: '('");
        QTest::newRow("unclosed")
            << QStringLiteral("a in (b")
            << QStringLiteral("unable to parse requirement: found '', expected: ',' or ')'");
        QTest::newRow("not with value")
            << QStringLiteral("!a=b")
            << QStringLiteral("found '=', expected: ',' or 'end of string'");
        QTest::newRow("many equals")
            << QStringLiteral("test-label=====name1")
            << QStringLiteral("unable to parse requirement: found '==', expected: identifier");
    }

    void errors()
    {
        QFETCH(QString, selector);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!LabelSelector::parse(selector, &error).has_value());
        QCOMPARE(error, message);
    }

    void invalidKeyAndValue()
    {
        QString error;
        QVERIFY(!LabelSelector::parse(QStringLiteral("-a=b"), &error).has_value());
        QVERIFY2(error.startsWith(QStringLiteral("unable to parse requirement: Invalid value: "
                                                 "\"-a\": name part must consist of")),
                 qPrintable(error));
        QVERIFY(!LabelSelector::parse(QStringLiteral("a=b c"), &error).has_value());
        QVERIFY(!LabelSelector::parse(QStringLiteral("a=-b"), &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("a valid label must be an empty string")),
                 qPrintable(error));
    }

    void emptyValues()
    {
        const auto parsed = LabelSelector::parse(QStringLiteral("a="));
        QVERIFY(parsed.has_value());
        QVERIFY(parsed->matches(labels({{"a", ""}})));
        QVERIFY(!parsed->matches(labels({{"a", "x"}})));
        const auto set = LabelSelector::parse(QStringLiteral("a in (,x)"));
        QVERIFY(set.has_value());
        QVERIFY(set->matches(labels({{"a", ""}})));
        QVERIFY(set->matches(labels({{"a", "x"}})));
    }
};

QTEST_GUILESS_MAIN(TestLabelSelector)
#include "tst_labelselector.moc"
