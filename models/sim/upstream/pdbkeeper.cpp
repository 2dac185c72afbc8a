#include "models/sim/upstream/pdbkeeper.h"

#include "models/sim/store/objectstore.h"
#include "models/sim/upstream/objectfields.h"

#include <QJsonArray>
#include <QSet>

namespace Sim {

using namespace ObjectFields;

namespace {

const QString kPoolInstanceLabel = QStringLiteral("openebs.io/cstor-pool-instance");
constexpr int kMinHaReplicaCount = 3;

QStringList strings(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &v : array)
        result << v.toString();
    return result;
}

QStringList statusPools(const QJsonObject &cvc)
{
    return strings(child(cvc, QStringLiteral("status")).value(QLatin1String("poolInfo")).toArray());
}

QString errorOf(const ObjectStore::Result &result)
{
    if (const auto *error = std::get_if<ApiError>(&result))
        return error->message;
    return QString();
}

} // namespace

PdbKeeper::PdbKeeper(ObjectStore *store)
    : m_store(store)
{
    for (const QJsonObject &pdb : m_store->list(kPdb))
        index(pdb, true);
    m_watch =
        QObject::connect(store, &ObjectStore::changed, store, [this](const StoreEvent &event) {
            if (event.resource == kPdb)
                index(event.object, event.type != StoreEvent::Type::Deleted);
        });
}

PdbKeeper::~PdbKeeper()
{
    QObject::disconnect(m_watch);
}

// The key of a pool set: two lists with the same pools in any order are one set
// (util.IsChangeInLists compares them as sets).
QString PdbKeeper::setKey(QStringList pools)
{
    pools.sort();
    pools.removeDuplicates();
    return pools.join(QLatin1Char(','));
}

void PdbKeeper::index(const QJsonObject &pdb, bool present)
{
    const QString name = metaString(pdb, QStringLiteral("namespace")) + QLatin1Char('/') +
                         metaString(pdb, QStringLiteral("name"));
    if (const auto old = m_setByName.find(name); old != m_setByName.end()) {
        m_namesBySet[*old].remove(name);
        m_setByName.erase(old);
    }
    if (!present)
        return;
    const QJsonArray expressions =
        child(child(pdb, QStringLiteral("spec")), QStringLiteral("selector"))
            .value(QLatin1String("matchExpressions"))
            .toArray();
    const QString key =
        setKey(strings(expressions.first().toObject().value(QLatin1String("values")).toArray()));
    m_setByName.insert(name, key);
    m_namesBySet[key].insert(name);
}

// isHAVolume (volume_operations.go)
bool PdbKeeper::isHaVolume(const QJsonObject &cvc)
{
    const QStringList pools = statusPools(cvc);
    if (pools.isEmpty())
        return child(child(cvc, QStringLiteral("spec")), QStringLiteral("provision"))
                   .value(QLatin1String("replicaCount"))
                   .toInt() >= kMinHaReplicaCount;
    return pools.size() >= kMinHaReplicaCount;
}

// createPDB + getPDBSelector + GetPDBLabels (pdb.go): generateName is the CSPC name as it is.
QJsonObject PdbKeeper::newPdb(const QString &cspc, const QStringList &pools) const
{
    QJsonObject labels;
    for (const QString &pool : pools)
        labels.insert(QStringLiteral("openebs.io/") + pool, QStringLiteral("true"));
    labels.insert(kCspcLabel, cspc);
    const QJsonObject selector{
        {QStringLiteral("matchLabels"),
         QJsonObject{{QStringLiteral("app"), QStringLiteral("cstor-pool")}}},
        {QStringLiteral("matchExpressions"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), kPoolInstanceLabel},
                                {QStringLiteral("operator"), QStringLiteral("In")},
                                {QStringLiteral("values"), QJsonArray::fromStringList(pools)}}}}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("policy/v1")},
        {QStringLiteral("kind"), QStringLiteral("PodDisruptionBudget")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("generateName"), cspc},
                     {QStringLiteral("namespace"), QStringLiteral("openebs")},
                     {QStringLiteral("labels"), labels}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("maxUnavailable"), 1},
                                             {QStringLiteral("selector"), selector}}},
    };
}

// getOrCreatePodDisruptionBudget: the PDB listed by the pool labels whose In values are the
// pool set, else a new one.
std::optional<QJsonObject> PdbKeeper::getOrCreate(const QString &cspc, const QStringList &pools,
                                                  QString *error)
{
    QStringList candidates(m_namesBySet.value(setKey(pools)).begin(),
                           m_namesBySet.value(setKey(pools)).end());
    candidates.sort();
    for (const QString &candidate : std::as_const(candidates)) {
        if (!candidate.startsWith(QLatin1String("openebs/")))
            continue;
        const auto pdb = m_store->get(kPdb, QStringLiteral("openebs"), candidate.mid(8));
        if (!pdb)
            continue;
        bool labelled = true;
        for (const QString &pool : pools)
            labelled = labelled && label(*pdb, QStringLiteral("openebs.io/") + pool) == u"true";
        if (labelled)
            return *pdb;
    }
    const ObjectStore::Result created = m_store->create(kPdb, newPdb(cspc, pools));
    *error = errorOf(created);
    if (!error->isEmpty())
        return std::nullopt;
    return std::get<QJsonObject>(created);
}

// deletePDBIfNotInUse (controller.go): deleted when this CVC is the only one naming it.
QString PdbKeeper::deleteIfNotInUse(const QJsonObject &cvc)
{
    const QString pdbName = label(cvc, labelKey());
    int users = 0;
    for (const QJsonObject &other : m_store->list(kCvc, QStringLiteral("openebs")))
        users += label(other, labelKey()) == pdbName ? 1 : 0;
    if (users != 1)
        return QString();
    const QString error = errorOf(m_store->remove(kPdb, QStringLiteral("openebs"), pdbName));
    return error.contains(QLatin1String("not found")) ? QString() : error;
}

// updatePDBForScaledVolume / getUpdatePDBForVolume (volume_operations.go).
QString PdbKeeper::updateForScaledVolume(QJsonObject &cvc)
{
    const QString pv = metaString(cvc, QStringLiteral("name"));
    QString error;
    if (child(child(cvc, QStringLiteral("metadata")), QStringLiteral("labels"))
            .contains(labelKey()))
        error = deleteIfNotInUse(cvc);
    QString pdbName;
    if (error.isEmpty() && isHaVolume(cvc)) {
        if (const auto pdb = getOrCreate(label(cvc, kCspcLabel), statusPools(cvc), &error))
            pdbName = metaString(*pdb, QStringLiteral("name"));
    }
    if (!error.isEmpty())
        return QStringLiteral("failed to handle PDB for scaled volume %1: %2").arg(pv, error);
    QJsonObject metadata = child(cvc, QStringLiteral("metadata"));
    QJsonObject labels = child(metadata, QStringLiteral("labels"));
    labels.remove(labelKey());
    if (!pdbName.isEmpty())
        labels.insert(labelKey(), pdbName);
    metadata.insert(QStringLiteral("labels"), labels);
    cvc.insert(QStringLiteral("metadata"), metadata);
    return QString();
}

void PdbKeeper::provisionExisting()
{
    for (QJsonObject cvc : m_store->list(kCvc)) {
        const QString phase =
            child(cvc, QStringLiteral("status")).value(QLatin1String("phase")).toString();
        if (phase != QLatin1String("Bound") || !isHaVolume(cvc))
            continue;
        const QString named = label(cvc, labelKey());
        if (!named.isEmpty()) {
            // A dump names its PDB but does not hold it: the PDB as createPDB made it.
            if (!m_store->get(kPdb, QStringLiteral("openebs"), named)) {
                QJsonObject pdb = newPdb(label(cvc, kCspcLabel), statusPools(cvc));
                QJsonObject metadata = child(pdb, QStringLiteral("metadata"));
                metadata.insert(QStringLiteral("name"), named);
                pdb.insert(QStringLiteral("metadata"), metadata);
                m_store->create(kPdb, pdb);
            }
            continue;
        }
        QString error;
        const auto pdb = getOrCreate(label(cvc, kCspcLabel), statusPools(cvc), &error);
        if (!pdb)
            continue;
        QJsonObject metadata = child(cvc, QStringLiteral("metadata"));
        QJsonObject labels = child(metadata, QStringLiteral("labels"));
        labels.insert(labelKey(), metaString(*pdb, QStringLiteral("name")));
        metadata.insert(QStringLiteral("labels"), labels);
        metadata.remove(QStringLiteral("resourceVersion"));
        cvc.insert(QStringLiteral("metadata"), metadata);
        m_store->update(kCvc, cvc);
    }
}

} // namespace Sim
