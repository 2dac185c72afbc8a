#include "models/sim/scenarios/scenarioloader.h"

#include "models/cstor/capacity.h"
#include "models/json/yamlnodebudget.h"
#include "models/sim/scenarios/scenarioderivation.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/namespaceobject.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/cvccontroller.h"
#include "models/sim/upstream/objectbuilders.h"
#include "models/sim/upstream/objectfields.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Sim {

using namespace ObjectFields;

namespace {

// One YAML document of a file, and the line (0-based) it starts on.
struct YamlDocument
{
    std::string text;
    int firstLine = 0;
};

// Splits a file at its document markers ("---" and "..." at the start of a line), so that each
// document is loaded on its own: yaml-cpp 0.7's LoadAll never returns when a document starts
// with a stray ",". Directive lines ("%YAML") go with the document that follows them.
QList<YamlDocument> splitYamlDocuments(const QByteArray &data)
{
    QList<YamlDocument> documents{YamlDocument{}};
    bool onlyDirectives = true;
    int line = 0;
    const QByteArrayList lines = data.split('\n');
    for (const QByteArray &text : lines) {
        // Lines keep their ends, but the file's last line ends where the file does.
        const std::string end = &text == &lines.last() ? std::string() : std::string("\n");
        const auto isMarker = [&text](const char *marker) {
            return text.startsWith(marker) && (text.size() == 3 || text.at(3) == ' ' ||
                                               text.at(3) == '\t' || text.at(3) == '\r');
        };
        if (isMarker("---") || isMarker("...")) {
            YamlDocument next = onlyDirectives ? documents.last() : YamlDocument{{}, line};
            if (onlyDirectives)
                documents.removeLast();
            if (text.startsWith("---"))
                next.text += text.toStdString() + end;
            else
                next.text += end;
            documents.append(next);
            onlyDirectives = false;
        } else {
            const QByteArray trimmed = text.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith('%') && !trimmed.startsWith('#'))
                onlyDirectives = false;
            documents.last().text += text.toStdString() + end;
        }
        ++line;
    }
    return documents;
}

QJsonValue scalarToJson(const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    const QString text = QString::fromStdString(node.Scalar());
    if (tag == "!" || tag == "tag:yaml.org,2002:str")
        return text; // quoted, or explicitly a string
    static const QRegularExpression intPattern(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floatPattern(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (text == QLatin1String("true") || text == QLatin1String("True") ||
        text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False") ||
        text == QLatin1String("FALSE"))
        return false;
    if (text == QLatin1String("null") || text == QLatin1String("~") || text.isEmpty())
        return QJsonValue::Null;
    if (intPattern.match(text).hasMatch()) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (ok)
            return QJsonValue(value);
    }
    if (floatPattern.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue nodeToJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return scalarToJson(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(nodeToJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(QString::fromStdString(entry.first.Scalar()), nodeToJson(entry.second));
        return object;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

int rank(const QString &kind)
{
    static const QStringList order{QStringLiteral("Namespace"),
                                   QStringLiteral("CStorPoolCluster"),
                                   QStringLiteral("CStorPoolInstance"),
                                   QStringLiteral("CStorVolumePolicy"),
                                   QStringLiteral("CStorVolumeConfig"),
                                   QStringLiteral("CStorVolume"),
                                   QStringLiteral("CStorVolumeReplica"),
                                   QStringLiteral("CStorVolumeAttachment"),
                                   QStringLiteral("PersistentVolumeClaim"),
                                   QStringLiteral("PersistentVolume"),
                                   QStringLiteral("Event")};
    const qsizetype index = order.indexOf(kind);
    return index < 0 ? int(order.size()) : int(index);
}

// Where an object that names no namespace goes: cStor's objects come from a dump of the openebs
// namespace; a claim goes where kubectl would create it; Namespaces and PersistentVolumes have
// none.
QString defaultNamespace(const QString &kind)
{
    if (kind == QLatin1String("Namespace") || kind == QLatin1String("PersistentVolume"))
        return QString();
    if (kind == QLatin1String("PersistentVolumeClaim"))
        return QStringLiteral("default");
    return QStringLiteral("openebs");
}

} // namespace

ScenarioLoader::ScenarioLoader(ObjectStore *store, SimClock *clock)
    : m_store(store)
    , m_clock(clock)
{
}

QString ScenarioLoader::pluralForKind(const QString &kind)
{
    static const QHash<QString, QString> plurals{
        {QStringLiteral("CStorPoolCluster"), QStringLiteral("cstorpoolclusters")},
        {QStringLiteral("CStorPoolInstance"), QStringLiteral("cstorpoolinstances")},
        {QStringLiteral("CStorVolumeConfig"), QStringLiteral("cstorvolumeconfigs")},
        {QStringLiteral("CStorVolume"), QStringLiteral("cstorvolumes")},
        {QStringLiteral("CStorVolumeReplica"), QStringLiteral("cstorvolumereplicas")},
        {QStringLiteral("CStorVolumePolicy"), QStringLiteral("cstorvolumepolicies")},
        {QStringLiteral("CStorVolumeAttachment"), QStringLiteral("cstorvolumeattachments")},
        {QStringLiteral("Event"), QStringLiteral("events")},
        {QStringLiteral("Namespace"), QStringLiteral("namespaces")},
        {QStringLiteral("PersistentVolume"), QStringLiteral("persistentvolumes")},
        {QStringLiteral("PersistentVolumeClaim"), QStringLiteral("persistentvolumeclaims")},
    };
    return plurals.value(kind);
}

bool ScenarioLoader::yamlToJson(const QByteArray &data, const QString &fileName,
                                QList<Item> *documents, QString *error)
{
    Json::YamlNodeBudget budget(data.size());
    for (const YamlDocument &document : splitYamlDocuments(data)) {
        YAML::Node node;
        try {
            node = YAML::Load(document.text);
        } catch (const YAML::Exception &e) {
            *error = QStringLiteral("%1:%2: %3")
                         .arg(fileName)
                         .arg(e.mark.line + 1 + document.firstLine)
                         .arg(QString::fromStdString(e.msg));
            return false;
        }
        if (node.IsNull())
            continue; // an empty document (e.g. a trailing ---)
        const int offset = document.firstLine;
        const int line = node.Mark().line + 1 + offset;
        if (!budget.admits(node)) {
            *error = QStringLiteral("%1:%2: document contains excessive aliasing")
                         .arg(fileName)
                         .arg(line);
            return false;
        }
        if (!node.IsMap()) {
            *error = QStringLiteral("%1:%2: expected a Kubernetes object or List (a mapping)")
                         .arg(fileName)
                         .arg(line);
            return false;
        }
        const YAML::Node items = node["items"];
        const YAML::Node kind = node["kind"];
        const bool isList =
            items &&
            (!kind || (kind.IsScalar() &&
                       QString::fromStdString(kind.Scalar()).endsWith(QLatin1String("List"))));
        if (isList) {
            if (!items.IsSequence() && !items.IsNull()) {
                *error = QStringLiteral("%1:%2: \"items\" must be a list")
                             .arg(fileName)
                             .arg(items.Mark().line + 1 + offset);
                return false;
            }
            for (const YAML::Node &item : items) {
                if (!item.IsMap()) {
                    *error = QStringLiteral("%1:%2: a list item must be an object")
                                 .arg(fileName)
                                 .arg(item.Mark().line + 1 + offset);
                    return false;
                }
                documents->append(Item{nodeToJson(item).toObject(), item.Mark().line + 1 + offset});
            }
        } else {
            documents->append(Item{nodeToJson(node).toObject(), line});
        }
    }
    return true;
}

QString ScenarioLoader::where(const Item &item) const
{
    return QStringLiteral("%1:%2")
        .arg(m_fileName.isEmpty() ? QStringLiteral("<scenario>") : m_fileName)
        .arg(item.line);
}

bool ScenarioLoader::parseFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path, error);
}

bool ScenarioLoader::parse(const QByteArray &data, const QString &fileName, QString *error)
{
    m_fileName = fileName;
    QList<Item> documents;
    if (!yamlToJson(data, fileName, &documents, error))
        return false;
    if (documents.isEmpty()) {
        *error = QStringLiteral("%1:1: the scenario has no objects").arg(fileName);
        return false;
    }
    QHash<QString, int> seen;
    for (Item &item : documents) {
        if (!check(item, error))
            return false;
        QJsonObject &object = item.object;
        const QString kind = object.value(QLatin1String("kind")).toString();
        if (pluralForKind(kind).isEmpty())
            continue; // other kinds in a dump (pods, services...): not simulated
        const QString ns = defaultNamespace(kind);
        if (!ns.isEmpty() && metaString(object, QStringLiteral("namespace")).isEmpty()) {
            QJsonObject metadata = child(object, QStringLiteral("metadata"));
            metadata.insert(QStringLiteral("namespace"), ns);
            object.insert(QStringLiteral("metadata"), metadata);
        }
        const QString key = kind + QLatin1Char('/') +
                            metaString(object, QStringLiteral("namespace")) + QLatin1Char('/') +
                            metaString(object, QStringLiteral("name"));
        if (seen.contains(key)) {
            *error = QStringLiteral("%1: duplicate %2 %3 (first at line %4)")
                         .arg(where(item), kind, metaString(object, QStringLiteral("name")))
                         .arg(seen.value(key));
            return false;
        }
        seen.insert(key, item.line);
        m_items.append(item);
    }
    return true;
}

bool ScenarioLoader::check(const Item &item, QString *error) const
{
    const QJsonObject &object = item.object;
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind.isEmpty()) {
        *error = QStringLiteral("%1: object has no \"kind\"").arg(where(item));
        return false;
    }
    const QString name = metaString(object, QStringLiteral("name"));
    if (!object.value(QLatin1String("metadata")).isObject() || name.isEmpty()) {
        *error = QStringLiteral("%1: %2 has no metadata.name").arg(where(item), kind);
        return false;
    }
    if (pluralForKind(kind).isEmpty())
        return true;
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    const QString expectedApi =
        kind.startsWith(QLatin1String("CStor")) ? ObjectBuilders::kCstorApi : QStringLiteral("v1");
    if (apiVersion != expectedApi) {
        *error = QStringLiteral("%1: %2 %3 has apiVersion \"%4\", expected \"%5\"")
                     .arg(where(item), kind, name, apiVersion, expectedApi);
        return false;
    }
    if (kind == QLatin1String("CStorPoolInstance"))
        return checkPoolInstance(item, name, error);
    if (kind == QLatin1String("CStorVolumeReplica"))
        return checkReplica(item, name, error);
    if (kind == QLatin1String("CStorVolumeConfig"))
        return checkVolumeConfig(item, name, error);
    return true;
}

bool ScenarioLoader::checkPoolInstance(const Item &item, const QString &name, QString *error) const
{
    const QJsonObject &object = item.object;
    const QJsonObject capacity =
        child(child(object, QStringLiteral("status")), QStringLiteral("capacity"));
    for (const QString &field :
         {QStringLiteral("total"), QStringLiteral("used"), QStringLiteral("free")}) {
        const QString value = capacity.value(field).toString();
        QString why;
        if (!value.isEmpty() && !Cstor::Capacity::parseQuantity(value, &why)) {
            *error = QStringLiteral("%1: CStorPoolInstance %2: status.capacity.%3 \"%4\" is "
                                    "not a quantity")
                         .arg(where(item), name, field, value);
            return false;
        }
    }
    if (child(object, QStringLiteral("spec"))
            .value(QLatin1String("hostName"))
            .toString()
            .isEmpty() &&
        label(object, QStringLiteral("kubernetes.io/hostname")).isEmpty()) {
        *error = QStringLiteral("%1: CStorPoolInstance %2 has neither spec.hostName nor the "
                                "label kubernetes.io/hostname")
                     .arg(where(item), name);
        return false;
    }
    return true;
}

bool ScenarioLoader::checkReplica(const Item &item, const QString &name, QString *error) const
{
    const QJsonObject &object = item.object;
    if (label(object, QStringLiteral("cstorpoolinstance.openebs.io/name")).isEmpty()) {
        *error = QStringLiteral("%1: CStorVolumeReplica %2 has no label "
                                "cstorpoolinstance.openebs.io/name")
                     .arg(where(item), name);
        return false;
    }
    const QJsonObject capacity =
        child(child(object, QStringLiteral("status")), QStringLiteral("capacity"));
    for (const QString &field : {QStringLiteral("total"), QStringLiteral("used")}) {
        const QString value = capacity.value(field).toString();
        if (!value.isEmpty() && !Cstor::Capacity::parseZfsSize(value)) {
            *error = QStringLiteral("%1: CStorVolumeReplica %2: status.capacity.%3 \"%4\" is "
                                    "not a ZFS size")
                         .arg(where(item), name, field, value);
            return false;
        }
    }
    return true;
}

bool ScenarioLoader::checkVolumeConfig(const Item &item, const QString &name, QString *error) const
{
    const QJsonValue info =
        child(child(item.object, QStringLiteral("spec")), QStringLiteral("policy"))
            .value(QLatin1String("replicaPoolInfo"));
    if (!info.isUndefined() && !info.isNull() && !info.isArray()) {
        *error = QStringLiteral("%1: CStorVolumeConfig %2: spec.policy.replicaPoolInfo must "
                                "be a list")
                     .arg(where(item), name);
        return false;
    }
    return true;
}

void ScenarioLoader::addObjects(const QList<QJsonObject> &objects)
{
    m_items.reserve(m_items.size() + objects.size());
    for (const QJsonObject &object : objects)
        m_items.append(Item{object, 0});
}

bool ScenarioLoader::apply(QString *error, bool deriveEvents)
{
    ScenarioDerivation(&m_items, m_clock).run();
    QList<const Item *> ordered;
    ordered.reserve(m_items.size());
    QSet<QString> namespaces;
    bool hasEvents = false;
    for (const Item &item : std::as_const(m_items)) {
        ordered.append(&item);
        const QString ns = metaString(item.object, QStringLiteral("namespace"));
        if (!ns.isEmpty())
            namespaces.insert(ns);
        hasEvents = hasEvents ||
                    item.object.value(QLatin1String("kind")).toString() == QLatin1String("Event");
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Item *a, const Item *b) {
        return rank(a->object.value(QLatin1String("kind")).toString()) <
               rank(b->object.value(QLatin1String("kind")).toString());
    });
    for (const QString &ns : std::as_const(namespaces)) {
        if (m_store->get(QStringLiteral("namespaces"), QString(), ns))
            continue;
        m_store->create(QStringLiteral("namespaces"), namespaceObject(ns));
    }
    for (const Item *item : std::as_const(ordered)) {
        const QString plural = pluralForKind(item->object.value(QLatin1String("kind")).toString());
        if (plural.isEmpty())
            continue;
        if (plural == QLatin1String("namespaces") &&
            m_store->get(plural, QString(), metaString(item->object, QStringLiteral("name"))))
            continue;
        const auto result = m_store->create(plural, item->object);
        if (const auto *failure = std::get_if<ApiError>(&result)) {
            *error = QStringLiteral("%1: %2").arg(where(*item), failure->message);
            return false;
        }
    }
    if (deriveEvents && !hasEvents)
        recordCreationEvents(ordered);
    return true;
}

// The Events a real cluster shows for pools, bound volumes and replicas it created.
void ScenarioLoader::recordCreationEvents(const QList<const Item *> &ordered)
{
    EventRecorder events(m_store, m_clock);
    for (const Item *item : ordered) {
        const QString kind = item->object.value(QLatin1String("kind")).toString();
        const QString plural = pluralForKind(kind);
        const auto stored =
            m_store->get(plural, metaString(item->object, QStringLiteral("namespace")),
                         metaString(item->object, QStringLiteral("name")));
        if (!stored)
            continue;
        if (kind == QLatin1String("CStorPoolInstance")) {
            events.normal(*stored, QStringLiteral("Created"),
                          QStringLiteral("Pool created successfully"),
                          QStringLiteral("CStorPoolInstance"));
        } else if (kind == QLatin1String("CStorVolumeConfig") &&
                   child(*stored, QStringLiteral("status"))
                           .value(QLatin1String("phase"))
                           .toString() == QLatin1String("Bound")) {
            events.normal(*stored, QStringLiteral("Synced"),
                          QStringLiteral("cstorvolumeconfig created successfully"),
                          CvcController::component());
        } else if (kind == QLatin1String("CStorVolumeReplica")) {
            events.normal(*stored, QStringLiteral("Created"),
                          QStringLiteral("Resource created successfully"),
                          QStringLiteral("CStorVolumeReplica"));
        }
    }
}

} // namespace Sim
