// The cStor admission webhook's CVC UPDATE rules, each with upstream's exact message, as the
// apiserver returns them (400, `admission webhook "..." denied the request: <reason>`).
#include "controllerrig.h"
#include "tests/common/seednames.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using SeedNames::k6qkw;
using SeedNames::kPn9p;
using SeedNames::kPsz5;
const QString kVolume = QLatin1String(ControllerRig::seedVolume);
const QString kPrefix =
    u"admission webhook \"admission-webhook.cstor.openebs.io\" denied the request: "_s;

QJsonObject withPools(QJsonObject cvc, const QStringList &pools)
{
    QJsonObject spec = cvc.value("spec"_L1).toObject();
    QJsonObject policy = spec.value("policy"_L1).toObject();
    QJsonArray info;
    for (const QString &pool : pools)
        info.append(QJsonObject{{u"poolName"_s, pool}});
    policy.insert(u"replicaPoolInfo"_s, info);
    spec.insert(u"policy"_s, policy);
    cvc.insert(u"spec"_s, spec);
    return cvc;
}

QJsonObject withProvision(QJsonObject cvc, const QString &field, const QJsonValue &value)
{
    QJsonObject spec = cvc.value("spec"_L1).toObject();
    QJsonObject provision = spec.value("provision"_L1).toObject();
    provision.insert(field, value);
    spec.insert(u"provision"_s, provision);
    cvc.insert(u"spec"_s, spec);
    return cvc;
}

QJsonObject withStatus(QJsonObject cvc, const QString &field, const QJsonValue &value)
{
    QJsonObject status = cvc.value("status"_L1).toObject();
    status.insert(field, value);
    cvc.insert(u"status"_s, status);
    return cvc;
}
} // namespace

class TestAdmissionWebhook : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rejects_data();
    void rejects();
    void allows_data();
    void allows();
    void scalingInProgressBlocksAnotherLengthChange();
    void notBoundCannotScale();
    void cspcPoolWithReplicasCannotBeRemoved();
    void cspcWithReplicasCannotBeDeleted();
    void terminatingCvcIsStillValidated();
    void downWebhookRefusesEveryMatchedWrite();
    void blockDeviceReplacementMirrorVersusStripe();

private:
    std::unique_ptr<ControllerRig> m_rig;
};

void TestAdmissionWebhook::init()
{
    m_rig = std::make_unique<ControllerRig>();
    QString error;
    QVERIFY2(m_rig->loadSeed(&error), qPrintable(error));
}

void TestAdmissionWebhook::rejects_data()
{
    QTest::addColumn<QJsonObject>("proposed");
    QTest::addColumn<QString>("reason");
    ControllerRig rig;
    QString error;
    QVERIFY(rig.loadSeed(&error));
    const QJsonObject cvc = rig.cvc_();
    QTest::newRow("replicaCount") << withProvision(cvc, u"replicaCount"_s, 3)
                                  << u"cvc "_s + kVolume +
                                         u" replicaCount got modified from 2 to 3"_s;
    QTest::newRow("capacity") << withProvision(cvc, u"capacity"_s,
                                               QJsonObject{{u"storage"_s, u"10Gi"_s}})
                              << u"cvc initial provisioned capacity `Spec.Provision.Capacity` is "
                                 "immutable, can't be modified "_s;
    QTest::newRow("swap") << withPools(cvc, {k6qkw, kPsz5})
                          << u"volume replica migration directly by modifying pool names "
                             "[cspc-stripe-pool-pn9p] is not yet supported"_s;
    QTest::newRow("swap while growing") << withPools(cvc, {k6qkw, kPsz5, u"x"_s})
                                        << u"volume replica migration directly by modifying pool "
                                           "names [cspc-stripe-pool-pn9p] is not yet supported"_s;
    QTest::newRow("two removals") << withPools(cvc, {})
                                  << u"Can't perform more than one replica scale down requested "
                                     "scale down count 2"_s;
    // validatePoolNames prints the whole list with %v, not only the repeated names.
    QTest::newRow("duplicates") << withPools(cvc, {k6qkw, kPn9p, kPn9p})
                                << u"duplicate pool names [cspc-stripe-pool-6qkw "
                                   "cspc-stripe-pool-pn9p cspc-stripe-pool-pn9p] found under "
                                   "spec of cvc "_s +
                                       kVolume;
}

void TestAdmissionWebhook::rejects()
{
    QFETCH(QJsonObject, proposed);
    QFETCH(QString, reason);
    const auto result = m_rig->store->update(u"cstorvolumeconfigs"_s, proposed);
    QVERIFY(std::holds_alternative<Sim::ApiError>(result));
    const Sim::ApiError error = std::get<Sim::ApiError>(result);
    QCOMPARE(error.code, 400);
    QCOMPARE(error.reason, u"BadRequest"_s);
    QCOMPARE(error.message, kPrefix + reason);
    QCOMPARE(Sim::AdmissionWebhook::validateCvcUpdate(m_rig->cvc_(), proposed), reason);
}

void TestAdmissionWebhook::allows_data()
{
    QTest::addColumn<QJsonObject>("proposed");
    ControllerRig rig;
    QString error;
    QVERIFY(rig.loadSeed(&error));
    const QJsonObject cvc = rig.cvc_();
    QTest::newRow("scale up by one") << withPools(cvc, {k6qkw, kPn9p, kPsz5});
    QTest::newRow("scale up by two") << withPools(cvc, {k6qkw, kPn9p, kPsz5, u"other"_s});
    QTest::newRow("scale down by one") << withPools(cvc, {k6qkw});
    QTest::newRow("same capacity, other notation")
        << withProvision(cvc, u"capacity"_s, QJsonObject{{u"storage"_s, u"5120Mi"_s}});
    QJsonObject annotated = cvc;
    QJsonObject metadata = annotated.value("metadata"_L1).toObject();
    metadata.insert(u"annotations"_s, QJsonObject{{u"note"_s, u"x"_s}});
    annotated.insert(u"metadata"_s, metadata);
    QTest::newRow("annotation") << annotated;
}

void TestAdmissionWebhook::allows()
{
    QFETCH(QJsonObject, proposed);
    const auto result = m_rig->store->update(u"cstorvolumeconfigs"_s, proposed);
    QVERIFY2(std::holds_alternative<QJsonObject>(result),
             std::holds_alternative<Sim::ApiError>(result)
                 ? qPrintable(std::get<Sim::ApiError>(result).message)
                 : "");
}

void TestAdmissionWebhook::scalingInProgressBlocksAnotherLengthChange()
{
    // spec has 3 pools, status 2: a scale-up is in progress (nothing runs the controller here).
    QVERIFY(std::holds_alternative<QJsonObject>(m_rig->setPools({k6qkw, kPn9p, kPsz5})));
    const auto back = m_rig->setPools({k6qkw, kPn9p});
    QVERIFY(std::holds_alternative<Sim::ApiError>(back));
    QCOMPARE(std::get<Sim::ApiError>(back).message,
             kPrefix + u"scaling of CVC "_s + kVolume + u" is already in progress"_s);
    const auto more = m_rig->setPools({k6qkw, kPn9p, kPsz5, u"x"_s});
    QCOMPARE(std::get<Sim::ApiError>(more).message,
             kPrefix + u"scaling of CVC "_s + kVolume + u" is already in progress"_s);
    // Same length, other new name: allowed (how a typo is fixed).
    QVERIFY(std::holds_alternative<QJsonObject>(m_rig->setPools({k6qkw, kPn9p, u"fixed"_s})));
}

void TestAdmissionWebhook::notBoundCannotScale()
{
    const QJsonObject pending = withStatus(m_rig->cvc_(), u"phase"_s, u"Pending"_s);
    // The status write itself keeps the list lengths: allowed.
    QVERIFY(std::holds_alternative<QJsonObject>(
        m_rig->store->update(u"cstorvolumeconfigs"_s, pending)));
    const auto result = m_rig->setPools({k6qkw, kPn9p, kPsz5});
    QVERIFY(std::holds_alternative<Sim::ApiError>(result));
    QCOMPARE(std::get<Sim::ApiError>(result).message,
             kPrefix +
                 u"Can't perform scaling of volume replicas when CVC is not in Bound state"_s);
    // ...unless the same write makes it Bound (the controller's own provisioning write).
    const QJsonObject bound =
        withStatus(withPools(m_rig->cvc_(), {k6qkw, kPn9p, kPsz5}), u"phase"_s, u"Bound"_s);
    QVERIFY(
        std::holds_alternative<QJsonObject>(m_rig->store->update(u"cstorvolumeconfigs"_s, bound)));
}

void TestAdmissionWebhook::cspcPoolWithReplicasCannotBeRemoved()
{
    QJsonObject cspc = m_rig->get(u"cstorpoolclusters"_s, u"cspc-stripe-pool"_s);
    QJsonObject spec = cspc.value("spec"_L1).toObject();
    QJsonArray pools = spec.value("pools"_L1).toArray();
    pools.removeAt(1); // e2e1-node2: cspc-stripe-pool-pn9p holds replicas
    spec.insert(u"pools"_s, pools);
    cspc.insert(u"spec"_s, spec);
    const auto result = m_rig->store->update(u"cstorpoolclusters"_s, cspc);
    QVERIFY(std::holds_alternative<Sim::ApiError>(result));
    QCOMPARE(std::get<Sim::ApiError>(result).code, 422);
    QCOMPARE(std::get<Sim::ApiError>(result).message,
             kPrefix + u"invalid cspc specification: volume still exists on pool "
                       "cspc-stripe-pool-pn9p"_s);
}

void TestAdmissionWebhook::cspcWithReplicasCannotBeDeleted()
{
    const auto refused = m_rig->store->remove(u"cstorpoolclusters"_s, u"openebs"_s,
                                              u"cspc-stripe-pool"_s, /*dryRun=*/true);
    QVERIFY(std::holds_alternative<Sim::ApiError>(refused));
    QCOMPARE(std::get<Sim::ApiError>(refused).code, 422);
    QVERIFY2(
        std::get<Sim::ApiError>(refused).message.startsWith(
            kPrefix + u"invalid cspc cspc-stripe-pool deletion: volume still exists on pool "_s),
        qPrintable(std::get<Sim::ApiError>(refused).message));
    QVERIFY(m_rig->store->get(u"cstorpoolclusters"_s, u"openebs"_s, u"cspc-stripe-pool"_s));

    // Without replicas on its pools the delete goes through.
    for (const QJsonObject &cvr : m_rig->store->list(u"cstorvolumereplicas"_s)) {
        const QJsonObject meta = cvr.value("metadata"_L1).toObject();
        QJsonObject bare = cvr;
        QJsonObject m = meta;
        m.remove(u"finalizers"_s);
        bare.insert(u"metadata"_s, m);
        m_rig->store->update(u"cstorvolumereplicas"_s, bare);
        m_rig->store->remove(u"cstorvolumereplicas"_s, meta.value("namespace"_L1).toString(),
                             meta.value("name"_L1).toString());
    }
    QCOMPARE(m_rig->store->count(u"cstorvolumereplicas"_s), 0);
    const auto accepted = m_rig->store->remove(u"cstorpoolclusters"_s, u"openebs"_s,
                                               u"cspc-stripe-pool"_s, /*dryRun=*/true);
    QVERIFY(std::holds_alternative<QJsonObject>(accepted));
}

void TestAdmissionWebhook::terminatingCvcIsStillValidated()
{
    // CO validateCVCUpdateRequest: no exception for an object with a deletionTimestamp.
    QVERIFY(std::holds_alternative<QJsonObject>(
        m_rig->store->remove(u"cstorvolumeconfigs"_s, u"openebs"_s, kVolume)));
    QVERIFY(m_rig->cvc_().value("metadata"_L1).toObject().contains("deletionTimestamp"_L1));
    const auto result = m_rig->store->update(u"cstorvolumeconfigs"_s,
                                             withProvision(m_rig->cvc_(), u"replicaCount"_s, 3));
    QVERIFY(std::holds_alternative<Sim::ApiError>(result));
    QCOMPARE(std::get<Sim::ApiError>(result).message,
             kPrefix + u"cvc "_s + kVolume + u" replicaCount got modified from 2 to 3"_s);
}

void TestAdmissionWebhook::downWebhookRefusesEveryMatchedWrite()
{
    // kube-apiserver's validating dispatcher, failurePolicy Fail (CO failurePolicy default).
    m_rig->webhook->setDown(true);
    QJsonObject annotated = m_rig->cvc_();
    QJsonObject metadata = annotated.value("metadata"_L1).toObject();
    metadata.insert(u"annotations"_s, QJsonObject{{u"note"_s, u"x"_s}});
    annotated.insert(u"metadata"_s, metadata);
    const auto result = m_rig->store->update(u"cstorvolumeconfigs"_s, annotated);
    QVERIFY(std::holds_alternative<Sim::ApiError>(result));
    const Sim::ApiError error = std::get<Sim::ApiError>(result);
    QCOMPARE(error.code, 500);
    QCOMPARE(error.reason, u"InternalError"_s);
    QVERIFY2(error.message.startsWith(u"Internal error occurred: failed calling webhook "
                                      "\"admission-webhook.cstor.openebs.io\": "_s),
             qPrintable(error.message));
    const auto cspcDelete = m_rig->store->remove(u"cstorpoolclusters"_s, u"openebs"_s,
                                                 u"cspc-stripe-pool"_s, /*dryRun=*/true);
    QCOMPARE(std::get<Sim::ApiError>(cspcDelete).code, 500);
    // Other resources are outside the webhook's rules.
    QJsonObject cv = m_rig->cv();
    QJsonObject cvMeta = cv.value("metadata"_L1).toObject();
    cvMeta.insert(u"annotations"_s, QJsonObject{{u"note"_s, u"x"_s}});
    cv.insert(u"metadata"_s, cvMeta);
    QVERIFY(std::holds_alternative<QJsonObject>(m_rig->store->update(u"cstorvolumes"_s, cv)));
    m_rig->webhook->setDown(false);
    QVERIFY(std::holds_alternative<QJsonObject>(
        m_rig->store->update(u"cstorvolumeconfigs"_s, annotated)));
}

namespace {
// The CSPC with its third pool's only raid group set to `devices` of `type`.
QJsonObject withThirdPool(QJsonObject cspc, const QString &type, const QStringList &devices)
{
    QJsonObject spec = cspc.value("spec"_L1).toObject();
    QJsonArray pools = spec.value("pools"_L1).toArray();
    QJsonObject pool = pools.at(2).toObject();
    QJsonArray list;
    for (const QString &device : devices)
        list.append(QJsonObject{{u"blockDeviceName"_s, device}});
    pool.insert(u"dataRaidGroups"_s, QJsonArray{QJsonObject{{u"blockDevices"_s, list}}});
    QJsonObject config = pool.value("poolConfig"_L1).toObject();
    config.insert(u"dataRaidGroupType"_s, type);
    pool.insert(u"poolConfig"_s, config);
    pools.replace(2, pool);
    spec.insert(u"pools"_s, pools);
    cspc.insert(u"spec"_s, spec);
    return cspc;
}
} // namespace

// CO webhook ArePoolSpecChangesValid / IsBDReplacementValid: one disk of a mirror may be
// replaced; a stripe raid group refuses it; a single-disk stripe loses its only raid group.
void TestAdmissionWebhook::blockDeviceReplacementMirrorVersusStripe()
{
    const QString name = u"cspc-stripe-pool"_s;
    auto write = [&](const QJsonObject &cspc) {
        return m_rig->store->update(u"cstorpoolclusters"_s, cspc);
    };
    auto refusal = [](const auto &result) {
        return std::holds_alternative<Sim::ApiError>(result)
                   ? std::get<Sim::ApiError>(result).message
                   : QString();
    };
    auto setUp = [&](const QJsonObject &cspc) { // a starting point, past the webhook
        m_rig->webhook->setEnabled(false);
        const bool ok = std::holds_alternative<QJsonObject>(write(cspc));
        m_rig->webhook->setEnabled(true);
        return ok;
    };
    const QString invalid = kPrefix + u"invalid cspc specification: "_s;
    const QJsonObject seed = m_rig->get(u"cstorpoolclusters"_s, name);
    QCOMPARE(refusal(write(withThirdPool(seed, u"stripe"_s, {u"bd-new"_s}))),
             invalid + u"raid group validation failed: removing raid group from pool spec is "
                       "invalid operation"_s);

    QVERIFY(setUp(withThirdPool(seed, u"stripe"_s, {u"bd-a"_s, u"bd-b"_s})));
    const auto stripe = write(withThirdPool(m_rig->get(u"cstorpoolclusters"_s, name), u"stripe"_s,
                                            {u"bd-a"_s, u"bd-c"_s}));
    QCOMPARE(std::get<Sim::ApiError>(stripe).code, 422);
    QCOMPARE(refusal(stripe), invalid + u"cannot replace  blockdevice in stripe raid group"_s);

    QVERIFY(setUp(withThirdPool(m_rig->get(u"cstorpoolclusters"_s, name), u"mirror"_s,
                                {u"bd-a"_s, u"bd-b"_s})));
    const QJsonObject mirror = m_rig->get(u"cstorpoolclusters"_s, name);
    QCOMPARE(refusal(write(withThirdPool(mirror, u"mirror"_s, {u"bd-c"_s, u"bd-d"_s}))),
             invalid + u"raid group validation failed: removing raid group from pool spec is "
                       "invalid operation"_s);
    QCOMPARE(refusal(write(withThirdPool(mirror, u"mirror"_s, {u"bd-a"_s, u"bd-b"_s, u"bd-c"_s}))),
             invalid + u"raid group validation failed: adding block devices to existing mirror "
                       "raid group is not valid operation"_s);
    QVERIFY(std::holds_alternative<QJsonObject>(
        write(withThirdPool(mirror, u"mirror"_s, {u"bd-a"_s, u"bd-c"_s}))));
}

QTEST_GUILESS_MAIN(TestAdmissionWebhook)
#include "tst_admissionwebhook.moc"
