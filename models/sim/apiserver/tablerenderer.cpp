#include "models/sim/apiserver/tablerenderer.h"

#include "models/sim/apiserver/serviceprinters.h"
#include "models/sim/apiserver/storageprinters.h"
#include "models/sim/apiserver/workloadprinters.h"

#include "models/cstor/age.h"

#include <QJsonDocument>

#include <cmath>

namespace Sim {

namespace {

const QString kMetadata = QStringLiteral("metadata");

QJsonObject columnJson(const QString &name, const QString &type, const QString &format,
                       const QString &description, int priority)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("priority"), priority}};
}

bool isEvents(const ResourceInfo &r)
{
    return r.group.isEmpty() && r.plural == QLatin1String("events");
}

bool isNamespaces(const ResourceInfo &r)
{
    return r.group.isEmpty() && r.plural == QLatin1String("namespaces");
}

// What the apiserver's JSONPath printer writes for a `string` column.
QString printed(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

QDateTime parseTime(const QString &timestamp)
{
    if (timestamp.isEmpty())
        return QDateTime();
    // Fast path for what the store writes: yyyy-MM-ddTHH:mm:ssZ.
    if (timestamp.size() == 20 && timestamp.at(4) == QLatin1Char('-') &&
        timestamp.at(10) == QLatin1Char('T') && timestamp.at(19) == QLatin1Char('Z')) {
        auto number = [&timestamp](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const QChar c = timestamp.at(i);
                if (!c.isDigit())
                    return -1;
                value = value * 10 + c.digitValue();
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime clock(number(11, 2), number(14, 2), number(17, 2));
        if (date.isValid() && clock.isValid())
            return QDateTime(date, clock, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!time.isValid()) {
        // Fractional seconds longer than milliseconds (MicroTime): cut them to milliseconds.
        const qsizetype dot = timestamp.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < timestamp.size() && timestamp.at(end).isDigit())
                ++end;
            const QString cut = timestamp.left(dot) + timestamp.mid(dot, 4) + timestamp.mid(end);
            time = QDateTime::fromString(cut, Qt::ISODateWithMs);
        }
    }
    return time;
}

QString eventDescription(const QString &field)
{
    if (field == QLatin1String("lastTimestamp"))
        return QStringLiteral(
            "The time at which the most recent occurrence of this event was recorded.");
    if (field == QLatin1String("type"))
        return QStringLiteral(
            "Type of this event (Normal, Warning), new types could be added in the future");
    if (field == QLatin1String("reason"))
        return QStringLiteral("This should be a short, machine understandable string that gives "
                              "the reason for the transition into the object's current status.");
    if (field == QLatin1String("involvedObject"))
        return QStringLiteral("The object that this event is about.");
    if (field == QLatin1String("fieldPath"))
        return QStringLiteral(
            "If referring to a piece of an object instead of an entire object, this string "
            "should contain a valid JSON/Go field access statement, such as "
            "desiredState.manifest.containers[2]. For example, if the object reference is to a "
            "container within a pod, this would take on a value like: \"spec.containers{name}\" "
            "(where \"name\" refers to the name of the container that triggered the event) or if "
            "no container name is specified \"spec.containers[2]\" (container with index 2 in "
            "this pod). This syntax is chosen only to have some well-defined way of referencing "
            "a part of an object.");
    if (field == QLatin1String("source"))
        return QStringLiteral(
            "The component reporting this event. Should be a short machine understandable "
            "string.");
    if (field == QLatin1String("message"))
        return QStringLiteral("A human-readable description of the status of this operation.");
    if (field == QLatin1String("firstTimestamp"))
        return QStringLiteral("The time at which the event was first recorded. (Time of server "
                              "receipt is in TypeMeta.)");
    if (field == QLatin1String("count"))
        return QStringLiteral("The number of times this event has occurred.");
    return QString();
}

QJsonArray eventColumns()
{
    const QString s = QStringLiteral("string");
    return QJsonArray{
        columnJson(QStringLiteral("Last Seen"), s, QString(),
                   eventDescription(QStringLiteral("lastTimestamp")), 0),
        columnJson(QStringLiteral("Type"), s, QString(), eventDescription(QStringLiteral("type")),
                   0),
        columnJson(QStringLiteral("Reason"), s, QString(),
                   eventDescription(QStringLiteral("reason")), 0),
        columnJson(QStringLiteral("Object"), s, QString(),
                   eventDescription(QStringLiteral("involvedObject")), 0),
        columnJson(QStringLiteral("Subobject"), s, QString(),
                   eventDescription(QStringLiteral("fieldPath")), 1),
        columnJson(QStringLiteral("Source"), s, QString(),
                   eventDescription(QStringLiteral("source")), 1),
        columnJson(QStringLiteral("Message"), s, QString(),
                   eventDescription(QStringLiteral("message")), 0),
        columnJson(QStringLiteral("First Seen"), s, QString(),
                   eventDescription(QStringLiteral("firstTimestamp")), 1),
        columnJson(QStringLiteral("Count"), s, QString(), eventDescription(QStringLiteral("count")),
                   1),
        columnJson(QStringLiteral("Name"), s, QStringLiteral("name"),
                   TableRenderer::nameDescription(), 1),
    };
}

QJsonArray eventCells(const QJsonObject &event, const QDateTime &now)
{
    const QString eventTime = event.value(QStringLiteral("eventTime")).toString();
    QString first =
        TableRenderer::age(event.value(QStringLiteral("firstTimestamp")).toString(), now);
    if (event.value(QStringLiteral("firstTimestamp")).toString().isEmpty())
        first = TableRenderer::age(eventTime, now);
    QString last = TableRenderer::age(event.value(QStringLiteral("lastTimestamp")).toString(), now);
    if (event.value(QStringLiteral("lastTimestamp")).toString().isEmpty())
        last = first;
    qint64 count = event.value(QStringLiteral("count")).toInteger();
    const QJsonObject series = event.value(QStringLiteral("series")).toObject();
    if (!series.isEmpty()) {
        last = TableRenderer::age(series.value(QStringLiteral("lastObservedTime")).toString(), now);
        count = series.value(QStringLiteral("count")).toInteger();
    } else if (count == 0) {
        count = 1;
    }
    const QJsonObject involved = event.value(QStringLiteral("involvedObject")).toObject();
    const QString kind = involved.value(QStringLiteral("kind")).toString().toLower();
    const QString involvedName = involved.value(QStringLiteral("name")).toString();
    const QString target = involvedName.isEmpty() ? kind : kind + QLatin1Char('/') + involvedName;

    const QJsonObject source = event.value(QStringLiteral("source")).toObject();
    QString component = source.value(QStringLiteral("component")).toString();
    if (component.isEmpty())
        component = event.value(QStringLiteral("reportingComponent")).toString();
    QString host = source.value(QStringLiteral("host")).toString();
    if (host.isEmpty())
        host = event.value(QStringLiteral("reportingInstance")).toString();
    const QString sourceText = host.isEmpty() ? component : component + QStringLiteral(", ") + host;

    return QJsonArray{
        last,
        event.value(QStringLiteral("type")).toString(),
        event.value(QStringLiteral("reason")).toString(),
        target,
        involved.value(QStringLiteral("fieldPath")).toString(),
        sourceText,
        event.value(QStringLiteral("message")).toString().trimmed(),
        first,
        count,
        event.value(kMetadata).toObject().value(QStringLiteral("name")).toString(),
    };
}

} // namespace

TableRenderer::IncludeObject TableRenderer::parseIncludeObject(const QString &value)
{
    if (value == QLatin1String("None"))
        return IncludeObject::None;
    if (value == QLatin1String("Object"))
        return IncludeObject::Object;
    return IncludeObject::Metadata;
}

QString TableRenderer::nameDescription()
{
    return QStringLiteral(
        "Name must be unique within a namespace. Is required when creating resources, although "
        "some resources may allow a client to request the generation of an appropriate name "
        "automatically. Name is primarily intended for creation idempotence and configuration "
        "definition. Cannot be updated. More info: "
        "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names");
}

QString TableRenderer::creationTimestampDescription()
{
    return QStringLiteral(
        "CreationTimestamp is a timestamp representing the server time when this object was "
        "created. It is not guaranteed to be set in happens-before order across separate "
        "operations. Clients may not set this value. It is represented in RFC3339 form and is in "
        "UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: "
        "https://git.k8s.io/community/contributors/devel/sig-architecture/"
        "api-conventions.md#metadata");
}

QJsonArray TableRenderer::columnDefinitions(const ResourceInfo &resource)
{
    if (isEvents(resource))
        return eventColumns();
    if (auto workload = WorkloadPrinters::columns(resource))
        return *workload;
    if (auto storage = StoragePrinters::columns(resource))
        return *storage;
    if (auto services = ServicePrinters::columns(resource))
        return *services;
    QJsonArray columns{columnJson(QStringLiteral("Name"), QStringLiteral("string"),
                                  QStringLiteral("name"), nameDescription(), 0)};
    if (isNamespaces(resource)) {
        columns.append(columnJson(QStringLiteral("Status"), QStringLiteral("string"), QString(),
                                  QStringLiteral("The status of the namespace"), 0));
        columns.append(columnJson(QStringLiteral("Age"), QStringLiteral("string"), QString(),
                                  creationTimestampDescription(), 0));
        return columns;
    }
    if (resource.printerColumns.isEmpty()) {
        columns.append(columnJson(QStringLiteral("Age"), QStringLiteral("date"), QString(),
                                  creationTimestampDescription(), 0));
        return columns;
    }
    for (const PrinterColumn &c : resource.printerColumns) {
        const QString description =
            c.description.isEmpty()
                ? QStringLiteral("Custom resource definition column (in JSONPath format): %1")
                      .arg(c.jsonPath)
                : c.description;
        columns.append(columnJson(c.name, c.type, c.format, description, c.priority));
    }
    return columns;
}

QJsonArray TableRenderer::cells(const ResourceInfo &resource, const QJsonObject &object,
                                const QDateTime &now)
{
    if (isEvents(resource))
        return eventCells(object, now);
    const QJsonObject metadata = object.value(kMetadata).toObject();
    QJsonArray result{metadata.value(QStringLiteral("name")).toString()};
    const QString created = metadata.value(QStringLiteral("creationTimestamp")).toString();
    if (auto workload = WorkloadPrinters::cells(resource, object, age(created, now)))
        return *workload;
    if (auto storage = StoragePrinters::cells(resource, object, age(created, now)))
        return *storage;
    if (auto services = ServicePrinters::cells(resource, object, age(created, now)))
        return *services;
    if (isNamespaces(resource)) {
        result.append(object.value(QStringLiteral("status"))
                          .toObject()
                          .value(QStringLiteral("phase"))
                          .toString());
        result.append(age(created, now));
        return result;
    }
    if (resource.printerColumns.isEmpty()) {
        result.append(age(created, now));
        return result;
    }
    for (const PrinterColumn &c : resource.printerColumns) {
        const QJsonValue value = evaluate(object, c.jsonPath);
        if (value.isUndefined() || value.isNull()) {
            result.append(QJsonValue::Null);
        } else if (c.type == QLatin1String("date")) {
            result.append(value.isString() ? QJsonValue(age(value.toString(), now))
                                           : QJsonValue(QJsonValue::Null));
        } else if (c.type == QLatin1String("string")) {
            result.append(printed(value));
        } else {
            result.append(value); // integer, number, boolean: the JSON value as it is
        }
    }
    return result;
}

QJsonObject TableRenderer::partialObjectMetadata(const QJsonObject &object)
{
    QJsonObject metadata = object.value(kMetadata).toObject();
    metadata.remove(QStringLiteral("managedFields"));
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("PartialObjectMetadata")},
                       {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                       {kMetadata, metadata}};
}

QJsonObject TableRenderer::row(const ResourceInfo &resource, const QJsonObject &object,
                               const QDateTime &now, IncludeObject include)
{
    QJsonObject result{{QStringLiteral("cells"), cells(resource, object, now)}};
    if (include == IncludeObject::Metadata)
        result.insert(QStringLiteral("object"), partialObjectMetadata(object));
    else if (include == IncludeObject::Object)
        result.insert(QStringLiteral("object"), object);
    return result;
}

QJsonObject TableRenderer::table(const ResourceInfo &resource, const QList<QJsonObject> &objects,
                                 const QDateTime &now, const QString &resourceVersion,
                                 const QString &continueToken, qint64 remainingItemCount,
                                 IncludeObject include)
{
    QJsonObject metadata{{QStringLiteral("resourceVersion"), resourceVersion}};
    if (!continueToken.isEmpty())
        metadata.insert(QStringLiteral("continue"), continueToken);
    if (remainingItemCount >= 0)
        metadata.insert(QStringLiteral("remainingItemCount"), remainingItemCount);
    QJsonArray rows;
    for (const QJsonObject &object : objects)
        rows.append(row(resource, object, now, include));
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("Table")},
                       {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                       {kMetadata, metadata},
                       {QStringLiteral("columnDefinitions"), columnDefinitions(resource)},
                       {QStringLiteral("rows"), rows}};
}

QJsonObject TableRenderer::watchTable(const ResourceInfo &resource, const QJsonObject &object,
                                      const QDateTime &now, bool withColumns, IncludeObject include)
{
    const QString rv =
        object.value(kMetadata).toObject().value(QStringLiteral("resourceVersion")).toString();
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("Table")},
        {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
        {kMetadata, QJsonObject{{QStringLiteral("resourceVersion"), rv}}},
        {QStringLiteral("columnDefinitions"),
         withColumns ? QJsonValue(columnDefinitions(resource)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rows"), QJsonArray{row(resource, object, now, include)}}};
}

QString TableRenderer::age(const QString &timestamp, const QDateTime &now)
{
    const QDateTime time = parseTime(timestamp);
    if (!time.isValid() || time.toSecsSinceEpoch() ==
                               QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
        return QStringLiteral("<unknown>");
    return Cstor::formatAge(time.msecsTo(now));
}

QJsonValue TableRenderer::evaluate(const QJsonObject &object, const QString &jsonPath)
{
    QString path = jsonPath.trimmed();
    if (path.startsWith(QLatin1Char('{')) && path.endsWith(QLatin1Char('}')))
        path = path.mid(1, path.size() - 2);
    if (path.startsWith(QLatin1Char('$')))
        path = path.mid(1);
    QJsonValue node = object;
    qsizetype i = 0;
    const qsizetype n = path.size();
    while (i < n) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('.')) {
            ++i;
            qsizetype end = i;
            while (end < n && path.at(end) != QLatin1Char('.') && path.at(end) != QLatin1Char('['))
                ++end;
            const QString key = path.mid(i, end - i);
            i = end;
            if (key.isEmpty())
                continue;
            if (!node.isObject())
                return QJsonValue(QJsonValue::Undefined);
            node = node.toObject().value(key);
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = path.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return QJsonValue(QJsonValue::Undefined);
            QString inner = path.mid(i + 1, close - i - 1).trimmed();
            i = close + 1;
            if ((inner.startsWith(QLatin1Char('\'')) && inner.endsWith(QLatin1Char('\''))) ||
                (inner.startsWith(QLatin1Char('"')) && inner.endsWith(QLatin1Char('"')))) {
                if (!node.isObject())
                    return QJsonValue(QJsonValue::Undefined);
                node = node.toObject().value(inner.mid(1, inner.size() - 2));
            } else {
                bool ok = false;
                qsizetype index = inner.toLongLong(&ok);
                if (!ok || !node.isArray())
                    return QJsonValue(QJsonValue::Undefined);
                const QJsonArray array = node.toArray();
                if (index < 0)
                    index += array.size();
                if (index < 0 || index >= array.size())
                    return QJsonValue(QJsonValue::Undefined);
                node = array.at(index);
            }
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (node.isUndefined())
            return node;
    }
    return node;
}

} // namespace Sim
