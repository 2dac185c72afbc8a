// Events leave the simulated cluster an hour after their last write, as kube-apiserver's
// --event-ttl has them: a repeat of an Event (client-go counting it) renews its hour, the
// deletion reaches watches, and a TTL of 0 keeps them.
#include "models/sim/store/eventexpiry.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject replica(const QString &name)
{
    return QJsonObject{
        {u"apiVersion"_s, u"cstor.openebs.io/v1"_s},
        {u"kind"_s, u"CStorVolumeReplica"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, name},
                                    {u"namespace"_s, u"openebs"_s},
                                    {u"uid"_s, name + u"-uid"_s}}},
    };
}

} // namespace

class TestEventExpiry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anEventGoesAnHourAfterItsLastWrite();
    void aZeroTtlKeepsEvents();

private:
    int events() const { return m_store->count(u"events"_s); }

    Sim::SimClock *m_clock = nullptr;
    Sim::ObjectStore *m_store = nullptr;
    Sim::EventRecorder *m_recorder = nullptr;
    Sim::EventExpiry *m_expiry = nullptr;
};

void TestEventExpiry::init()
{
    m_clock = new Sim::SimClock(this);
    m_clock->setSpeed(0);
    m_store = new Sim::ObjectStore(this);
    m_store->registerResource(u"events"_s, QString());
    m_recorder = new Sim::EventRecorder(m_store, m_clock, this);
    m_expiry = new Sim::EventExpiry(m_store, m_clock, this);
}

void TestEventExpiry::cleanup()
{
    delete m_expiry;
    delete m_recorder;
    delete m_store;
    delete m_clock;
}

void TestEventExpiry::anEventGoesAnHourAfterItsLastWrite()
{
    QCOMPARE(m_expiry->ttlSeconds(), 3600);
    m_recorder->normal(replica(u"a"_s), u"Created"_s, u"created"_s, u"cvr-controller"_s);
    m_recorder->normal(replica(u"b"_s), u"Created"_s, u"created"_s, u"cvr-controller"_s);
    QCOMPARE(events(), 2);

    m_clock->advance(30 * 60);
    // b's Event is counted again: its hour starts anew.
    m_recorder->normal(replica(u"b"_s), u"Created"_s, u"created"_s, u"cvr-controller"_s);
    QCOMPARE(events(), 2);
    const qint64 beforeExpiry = m_store->resourceVersion();

    m_clock->advance(29 * 60);
    QCOMPARE(events(), 2); // 59 minutes: both still there
    m_clock->advance(2 * 60);
    QCOMPARE(events(), 1); // a's hour is over
    QCOMPARE(m_store->list(u"events"_s)
                 .first()
                 .value("involvedObject"_L1)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"b"_s);
    // Watches see it go.
    const auto since = m_store->eventsSince(beforeExpiry, u"events"_s);
    QVERIFY(since);
    QCOMPARE(since->size(), 1);
    QCOMPARE(since->first().type, Sim::StoreEvent::Type::Deleted);

    m_clock->advance(30 * 60);
    QCOMPARE(events(), 0); // b's renewed hour is over too

    // An Event of an object seen again after its Event went is written anew.
    m_recorder->normal(replica(u"a"_s), u"Created"_s, u"created"_s, u"cvr-controller"_s);
    QCOMPARE(events(), 1);
    QCOMPARE(m_store->list(u"events"_s).first().value("count"_L1).toInt(), 1);
}

void TestEventExpiry::aZeroTtlKeepsEvents()
{
    m_expiry->setTtlSeconds(0);
    m_recorder->warning(replica(u"a"_s), u"FailUpdate"_s, u"not healthy"_s, u"cvc-controller"_s);
    m_clock->advance(5 * 3600);
    QCOMPARE(events(), 1);
    m_expiry->setTtlSeconds(3600);
    m_clock->advance(61);
    QCOMPARE(events(), 0); // its last write is long past the hour
}

QTEST_GUILESS_MAIN(TestEventExpiry)
#include "tst_eventexpiry.moc"
