#include "models/sim/store/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace Sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");
const QString kStatus = QStringLiteral("status");
const QString kName = QStringLiteral("name");
const QString kNamespace = QStringLiteral("namespace");
const QString kGenerateName = QStringLiteral("generateName");
const QString kUid = QStringLiteral("uid");
const QString kResourceVersion = QStringLiteral("resourceVersion");
const QString kGeneration = QStringLiteral("generation");
const QString kCreationTimestamp = QStringLiteral("creationTimestamp");
const QString kDeletionTimestamp = QStringLiteral("deletionTimestamp");
const QString kDeletionGracePeriod = QStringLiteral("deletionGracePeriodSeconds");
const QString kFinalizers = QStringLiteral("finalizers");
const QString kApiVersion = QStringLiteral("apiVersion");
const QString kKind = QStringLiteral("kind");

// What `generation` tracks. The cStor CRDs have no status subresource, so, as on a real
// apiserver, any change outside metadata (status included) bumps it.
QJsonObject specPart(QJsonObject object)
{
    object.remove(kMetadata);
    object.remove(kApiVersion);
    object.remove(kKind);
    return object;
}

ApiError invalid(const QString &kind, const QString &group, const QString &name,
                 const QString &field, const QString &causeReason, const QString &causeMessage)
{
    const QString qualifiedKind = group.isEmpty() ? kind : kind + QLatin1Char('.') + group;
    QJsonObject details{{kName, name}, {kKind, kind}};
    if (!group.isEmpty())
        details.insert(QStringLiteral("group"), group);
    details.insert(QStringLiteral("causes"),
                   QJsonArray{QJsonObject{{QStringLiteral("reason"), causeReason},
                                          {QStringLiteral("message"), causeMessage},
                                          {QStringLiteral("field"), field}}});
    return {422, QStringLiteral("Invalid"),
            QStringLiteral("%1 \"%2\" is invalid: %3: %4")
                .arg(qualifiedKind, name, field, causeMessage),
            details};
}

// The object rebuilt from its JSON text. Qt keeps the bytes of replaced strings inside a
// QJsonObject, and a copy that is modified and modified again (every controller write) carries
// them along: one object written every resync, and the history holding thousands of its
// versions, grew to gigabytes. Whatever the store keeps is compact.
// The compact form is also the object's serialisation, kept beside it: a list then concatenates
// what was written, instead of serialising tens of megabytes again for every page.
StoredObject compacted(const QJsonObject &object)
{
    StoredObject stored;
    stored.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    stored.object = QJsonDocument::fromJson(stored.json).object();
    return stored;
}

} // namespace

QString StoreEvent::typeName() const
{
    switch (type) {
    case Type::Added:
        return QStringLiteral("ADDED");
    case Type::Modified:
        return QStringLiteral("MODIFIED");
    case Type::Deleted:
        break;
    }
    return QStringLiteral("DELETED");
}

ObjectStore::ObjectStore(QObject *parent)
    : QObject(parent)
{
}

void ObjectStore::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime ObjectStore::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

void ObjectStore::setHistoryLimit(int events)
{
    m_historyLimit = std::max(1, events);
    while (int(m_history.size()) > m_historyLimit) {
        m_droppedUpTo = m_history.front().resourceVersion;
        m_history.pop_front();
    }
}

void ObjectStore::addDeletionHook(DeletionHook hook)
{
    m_deletion.append(std::move(hook));
}

void ObjectStore::addAdmissionHook(AdmissionHook hook)
{
    m_admission.append(std::move(hook));
}

void ObjectStore::registerResource(const QString &resource, const QString &group,
                                   bool statusSubresource)
{
    m_groups.insert(resource, group);
    if (statusSubresource)
        m_statusSubresource.insert(resource);
}

void ObjectStore::setRandomSeed(quint64 seed)
{
    if (seed == 0)
        m_random.reset();
    else
        m_random.emplace(seed);
}

QString ObjectStore::formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString ObjectStore::groupOf(const QString &resource) const
{
    return m_groups.value(resource);
}

QString ObjectStore::newUid()
{
    if (!m_random)
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A version 4 UUID from the seeded generator.
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 8) {
        const quint64 r = (*m_random)();
        for (int b = 0; b < 8; ++b)
            bytes[i + b] = char((r >> (8 * b)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString ObjectStore::randomSuffix()
{
    // The alphabet of apimachinery's rand.String (no vowels, no confusable digits).
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    constexpr int size = sizeof(alphabet) - 1;
    QString suffix;
    suffix.reserve(5);
    for (int i = 0; i < 5; ++i) {
        const quint64 r = m_random ? (*m_random)() : QRandomGenerator::global()->generate64();
        suffix.append(QLatin1Char(alphabet[r % size]));
    }
    return suffix;
}

std::optional<ApiError> ObjectStore::admit(const QString &resource, const QJsonObject *old,
                                           const QJsonObject &proposed) const
{
    for (const AdmissionHook &hook : m_admission) {
        if (auto error = hook(resource, old, proposed))
            return error;
    }
    return std::nullopt;
}

void ObjectStore::record(StoreEvent::Type type, const QString &resource, const StoredObject &stored)
{
    StoreEvent event;
    event.type = type;
    event.resource = resource;
    event.object = stored.object;
    event.json = stored.json;
    event.resourceVersion = m_resourceVersion;
    m_history.push_back(event);
    while (int(m_history.size()) > m_historyLimit) {
        m_droppedUpTo = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    emit changed(event);
}

std::optional<QJsonObject> ObjectStore::get(const QString &resource, const QString &ns,
                                            const QString &name) const
{
    const auto byResource = m_objects.find(resource);
    if (byResource == m_objects.end())
        return std::nullopt;
    const auto it = byResource->second.find(Key{ns, name});
    if (it == byResource->second.end())
        return std::nullopt;
    return it->second.object;
}

template<typename Take>
auto ObjectStore::collect(const QString &resource, const QString &ns, Take take) const
{
    QList<std::decay_t<decltype(take(std::declval<const StoredObject &>()))>> result;
    const auto byResource = m_objects.find(resource);
    if (byResource == m_objects.end())
        return result;
    const auto &objects = byResource->second;
    if (ns.isEmpty()) {
        result.reserve(qsizetype(objects.size()));
        for (const auto &entry : objects)
            result.append(take(entry.second));
        return result;
    }
    for (auto it = objects.lower_bound(Key{ns, QString()});
         it != objects.end() && it->first.ns == ns; ++it)
        result.append(take(it->second));
    return result;
}

QList<QJsonObject> ObjectStore::list(const QString &resource, const QString &ns) const
{
    return collect(resource, ns, [](const StoredObject &stored) { return stored.object; });
}

QList<StoredObject> ObjectStore::listStored(const QString &resource, const QString &ns) const
{
    return collect(resource, ns, [](const StoredObject &stored) { return stored; });
}

int ObjectStore::count(const QString &resource) const
{
    const auto byResource = m_objects.find(resource);
    return byResource == m_objects.end() ? 0 : int(byResource->second.size());
}

ObjectStore::Result ObjectStore::create(const QString &resource, QJsonObject object, bool dryRun)
{
    const QString group = groupOf(resource);
    QJsonObject metadata = object.value(kMetadata).toObject();
    const QString ns = metadata.value(kNamespace).toString();
    QString name = metadata.value(kName).toString();
    auto &objects = m_objects[resource];

    if (name.isEmpty()) {
        const QString generateName = metadata.value(kGenerateName).toString();
        if (generateName.isEmpty()) {
            return invalid(object.value(kKind).toString(), group, QString(),
                           QStringLiteral("metadata.name"), QStringLiteral("FieldValueRequired"),
                           QStringLiteral("Required value: name or generateName is required"));
        }
        for (int attempt = 0; attempt < 16; ++attempt) {
            name = generateName + randomSuffix();
            if (objects.find(Key{ns, name}) == objects.end())
                break;
        }
        metadata.insert(kName, name);
    }
    if (objects.find(Key{ns, name}) != objects.end())
        return ApiError::alreadyExists(resource, group, name);

    if (metadata.value(kUid).toString().isEmpty())
        metadata.insert(kUid, newUid());
    if (metadata.value(kCreationTimestamp).toString().isEmpty())
        metadata.insert(kCreationTimestamp, formatTimestamp(now()));
    metadata.insert(kGeneration, 1);
    metadata.remove(kDeletionTimestamp);
    metadata.remove(kDeletionGracePeriod);
    metadata.insert(kResourceVersion, dryRun ? QString() : QString::number(m_resourceVersion + 1));
    object.insert(kMetadata, metadata);

    if (auto error = admit(resource, nullptr, object))
        return *error;
    if (dryRun)
        return object;

    ++m_resourceVersion;
    StoredObject stored = compacted(object);
    objects.emplace(Key{ns, name}, stored);
    record(StoreEvent::Type::Added, resource, stored);
    return stored.object;
}

ObjectStore::Result ObjectStore::update(const QString &resource, QJsonObject object, bool dryRun)
{
    const QString group = groupOf(resource);
    QJsonObject metadata = object.value(kMetadata).toObject();
    const QString ns = metadata.value(kNamespace).toString();
    const QString name = metadata.value(kName).toString();
    if (name.isEmpty()) {
        return invalid(object.value(kKind).toString(), group, QString(),
                       QStringLiteral("metadata.name"), QStringLiteral("FieldValueRequired"),
                       QStringLiteral("Required value: name is required"));
    }
    auto byResource = m_objects.find(resource);
    if (byResource == m_objects.end())
        return ApiError::notFound(resource, group, name);
    auto it = byResource->second.find(Key{ns, name});
    if (it == byResource->second.end())
        return ApiError::notFound(resource, group, name);
    const QJsonObject &stored = it->second.object;
    const QJsonObject storedMetadata = stored.value(kMetadata).toObject();

    const QString givenRv = metadata.value(kResourceVersion).toString();
    if (!givenRv.isEmpty() && givenRv != storedMetadata.value(kResourceVersion).toString())
        return ApiError::conflict(resource, group, name);

    // System fields come from the stored object.
    if (!object.contains(kApiVersion))
        object.insert(kApiVersion, stored.value(kApiVersion));
    if (!object.contains(kKind))
        object.insert(kKind, stored.value(kKind));
    for (const QString &key :
         {kUid, kCreationTimestamp, kResourceVersion, kDeletionTimestamp, kDeletionGracePeriod}) {
        if (storedMetadata.contains(key))
            metadata.insert(key, storedMetadata.value(key));
        else
            metadata.remove(key);
    }
    const qint64 storedGeneration = storedMetadata.value(kGeneration).toInteger(1);
    QJsonObject newSpec = specPart(object);
    QJsonObject oldSpec = specPart(stored);
    if (m_statusSubresource.contains(resource)) { // status is not part of the generation
        newSpec.remove(QStringLiteral("status"));
        oldSpec.remove(QStringLiteral("status"));
    }
    const bool specChanged = newSpec != oldSpec;
    metadata.insert(kGeneration, specChanged ? storedGeneration + 1 : storedGeneration);

    const bool deleting = storedMetadata.contains(kDeletionTimestamp);
    const QJsonArray finalizers = metadata.value(kFinalizers).toArray();
    if (deleting) {
        const QJsonArray oldFinalizers = storedMetadata.value(kFinalizers).toArray();
        for (const QJsonValue &finalizer : finalizers) {
            if (!oldFinalizers.contains(finalizer)) {
                return invalid(object.value(kKind).toString(), group, name,
                               QStringLiteral("metadata.finalizers"),
                               QStringLiteral("FieldValueForbidden"),
                               QStringLiteral("Forbidden: no new finalizers can be added if the "
                                              "object is being deleted, found new finalizers "
                                              "[\"%1\"]")
                                   .arg(finalizer.toString()));
            }
        }
    }
    if (metadata.contains(kFinalizers) && finalizers.isEmpty())
        metadata.remove(kFinalizers);
    object.insert(kMetadata, metadata);

    if (auto error = admit(resource, &stored, object))
        return *error;
    if (object == stored)
        return stored; // no-op: nothing stored, no event
    if (dryRun)
        return object;

    ++m_resourceVersion;
    metadata.insert(kResourceVersion, QString::number(m_resourceVersion));
    object.insert(kMetadata, metadata);
    StoredObject compact = compacted(object);
    if (deleting && finalizers.isEmpty()) {
        byResource->second.erase(it);
        record(StoreEvent::Type::Deleted, resource, compact);
        return compact.object;
    }
    it->second = compact;
    record(StoreEvent::Type::Modified, resource, compact);
    return compact.object;
}

ObjectStore::Result ObjectStore::remove(const QString &resource, const QString &ns,
                                        const QString &name, bool dryRun)
{
    const QString group = groupOf(resource);
    auto byResource = m_objects.find(resource);
    if (byResource == m_objects.end())
        return ApiError::notFound(resource, group, name);
    auto it = byResource->second.find(Key{ns, name});
    if (it == byResource->second.end())
        return ApiError::notFound(resource, group, name);

    QJsonObject object = it->second.object;
    for (const DeletionHook &hook : m_deletion) {
        if (auto error = hook(resource, object))
            return *error;
    }
    QJsonObject metadata = object.value(kMetadata).toObject();
    if (!metadata.value(kFinalizers).toArray().isEmpty()) {
        if (metadata.contains(kDeletionTimestamp))
            return object; // already being deleted: nothing changes
        metadata.insert(kDeletionTimestamp, formatTimestamp(now()));
        metadata.insert(kDeletionGracePeriod, 0);
        // The apiserver bumps generation when it marks an object for deletion.
        metadata.insert(kGeneration, metadata.value(kGeneration).toInteger(1) + 1);
        if (dryRun) {
            object.insert(kMetadata, metadata);
            return object;
        }
        ++m_resourceVersion;
        metadata.insert(kResourceVersion, QString::number(m_resourceVersion));
        object.insert(kMetadata, metadata);
        it->second = compacted(object);
        record(StoreEvent::Type::Modified, resource, it->second);
        return it->second.object;
    }

    if (dryRun)
        return object;
    ++m_resourceVersion;
    metadata.insert(kResourceVersion, QString::number(m_resourceVersion));
    object.insert(kMetadata, metadata);
    const StoredObject deleted = compacted(object);
    byResource->second.erase(it);
    record(StoreEvent::Type::Deleted, resource, deleted);
    return deleted.object;
}

qint64 ObjectStore::resourceVersion() const
{
    return m_resourceVersion;
}

std::optional<QList<StoreEvent>> ObjectStore::eventsSince(qint64 rv, const QString &resource) const
{
    if (rv < m_droppedUpTo)
        return std::nullopt;
    QList<StoreEvent> result;
    // History is ordered by resourceVersion: find the first event newer than rv.
    auto it = std::upper_bound(
        m_history.begin(), m_history.end(), rv,
        [](qint64 value, const StoreEvent &event) { return value < event.resourceVersion; });
    for (; it != m_history.end(); ++it) {
        if (resource.isEmpty() || it->resource == resource)
            result.append(*it);
    }
    return result;
}

} // namespace Sim
