#include "models/sim/apiserver/objectverbs.h"

#include "models/sim/apiserver/authorizer.h"
#include "models/sim/apiserver/jsonpatch.h"
#include "models/sim/apiserver/mergepatch.h"
#include "models/sim/apiserver/tablerenderer.h"
#include "models/sim/store/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Sim {

namespace {

QJsonObject metadataOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("metadata")).toObject();
}

QString nameOf(const QJsonObject &object)
{
    return metadataOf(object).value(QStringLiteral("name")).toString();
}

ApiReply storeReply(int code, const ObjectStore::Result &result)
{
    if (const ApiError *error = std::get_if<ApiError>(&result))
        return ApiReply::status(*error);
    return ApiReply::json(code, std::get<QJsonObject>(result));
}

ApiReply notJsonReply(const QJsonParseError &parseError)
{
    return ApiReply::status(ApiError::badRequest(
        QStringLiteral("the body of the request could not be decoded as a JSON object: %1")
            .arg(parseError.errorString())));
}

// A PUT or PATCH may not turn the object into another kind (a missing kind or apiVersion is
// filled in from the stored object).
std::optional<ApiError> typeMismatch(const ResourceInfo &resource, const QJsonObject &object)
{
    const auto text = [](const QJsonValue &value) {
        return value.isString() ? value.toString()
                                : QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                        .toJson(QJsonDocument::Compact)
                                                        .mid(1)
                                                        .chopped(1));
    };
    const auto kind = object.constFind(QStringLiteral("kind"));
    if (kind != object.constEnd() && kind.value() != QJsonValue(resource.kind))
        return ApiError::badRequest(
            QStringLiteral("the kind of the provided object (%1) does not match the resource (%2)")
                .arg(text(kind.value()), resource.kind));
    const auto apiVersion = object.constFind(QStringLiteral("apiVersion"));
    if (apiVersion != object.constEnd() && apiVersion.value() != QJsonValue(resource.apiVersion()))
        return ApiError::badRequest(QStringLiteral("the API version of the provided object (%1) "
                                                   "does not match the resource (%2)")
                                        .arg(text(apiVersion.value()), resource.apiVersion()));
    return std::nullopt;
}

TableRenderer::IncludeObject includeObject(const ApiRequest &request)
{
    return TableRenderer::parseIncludeObject(request.query.value(QStringLiteral("includeObject")));
}

} // namespace

ObjectVerbs::ObjectVerbs(ObjectStore *store, const Authorizer &authorizer)
    : m_store(store)
    , m_authorizer(authorizer)
{
}

QList<QJsonObject> ObjectVerbs::namespaces() const
{
    QStringList names{QStringLiteral("default"), QStringLiteral("kube-node-lease"),
                      QStringLiteral("kube-public"), QStringLiteral("kube-system"),
                      QStringLiteral("openebs")};
    QHash<QString, QJsonObject> stored;
    for (const QJsonObject &ns : m_store->list(QStringLiteral("namespaces"))) {
        stored.insert(nameOf(ns), ns);
        names.append(nameOf(ns));
    }
    names.removeDuplicates();
    names.sort();
    QList<QJsonObject> result;
    for (const QString &name : names) {
        if (stored.contains(name)) {
            result.append(stored.value(name));
            continue;
        }
        result.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("Namespace")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("uid"),
                          QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces)},
                         {QStringLiteral("resourceVersion"), QStringLiteral("5")},
                         {QStringLiteral("creationTimestamp"),
                          ObjectStore::formatTimestamp(m_store->now().addDays(-1))},
                         {QStringLiteral("labels"),
                          QJsonObject{{QStringLiteral("kubernetes.io/metadata.name"), name}}}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("finalizers"), QJsonArray{QStringLiteral("kubernetes")}}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("phase"), QStringLiteral("Active")}}}});
    }
    return result;
}

std::optional<QJsonObject> ObjectVerbs::findObject(const ApiTarget &target) const
{
    if (target.resource->plural == QLatin1String("namespaces")) {
        for (const QJsonObject &ns : namespaces()) {
            if (nameOf(ns) == target.name)
                return ns;
        }
        return std::nullopt;
    }
    return m_store->get(target.resource->plural, target.namespaceName, target.name);
}

ApiReply ObjectVerbs::get(const ApiRequest &request, const ApiTarget &target) const
{
    const std::optional<QJsonObject> object = findObject(target);
    if (!object)
        return ApiReply::status(
            ApiError::notFound(target.resource->plural, target.resource->group, target.name));
    if (request.wantsTable()) {
        return ApiReply::json(
            200, TableRenderer::table(
                     *target.resource, {*object}, m_store->now(),
                     metadataOf(*object).value(QStringLiteral("resourceVersion")).toString(),
                     QString(), -1, includeObject(request)));
    }
    return ApiReply::json(200, *object);
}

// --- list ----------------------------------------------------------------------------------

ApiReply ObjectVerbs::list(const ApiRequest &request, const ApiTarget &target)
{
    LabelSelector labels;
    std::optional<FieldSelector> fields;
    if (auto error = request.selectors(target, &labels, &fields))
        return ApiReply::status(*error);
    bool limitOk = true;
    const QString limitText = request.query.value(QStringLiteral("limit"));
    const qsizetype limit = limitText.isEmpty() ? 0 : limitText.toLongLong(&limitOk);
    if (!limitOk || limit < 0)
        return ApiReply::status(
            ApiError::badRequest(QStringLiteral("invalid limit \"%1\"").arg(limitText)));

    QString snapshotId;
    qsizetype start = 0;
    ListSnapshots::Snapshot snapshot;
    const QString continueToken = request.query.value(QStringLiteral("continue"));
    if (!continueToken.isEmpty()) {
        if (!m_snapshots.resume(continueToken, &snapshot, &snapshotId, &start)) {
            return ApiReply::status(
                {410, QStringLiteral("Expired"),
                 QStringLiteral("The provided continue parameter is too old to display a "
                                "consistent list result. You can start a new list without the "
                                "continue parameter."),
                 QJsonObject()});
        }
    } else {
        snapshot = takeSnapshot(target, labels, fields);
    }
    const ListSnapshots::Page page = m_snapshots.page(snapshot, snapshotId, start, limit);
    if (request.wantsTable())
        return tableReply(request, *target.resource, page);
    return ApiReply{200, listBody(*target.resource, page), ApiReply::jsonType, {}};
}

ListSnapshots::Snapshot ObjectVerbs::takeSnapshot(const ApiTarget &target,
                                                  const LabelSelector &labels,
                                                  const std::optional<FieldSelector> &fields) const
{
    QList<StoredObject> all;
    if (target.resource->plural == QLatin1String("namespaces")) {
        for (const QJsonObject &object : namespaces())
            all.append({object, QByteArray()});
    } else {
        all = m_store->listStored(target.resource->plural, target.namespaceName);
    }
    ListSnapshots::Snapshot snapshot;
    snapshot.items.reserve(all.size());
    for (const StoredObject &stored : std::as_const(all)) {
        if (labels.matchesObject(stored.object) && (!fields || fields->matches(stored.object)))
            snapshot.items.append(stored);
    }
    snapshot.resourceVersion = QString::number(m_store->resourceVersion());
    snapshot.created = QDateTime::currentDateTimeUtc();
    return snapshot;
}

ApiReply ObjectVerbs::tableReply(const ApiRequest &request, const ResourceInfo &resource,
                                 const ListSnapshots::Page &page) const
{
    QList<QJsonObject> objects;
    objects.reserve(page.items.size());
    for (const StoredObject &stored : page.items)
        objects.append(stored.object);
    return ApiReply::json(200, TableRenderer::table(resource, objects, m_store->now(),
                                                    page.resourceVersion, page.continueToken,
                                                    page.remaining, includeObject(request)));
}

// Item by item, from the JSON the store keeps: a 30,000-object list is tens of megabytes.
QByteArray ObjectVerbs::listBody(const ResourceInfo &resource, const ListSnapshots::Page &page)
{
    QJsonObject metadata{{QStringLiteral("resourceVersion"), page.resourceVersion}};
    if (!page.continueToken.isEmpty()) {
        metadata.insert(QStringLiteral("continue"), page.continueToken);
        metadata.insert(QStringLiteral("remainingItemCount"), qint64(page.remaining));
    }
    qsizetype size = 256;
    for (const StoredObject &stored : page.items)
        size += stored.json.size() + 1;
    QByteArray body;
    body.reserve(size);
    body += "{\"apiVersion\":\"" + resource.apiVersion().toUtf8() + "\",\"items\":[";
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (i > 0)
            body += ',';
        const StoredObject &stored = page.items.at(i);
        body += stored.json.isEmpty() ? QJsonDocument(stored.object).toJson(QJsonDocument::Compact)
                                      : stored.json;
    }
    body += "],\"kind\":\"" + resource.listKind.toUtf8() +
            "\",\"metadata\":" + QJsonDocument(metadata).toJson(QJsonDocument::Compact) + '}';
    return body;
}

// --- writes --------------------------------------------------------------------------------

ApiReply ObjectVerbs::create(const ApiRequest &request, const ApiTarget &target)
{
    const ResourceInfo &resource = *target.resource;
    if (resource.plural == QLatin1String("selfsubjectaccessreviews"))
        return m_authorizer.accessReview(request);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return notJsonReply(parseError);
    QJsonObject object = document.object();
    QJsonObject metadata = metadataOf(object);
    const QString bodyNamespace = metadata.value(QStringLiteral("namespace")).toString();
    if (resource.namespaced) {
        if (!bodyNamespace.isEmpty() && bodyNamespace != target.namespaceName)
            return ApiReply::status(ApiError::badRequest(
                QStringLiteral("the namespace of the provided object does not match the "
                               "namespace sent on the request")));
        metadata.insert(QStringLiteral("namespace"), target.namespaceName);
    }
    if (metadata.value(QStringLiteral("name")).toString().isEmpty() &&
        metadata.value(QStringLiteral("generateName")).toString().isEmpty())
        return ApiReply::status({422, QStringLiteral("Invalid"),
                                 QStringLiteral("%1 \"\" is invalid: metadata.name: Required "
                                                "value: name or generateName is required")
                                     .arg(resource.kind),
                                 QJsonObject()});
    object.insert(QStringLiteral("metadata"), metadata);
    if (!object.contains(QStringLiteral("apiVersion")))
        object.insert(QStringLiteral("apiVersion"), resource.apiVersion());
    if (!object.contains(QStringLiteral("kind")))
        object.insert(QStringLiteral("kind"), resource.kind);
    if (object.value(QStringLiteral("kind")).toString() != resource.kind)
        return ApiReply::status(ApiError::badRequest(
            QStringLiteral("the kind of the provided object (%1) does not match the resource (%2)")
                .arg(object.value(QStringLiteral("kind")).toString(), resource.kind)));
    return storeReply(201, m_store->create(resource.plural, object, request.dryRun()));
}

ApiReply ObjectVerbs::update(const ApiRequest &request, const ApiTarget &target)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return notJsonReply(parseError);
    QJsonObject object = document.object();
    QJsonObject metadata = metadataOf(object);
    if (metadata.value(QStringLiteral("name")).toString() != target.name)
        return ApiReply::status(ApiError::badRequest(
            QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                .arg(metadata.value(QStringLiteral("name")).toString(), target.name)));
    if (!findObject(target))
        return ApiReply::status(
            ApiError::notFound(target.resource->plural, target.resource->group, target.name));
    if (auto mismatch = typeMismatch(*target.resource, object))
        return ApiReply::status(*mismatch);
    if (target.resource->namespaced)
        metadata.insert(QStringLiteral("namespace"), target.namespaceName);
    object.insert(QStringLiteral("metadata"), metadata);
    return storeReply(200, m_store->update(target.resource->plural, object, request.dryRun()));
}

ApiReply ObjectVerbs::patch(const ApiRequest &request, const ApiTarget &target)
{
    const ResourceInfo &resource = *target.resource;
    const QByteArray type = request.header("content-type").split(';').first().trimmed();
    // Built-in types also take a strategic merge patch (kubectl cordon/drain send
    // {"spec":{"unschedulable":true}}); for the fields the simulator's types hold it merges as
    // a JSON merge patch does.
    const bool merge =
        type == "application/merge-patch+json" ||
        (!resource.customResource && type == "application/strategic-merge-patch+json");
    const bool json = type == "application/json-patch+json";
    if (!merge && !json) {
        return ApiReply::status({415, QStringLiteral("UnsupportedMediaType"),
                                 QStringLiteral("the body of the request was in an unknown format "
                                                "- accepted media types include: "
                                                "application/json-patch+json, "
                                                "application/merge-patch+json, "
                                                "application/apply-patch+yaml"),
                                 QJsonObject()});
    }
    const std::optional<QJsonObject> current = findObject(target);
    if (!current)
        return ApiReply::status(ApiError::notFound(resource.plural, resource.group, target.name));
    const auto patched = merge ? MergePatch::applyToObject(*current, request.body)
                               : JsonPatch::applyToObject(*current, request.body);
    if (const ApiError *error = std::get_if<ApiError>(&patched))
        return ApiReply::status(*error);
    QJsonObject object = std::get<QJsonObject>(patched);
    if (auto mismatch = typeMismatch(resource, object))
        return ApiReply::status(*mismatch);
    // A patch may not rename or move the object.
    QJsonObject metadata = metadataOf(object);
    metadata.insert(QStringLiteral("name"), target.name);
    if (resource.namespaced)
        metadata.insert(QStringLiteral("namespace"), target.namespaceName);
    object.insert(QStringLiteral("metadata"), metadata);
    return storeReply(200, m_store->update(resource.plural, object, request.dryRun()));
}

ApiReply ObjectVerbs::remove(const ApiRequest &request, const ApiTarget &target)
{
    if (target.name.isEmpty())
        return removeCollection(request, target);
    return storeReply(200, m_store->remove(target.resource->plural, target.namespaceName,
                                           target.name, request.dryRun()));
}

ApiReply ObjectVerbs::removeCollection(const ApiRequest &request, const ApiTarget &target)
{
    const ResourceInfo &resource = *target.resource;
    LabelSelector labels;
    std::optional<FieldSelector> fields;
    if (auto error = request.selectors(target, &labels, &fields))
        return ApiReply::status(*error);
    QJsonArray deleted;
    for (const QJsonObject &object : m_store->list(resource.plural, target.namespaceName)) {
        if (!labels.matchesObject(object) || (fields && !fields->matches(object)))
            continue;
        const ObjectStore::Result result = m_store->remove(
            resource.plural, metadataOf(object).value(QStringLiteral("namespace")).toString(),
            nameOf(object), request.dryRun());
        if (const ApiError *error = std::get_if<ApiError>(&result))
            return ApiReply::status(*error);
        deleted.append(std::get<QJsonObject>(result));
    }
    return ApiReply::json(200, {{QStringLiteral("apiVersion"), resource.apiVersion()},
                                {QStringLiteral("kind"), resource.listKind},
                                {QStringLiteral("metadata"),
                                 QJsonObject{{QStringLiteral("resourceVersion"),
                                              QString::number(m_store->resourceVersion())}}},
                                {QStringLiteral("items"), deleted}});
}

} // namespace Sim
