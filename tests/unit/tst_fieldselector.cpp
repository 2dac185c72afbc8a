#include "models/sim/apiserver/fieldselector.h"

#include <QTest>

using Sim::FieldSelector;

namespace {

QJsonObject makeEvent(const QString &name, const QString &kind, const QString &involvedName,
                      const QString &uid)
{
    return QJsonObject{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), QStringLiteral("openebs")}}},
        {QStringLiteral("involvedObject"),
         QJsonObject{{QStringLiteral("kind"), kind},
                     {QStringLiteral("name"), involvedName},
                     {QStringLiteral("namespace"), QStringLiteral("openebs")},
                     {QStringLiteral("uid"), uid},
                     {QStringLiteral("apiVersion"), QStringLiteral("cstor.openebs.io/v1")}}},
        {QStringLiteral("reason"), QStringLiteral("Provisioning")},
        {QStringLiteral("type"), QStringLiteral("Warning")},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("component"), QStringLiteral("cvc-operator")}}},
    };
}

} // namespace

class TestFieldSelector : public QObject
{
    Q_OBJECT

private slots:
    void metadataFields()
    {
        const QJsonObject cvr{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("pvc-1-pool")},
                         {QStringLiteral("namespace"), QStringLiteral("openebs")}}}};
        QString error;
        auto byName = FieldSelector::parse(QStringLiteral("metadata.name=pvc-1-pool"),
                                           QStringLiteral("cstorvolumereplicas"), &error);
        QVERIFY2(byName.has_value(), qPrintable(error));
        QVERIFY(byName->matches(cvr));
        QCOMPARE(byName->requiredValue(QStringLiteral("metadata.name")).value(),
                 QStringLiteral("pvc-1-pool"));
        QVERIFY(!byName->requiredValue(QStringLiteral("metadata.namespace")).has_value());

        auto other = FieldSelector::parse(QStringLiteral("metadata.name==other"),
                                          QStringLiteral("cstorvolumereplicas"));
        QVERIFY(!other->matches(cvr));
        auto negated = FieldSelector::parse(QStringLiteral("metadata.name!=other,"
                                                           "metadata.namespace=openebs"),
                                            QStringLiteral("cstorvolumereplicas"));
        QVERIFY(negated.has_value());
        QCOMPARE(negated->terms().size(), 2);
        QVERIFY(negated->matches(cvr));
        QVERIFY(!negated->requiredValue(QStringLiteral("metadata.name")).has_value());

        auto empty = FieldSelector::parse(QString(), QStringLiteral("cstorvolumereplicas"));
        QVERIFY(empty.has_value());
        QVERIFY(empty->isEmpty());
        QVERIFY(empty->matches(cvr));
    }

    void unsupportedField()
    {
        QString error;
        QVERIFY(!FieldSelector::parse(QStringLiteral("status.phase=Healthy"),
                                      QStringLiteral("cstorvolumereplicas"), &error)
                     .has_value());
        QCOMPARE(error, QStringLiteral("field label not supported: status.phase"));
        QVERIFY(!FieldSelector::parse(QStringLiteral("involvedObject.name=x"),
                                      QStringLiteral("cstorvolumeconfigs"), &error)
                     .has_value());
        QCOMPARE(error, QStringLiteral("field label not supported: involvedObject.name"));
        QVERIFY(FieldSelector::parse(QStringLiteral("status.phase=Active"),
                                     QStringLiteral("namespaces"))
                    .has_value());
    }

    void syntaxError()
    {
        QString error;
        QVERIFY(
            !FieldSelector::parse(QStringLiteral("metadata.name"), QStringLiteral("events"), &error)
                 .has_value());
        QCOMPARE(error, QStringLiteral("invalid selector: 'metadata.name'; can't understand "
                                       "'metadata.name'"));
    }

    void describeEventsSelector()
    {
        // What kubectl describe sends.
        const QString selector =
            QStringLiteral("involvedObject.name=pvc-1,involvedObject.namespace=openebs,"
                           "involvedObject.kind=CStorVolumeConfig,involvedObject.uid=u-1");
        QString error;
        const auto parsed = FieldSelector::parse(selector, QStringLiteral("events"), &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QVERIFY(parsed->matches(makeEvent(QStringLiteral("e1"), QStringLiteral("CStorVolumeConfig"),
                                          QStringLiteral("pvc-1"), QStringLiteral("u-1"))));
        QVERIFY(
            !parsed->matches(makeEvent(QStringLiteral("e2"), QStringLiteral("CStorVolumeConfig"),
                                       QStringLiteral("pvc-1"), QStringLiteral("u-2"))));
        QVERIFY(!parsed->matches(makeEvent(QStringLiteral("e3"), QStringLiteral("CStorVolume"),
                                           QStringLiteral("pvc-1"), QStringLiteral("u-1"))));
    }

    void eventFields()
    {
        const QJsonObject e = makeEvent(QStringLiteral("e1"), QStringLiteral("CStorVolumeConfig"),
                                        QStringLiteral("pvc-1"), QStringLiteral("u-1"));
        for (const QString &selector :
             {QStringLiteral("reason=Provisioning"), QStringLiteral("type=Warning"),
              QStringLiteral("source=cvc-operator"),
              QStringLiteral("involvedObject.apiVersion=cstor.openebs.io/v1"),
              QStringLiteral("involvedObject.fieldPath="), QStringLiteral("metadata.name=e1")}) {
            const auto parsed = FieldSelector::parse(selector, QStringLiteral("events"));
            QVERIFY2(parsed.has_value(), qPrintable(selector));
            QVERIFY2(parsed->matches(e), qPrintable(selector));
        }
        QVERIFY(!FieldSelector::parse(QStringLiteral("type=Normal"), QStringLiteral("events"))
                     ->matches(e));
    }

    void escapedValues()
    {
        const QJsonObject object{{QStringLiteral("metadata"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("a,b")}}}};
        const auto parsed =
            FieldSelector::parse(QStringLiteral("metadata.name=a\\,b"), QStringLiteral("events"));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->terms().size(), 1);
        QVERIFY(parsed->matches(object));
    }
};

QTEST_GUILESS_MAIN(TestFieldSelector)
#include "tst_fieldselector.moc"
