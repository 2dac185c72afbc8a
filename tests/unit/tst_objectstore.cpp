#include "models/sim/store/objectstore.h"
#include "tests/common/seednames.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using Sim::ApiError;
using Sim::ObjectStore;
using Sim::StoreEvent;

namespace {

using SeedNames::kCvr;
const QString kGroup = QStringLiteral("cstor.openebs.io");

QJsonObject cvr(const QString &name, const QString &ns = QStringLiteral("openebs"))
{
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("cstor.openebs.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("CStorVolumeReplica")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("capacity"), QStringLiteral("5G")}}},
    };
}

QJsonObject meta(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata")).toObject();
}

QString rv(const QJsonObject &object)
{
    return meta(object).value(QStringLiteral("resourceVersion")).toString();
}

QJsonObject setMeta(QJsonObject object, const QString &key, const QJsonValue &value)
{
    QJsonObject m = meta(object);
    if (value.isUndefined())
        m.remove(key);
    else
        m.insert(key, value);
    object.insert(QStringLiteral("metadata"), m);
    return object;
}

QJsonObject ok(const ObjectStore::Result &result)
{
    if (const auto *error = std::get_if<ApiError>(&result))
        qWarning("unexpected error: %s", qPrintable(error->message));
    return std::get<QJsonObject>(result);
}

ApiError failed(const ObjectStore::Result &result)
{
    return std::get<ApiError>(result);
}

} // namespace

class TestObjectStore : public QObject
{
    Q_OBJECT

private:
    QDateTime m_clock = QDateTime(QDate(2026, 11, 24), QTime(9, 6, 19), Qt::UTC);

    void setup(ObjectStore &store)
    {
        store.setClock([this] { return m_clock; });
        store.registerResource(kCvr, kGroup);
    }

private slots:
    void createFillsSystemFields()
    {
        ObjectStore store;
        setup(store);
        QSignalSpy spy(&store, &ObjectStore::changed);
        const qint64 before = store.resourceVersion();
        const QJsonObject created = ok(store.create(kCvr, cvr(QStringLiteral("a"))));
        const QJsonObject m = meta(created);
        QCOMPARE(created.value(QStringLiteral("apiVersion")).toString(),
                 QStringLiteral("cstor.openebs.io/v1"));
        QCOMPARE(created.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("CStorVolumeReplica"));
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                              "[0-9a-f]{12}$"))
                .match(m.value(QStringLiteral("uid")).toString())
                .hasMatch());
        QCOMPARE(m.value(QStringLiteral("creationTimestamp")).toString(),
                 QStringLiteral("2026-11-24T09:06:19Z"));
        QCOMPARE(m.value(QStringLiteral("generation")).toInteger(), 1);
        QCOMPARE(rv(created), QString::number(before + 1));
        QCOMPARE(store.resourceVersion(), before + 1);
        QCOMPARE(spy.count(), 1);
        const auto event = spy.at(0).at(0).value<StoreEvent>();
        QCOMPARE(event.type, StoreEvent::Type::Added);
        QCOMPARE(event.resource, kCvr);
        QCOMPARE(event.object, created);
        QCOMPARE(store.get(kCvr, QStringLiteral("openebs"), QStringLiteral("a")).value(), created);
        QCOMPARE(store.count(kCvr), 1);
    }

    void createKeepsGivenUidAndTimestamp()
    {
        ObjectStore store;
        setup(store);
        QJsonObject object =
            setMeta(cvr(QStringLiteral("a")), QStringLiteral("uid"), QStringLiteral("given-uid"));
        object = setMeta(object, QStringLiteral("creationTimestamp"),
                         QStringLiteral("2020-01-01T00:00:00Z"));
        object = setMeta(object, QStringLiteral("resourceVersion"), QStringLiteral("7"));
        const QJsonObject created = ok(store.create(kCvr, object));
        QCOMPARE(meta(created).value(QStringLiteral("uid")).toString(),
                 QStringLiteral("given-uid"));
        QCOMPARE(meta(created).value(QStringLiteral("creationTimestamp")).toString(),
                 QStringLiteral("2020-01-01T00:00:00Z"));
        QCOMPARE(rv(created), QString::number(store.resourceVersion()));
    }

    void createRejectsTakenNameAndMissingName()
    {
        ObjectStore store;
        setup(store);
        ok(store.create(kCvr, cvr(QStringLiteral("a"))));
        const ApiError error = failed(store.create(kCvr, cvr(QStringLiteral("a"))));
        QCOMPARE(error.code, 409);
        QCOMPARE(error.reason, QStringLiteral("AlreadyExists"));
        QCOMPARE(error.message,
                 QStringLiteral("cstorvolumereplicas.cstor.openebs.io \"a\" already exists"));
        // Same name in another namespace is fine.
        ok(store.create(kCvr, cvr(QStringLiteral("a"), QStringLiteral("other"))));

        const ApiError missing = failed(store.create(kCvr, cvr(QString())));
        QCOMPARE(missing.code, 422);
        QCOMPARE(missing.reason, QStringLiteral("Invalid"));
    }

    void generateName()
    {
        ObjectStore store;
        setup(store);
        QJsonObject object = setMeta(cvr(QString()), QStringLiteral("name"), QJsonValue());
        object = setMeta(object, QStringLiteral("generateName"), QStringLiteral("pool-"));
        QSet<QString> names;
        for (int i = 0; i < 20; ++i) {
            const QString name =
                meta(ok(store.create(kCvr, object))).value(QStringLiteral("name")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^pool-[bcdfghjklmnpqrstvwxz2456789]{5}$"))
                         .match(name)
                         .hasMatch(),
                     qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(names.size(), 20);
        QCOMPARE(store.count(kCvr), 20);
    }

    void seededUidsAreReproducible()
    {
        ObjectStore a;
        ObjectStore b;
        a.setRandomSeed(42);
        b.setRandomSeed(42);
        const QString uidA = meta(ok(a.create(kCvr, cvr(QStringLiteral("x")))))
                                 .value(QStringLiteral("uid"))
                                 .toString();
        const QString uidB = meta(ok(b.create(kCvr, cvr(QStringLiteral("x")))))
                                 .value(QStringLiteral("uid"))
                                 .toString();
        QCOMPARE(uidA, uidB);
        QCOMPARE(uidA.at(14), QLatin1Char('4')); // version 4
    }

    void updateConflictAndNotFound()
    {
        ObjectStore store;
        setup(store);
        const QJsonObject created = ok(store.create(kCvr, cvr(QStringLiteral("a"))));
        QJsonObject stale =
            setMeta(created, QStringLiteral("resourceVersion"), QStringLiteral("1"));
        stale.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), 1}});
        const ApiError conflict = failed(store.update(kCvr, stale));
        QCOMPARE(conflict.code, 409);
        QCOMPARE(conflict.reason, QStringLiteral("Conflict"));
        QVERIFY(conflict.message.startsWith(
            QStringLiteral("Operation cannot be fulfilled on cstorvolumereplicas.cstor.openebs.io "
                           "\"a\": the object has been modified")));

        const ApiError missing = failed(store.update(kCvr, cvr(QStringLiteral("nope"))));
        QCOMPARE(missing.code, 404);
        QCOMPARE(missing.message,
                 QStringLiteral("cstorvolumereplicas.cstor.openebs.io \"nope\" not found"));
    }

    void updateGenerationAndNoOp()
    {
        ObjectStore store;
        setup(store);
        const QJsonObject created = ok(store.create(kCvr, cvr(QStringLiteral("a"))));
        QSignalSpy spy(&store, &ObjectStore::changed);

        // No-op (even without resourceVersion/uid in the request): same object, no event.
        const QJsonObject same = ok(store.update(kCvr, cvr(QStringLiteral("a"))));
        QCOMPARE(same, created);
        QCOMPARE(spy.count(), 0);

        // Status change: new RV, uid kept; generation bumps (no status subresource).
        QJsonObject withStatus = created;
        withStatus.insert(QStringLiteral("status"),
                          QJsonObject{{QStringLiteral("phase"), QStringLiteral("Healthy")}});
        const QJsonObject s = ok(store.update(kCvr, withStatus));
        QCOMPARE(meta(s).value(QStringLiteral("generation")).toInteger(), 2);
        QCOMPARE(rv(s), QString::number(store.resourceVersion()));
        QVERIFY(rv(s) != rv(created));
        QCOMPARE(meta(s).value(QStringLiteral("uid")), meta(created).value(QStringLiteral("uid")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<StoreEvent>().type, StoreEvent::Type::Modified);

        // Label change: metadata only, generation stays.
        const QJsonObject l = ok(
            store.update(kCvr, setMeta(s, QStringLiteral("labels"),
                                       QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}})));
        QCOMPARE(meta(l).value(QStringLiteral("generation")).toInteger(), 2);

        // Spec change: generation bumps.
        QJsonObject withSpec = l;
        withSpec.insert(QStringLiteral("spec"),
                        QJsonObject{{QStringLiteral("capacity"), QStringLiteral("10G")}});
        const QJsonObject g = ok(store.update(kCvr, withSpec));
        QCOMPARE(meta(g).value(QStringLiteral("generation")).toInteger(), 3);
        // Status kept when sent; apiVersion/kind kept when omitted.
        QJsonObject noKind = g;
        noKind.remove(QStringLiteral("kind"));
        noKind.remove(QStringLiteral("apiVersion"));
        QCOMPARE(ok(store.update(kCvr, noKind)), g);
        QCOMPARE(spy.count(), 3);
    }

    void finalizers()
    {
        ObjectStore store;
        setup(store);
        QJsonObject object = setMeta(cvr(QStringLiteral("a")), QStringLiteral("finalizers"),
                                     QJsonArray{QStringLiteral("cstorvolumereplica.openebs.io/"
                                                               "finalizer")});
        ok(store.create(kCvr, object));
        QSignalSpy spy(&store, &ObjectStore::changed);
        m_clock = m_clock.addSecs(60);
        const QJsonObject deleting =
            ok(store.remove(kCvr, QStringLiteral("openebs"), QStringLiteral("a")));
        QCOMPARE(meta(deleting).value(QStringLiteral("deletionTimestamp")).toString(),
                 QStringLiteral("2026-11-24T09:07:19Z"));
        QVERIFY(store.get(kCvr, QStringLiteral("openebs"), QStringLiteral("a")).has_value());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<StoreEvent>().type, StoreEvent::Type::Modified);

        // Deleting again changes nothing.
        QCOMPARE(ok(store.remove(kCvr, QStringLiteral("openebs"), QStringLiteral("a"))), deleting);
        QCOMPARE(spy.count(), 1);

        // A deletionTimestamp cannot be cleared, no finalizer can be added.
        const QJsonObject cleared =
            setMeta(deleting, QStringLiteral("deletionTimestamp"), QJsonValue());
        QCOMPARE(ok(store.update(kCvr, cleared)), deleting);
        const QJsonObject added =
            setMeta(deleting, QStringLiteral("finalizers"),
                    QJsonArray{QStringLiteral("cstorvolumereplica.openebs.io/finalizer"),
                               QStringLiteral("x/y")});
        QCOMPARE(failed(store.update(kCvr, added)).code, 422);

        // Removing the last finalizer deletes the object.
        const QJsonObject gone =
            ok(store.update(kCvr, setMeta(deleting, QStringLiteral("finalizers"), QJsonArray())));
        QVERIFY(!store.get(kCvr, QStringLiteral("openebs"), QStringLiteral("a")).has_value());
        QCOMPARE(spy.count(), 2);
        const auto event = spy.at(1).at(0).value<StoreEvent>();
        QCOMPARE(event.type, StoreEvent::Type::Deleted);
        QCOMPARE(event.object, gone);
        QCOMPARE(rv(gone), QString::number(event.resourceVersion));
    }

    void removeWithoutFinalizers()
    {
        ObjectStore store;
        setup(store);
        ok(store.create(kCvr, cvr(QStringLiteral("a"))));
        QSignalSpy spy(&store, &ObjectStore::changed);
        const QJsonObject last =
            ok(store.remove(kCvr, QStringLiteral("openebs"), QStringLiteral("a")));
        QCOMPARE(rv(last), QString::number(store.resourceVersion()));
        QVERIFY(!store.get(kCvr, QStringLiteral("openebs"), QStringLiteral("a")).has_value());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<StoreEvent>().type, StoreEvent::Type::Deleted);
        const ApiError error =
            failed(store.remove(kCvr, QStringLiteral("openebs"), QStringLiteral("a")));
        QCOMPARE(error.code, 404);
        QCOMPARE(store.count(kCvr), 0);
    }

    void dryRunNeverStores()
    {
        ObjectStore store;
        setup(store);
        int hookCalls = 0;
        store.addAdmissionHook([&](const QString &, const QJsonObject *, const QJsonObject &) {
            ++hookCalls;
            return std::optional<ApiError>();
        });
        QSignalSpy spy(&store, &ObjectStore::changed);
        const qint64 before = store.resourceVersion();
        const QJsonObject preview = ok(store.create(kCvr, cvr(QStringLiteral("a")), true));
        QCOMPARE(meta(preview).value(QStringLiteral("name")).toString(), QStringLiteral("a"));
        QVERIFY(!store.get(kCvr, QStringLiteral("openebs"), QStringLiteral("a")).has_value());
        QCOMPARE(hookCalls, 1);

        const QJsonObject created = ok(store.create(kCvr, cvr(QStringLiteral("a"))));
        QJsonObject changed = created;
        changed.insert(QStringLiteral("status"),
                       QJsonObject{{QStringLiteral("phase"), QStringLiteral("Healthy")}});
        const QJsonObject updated = ok(store.update(kCvr, changed, true));
        QCOMPARE(updated.value(QStringLiteral("status")), changed.value(QStringLiteral("status")));
        QCOMPARE(store.get(kCvr, QStringLiteral("openebs"), QStringLiteral("a")).value(), created);
        QCOMPARE(hookCalls, 3);

        ok(store.remove(kCvr, QStringLiteral("openebs"), QStringLiteral("a"), true));
        QVERIFY(store.get(kCvr, QStringLiteral("openebs"), QStringLiteral("a")).has_value());
        QCOMPARE(store.resourceVersion(), before + 1);
        QCOMPARE(spy.count(), 1);
    }

    void admissionCanRefuse()
    {
        ObjectStore store;
        setup(store);
        bool sawOld = false;
        store.addAdmissionHook(
            [&](const QString &resource, const QJsonObject *old, const QJsonObject &proposed) {
                if (old)
                    sawOld = true;
                if (resource == kCvr && proposed.contains(QStringLiteral("status")))
                    return std::optional<ApiError>(ApiError::admissionDenied(QStringLiteral("no")));
                return std::optional<ApiError>();
            });
        const QJsonObject created = ok(store.create(kCvr, cvr(QStringLiteral("a"))));
        QVERIFY(!sawOld);
        QJsonObject changed = created;
        changed.insert(QStringLiteral("status"), QJsonObject());
        const ApiError error = failed(store.update(kCvr, changed));
        QVERIFY(sawOld);
        QCOMPARE(error.code, 400);
        QCOMPARE(error.message,
                 QStringLiteral("admission webhook \"admission-webhook.cstor.openebs.io\" denied "
                                "the request: no"));
        QCOMPARE(store.get(kCvr, QStringLiteral("openebs"), QStringLiteral("a")).value(), created);
    }

    void listSortedAndByNamespace()
    {
        ObjectStore store;
        setup(store);
        ok(store.create(kCvr, cvr(QStringLiteral("b"), QStringLiteral("ns2"))));
        ok(store.create(kCvr, cvr(QStringLiteral("b"), QStringLiteral("ns1"))));
        ok(store.create(kCvr, cvr(QStringLiteral("a"), QStringLiteral("ns2"))));
        ok(store.create(QStringLiteral("other"), cvr(QStringLiteral("z"), QStringLiteral("ns1"))));
        QStringList all;
        for (const QJsonObject &o : store.list(kCvr))
            all << meta(o).value(QStringLiteral("namespace")).toString() + QLatin1Char('/') +
                       meta(o).value(QStringLiteral("name")).toString();
        QCOMPARE(all, QStringList({QStringLiteral("ns1/b"), QStringLiteral("ns2/a"),
                                   QStringLiteral("ns2/b")}));
        QCOMPARE(store.list(kCvr, QStringLiteral("ns2")).size(), 2);
        QCOMPARE(store.list(kCvr, QStringLiteral("ns3")).size(), 0);
        QCOMPARE(store.list(QStringLiteral("unknown")).size(), 0);
        QCOMPARE(store.count(QStringLiteral("unknown")), 0);
    }

    void historyAndEventsSince()
    {
        ObjectStore store;
        setup(store);
        store.setHistoryLimit(3);
        const qint64 start = store.resourceVersion();
        for (int i = 0; i < 5; ++i)
            ok(store.create(i % 2 ? QStringLiteral("other") : kCvr, cvr(QString::number(i))));
        // RVs start+1 .. start+5; history keeps start+3 .. start+5.
        QVERIFY(!store.eventsSince(start).has_value());
        QVERIFY(!store.eventsSince(start + 1).has_value());
        const auto fromTwo = store.eventsSince(start + 2);
        QVERIFY(fromTwo.has_value());
        QCOMPARE(fromTwo->size(), 3);
        QCOMPARE(fromTwo->first().resourceVersion, start + 3);
        const auto cvrOnly = store.eventsSince(start + 2, kCvr);
        QCOMPARE(cvrOnly->size(), 2); // objects 2 and 4
        QCOMPARE(store.eventsSince(start + 5)->size(), 0);
        QCOMPARE(store.eventsSince(start + 100)->size(), 0);
    }

    void scales()
    {
        ObjectStore store;
        setup(store);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 30000; ++i) {
            QJsonObject object = cvr(QStringLiteral("pvc-%1-pool").arg(i, 6, 10, QLatin1Char('0')));
            object.insert(QStringLiteral("status"),
                          QJsonObject{{QStringLiteral("phase"), QStringLiteral("Healthy")}});
            ok(store.create(kCvr, object));
        }
        const qint64 createMs = timer.restart();
        const QList<QJsonObject> all = store.list(kCvr, QStringLiteral("openebs"));
        const qint64 listMs = timer.elapsed();
        QCOMPARE(all.size(), 30000);
        QCOMPARE(store.count(kCvr), 30000);
        qInfo("30000 creates: %lld ms, list: %lld ms", createMs, listMs);
    }
};

QTEST_GUILESS_MAIN(TestObjectStore)
#include "tst_objectstore.moc"
