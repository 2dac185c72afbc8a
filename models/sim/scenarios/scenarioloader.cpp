#include "models/sim/scenarios/scenarioloader.h"

#include "models/cstor/capacity.h"
#include "models/json/yamlnodebudget.h"
#include "models/sim/store/eventrecorder.h"
#include "models/sim/store/namespaceobject.h"
#include "models/sim/store/objectstore.h"
#include "models/sim/store/simclock.h"
#include "models/sim/upstream/cvccontroller.h"
#include "models/sim/upstream/objectfields.h"
#include "models/sim/upstream/volumetarget.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Sim {

using namespace ObjectFields;

namespace {

const QString kCstorApi = QStringLiteral("cstor.openebs.io/v1");

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
                                   QStringLiteral("Event")};
    const qsizetype index = order.indexOf(kind);
    return index < 0 ? int(order.size()) : int(index);
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
        if (kind != QLatin1String("Namespace") &&
            metaString(object, QStringLiteral("namespace")).isEmpty()) {
            QJsonObject metadata = child(object, QStringLiteral("metadata"));
            metadata.insert(QStringLiteral("namespace"), QStringLiteral("openebs"));
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
    const QString expectedApi = kind == QLatin1String("Event") || kind == QLatin1String("Namespace")
                                    ? QStringLiteral("v1")
                                    : kCstorApi;
    if (apiVersion != expectedApi) {
        *error = QStringLiteral("%1: %2 %3 has apiVersion \"%4\", expected \"%5\"")
                     .arg(where(item), kind, name, apiVersion, expectedApi);
        return false;
    }
    const QJsonObject status = child(object, QStringLiteral("status"));
    if (kind == QLatin1String("CStorPoolInstance")) {
        const QJsonObject capacity = child(status, QStringLiteral("capacity"));
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
    } else if (kind == QLatin1String("CStorVolumeReplica")) {
        if (label(object, QStringLiteral("cstorpoolinstance.openebs.io/name")).isEmpty()) {
            *error = QStringLiteral("%1: CStorVolumeReplica %2 has no label "
                                    "cstorpoolinstance.openebs.io/name")
                         .arg(where(item), name);
            return false;
        }
        const QJsonObject capacity = child(status, QStringLiteral("capacity"));
        for (const QString &field : {QStringLiteral("total"), QStringLiteral("used")}) {
            const QString value = capacity.value(field).toString();
            if (!value.isEmpty() && !Cstor::Capacity::parseZfsSize(value)) {
                *error = QStringLiteral("%1: CStorVolumeReplica %2: status.capacity.%3 \"%4\" is "
                                        "not a ZFS size")
                             .arg(where(item), name, field, value);
                return false;
            }
        }
    } else if (kind == QLatin1String("CStorVolumeConfig")) {
        const QJsonValue info =
            child(child(object, QStringLiteral("spec")), QStringLiteral("policy"))
                .value(QLatin1String("replicaPoolInfo"));
        if (!info.isUndefined() && !info.isNull() && !info.isArray()) {
            *error = QStringLiteral("%1: CStorVolumeConfig %2: spec.policy.replicaPoolInfo must "
                                    "be a list")
                         .arg(where(item), name);
            return false;
        }
    }
    return true;
}

void ScenarioLoader::addObjects(const QList<QJsonObject> &objects)
{
    m_items.reserve(m_items.size() + objects.size());
    for (const QJsonObject &object : objects)
        m_items.append(Item{object, 0});
}

void ScenarioLoader::deriveMissing()
{
    auto newUid = [this] {
        QByteArray bytes(16, Qt::Uninitialized);
        const quint64 a = m_clock->next64();
        const quint64 b = m_clock->next64();
        for (int i = 0; i < 8; ++i) {
            bytes[i] = char((a >> (8 * i)) & 0xff);
            bytes[8 + i] = char((b >> (8 * i)) & 0xff);
        }
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    };
    // A scenario without timestamps describes a cluster that has been up for a while.
    const QString created = ObjectStore::formatTimestamp(m_clock->now().addSecs(-16 * 3600));
    QHash<QString, QString> uids;  // kind/ns/name -> uid
    QHash<QString, QString> nodes; // ns/cspi -> node
    for (Item &item : m_items) {
        QJsonObject metadata = child(item.object, QStringLiteral("metadata"));
        if (metadata.value(QLatin1String("uid")).toString().isEmpty())
            metadata.insert(QStringLiteral("uid"), newUid());
        if (metadata.value(QLatin1String("creationTimestamp")).toString().isEmpty())
            metadata.insert(QStringLiteral("creationTimestamp"), created);
        item.object.insert(QStringLiteral("metadata"), metadata);
        const QString kind = item.object.value(QLatin1String("kind")).toString();
        const QString ns = metadata.value(QLatin1String("namespace")).toString();
        const QString name = metadata.value(QLatin1String("name")).toString();
        uids.insert(kind + QLatin1Char('/') + ns + QLatin1Char('/') + name,
                    metadata.value(QLatin1String("uid")).toString());
        if (kind == QLatin1String("CStorPoolInstance")) {
            QString node = child(item.object, QStringLiteral("spec"))
                               .value(QLatin1String("hostName"))
                               .toString();
            if (node.isEmpty())
                node = label(item.object, QStringLiteral("kubernetes.io/hostname"));
            nodes.insert(ns + QLatin1Char('/') + name, node);
        }
    }
    auto uidOf = [&uids](const QString &kind, const QString &ns, const QString &name) {
        return uids.value(kind + QLatin1Char('/') + ns + QLatin1Char('/') + name);
    };

    QHash<QString, QList<int>> replicasOfVolume; // ns/pv -> item indexes
    for (int i = 0; i < m_items.size(); ++i) {
        QJsonObject &object = m_items[i].object;
        const QString kind = object.value(QLatin1String("kind")).toString();
        const QString ns = metaString(object, QStringLiteral("namespace"));
        const QString name = metaString(object, QStringLiteral("name"));
        QJsonObject metadata = child(object, QStringLiteral("metadata"));
        // Owner references written with a name only get the owner's uid.
        QJsonArray owners = metadata.value(QLatin1String("ownerReferences")).toArray();
        for (int o = 0; o < owners.size(); ++o) {
            QJsonObject owner = owners.at(o).toObject();
            if (owner.value(QLatin1String("uid")).toString().isEmpty()) {
                owner.insert(QStringLiteral("uid"),
                             uidOf(owner.value(QLatin1String("kind")).toString(), ns,
                                   owner.value(QLatin1String("name")).toString()));
                owners.replace(o, owner);
            }
        }
        if (!owners.isEmpty())
            metadata.insert(QStringLiteral("ownerReferences"), owners);
        if (kind == QLatin1String("CStorVolumeReplica")) {
            const QString pool = label(object, QStringLiteral("cstorpoolinstance.openebs.io/name"));
            QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
            if (labels.value(QLatin1String("cstorpoolinstance.openebs.io/uid"))
                    .toString()
                    .isEmpty())
                labels.insert(QStringLiteral("cstorpoolinstance.openebs.io/uid"),
                              uidOf(QStringLiteral("CStorPoolInstance"), ns, pool));
            QString volume = labels.value(QLatin1String("cstorvolume.openebs.io/name")).toString();
            if (volume.isEmpty() && name.endsWith(QLatin1Char('-') + pool))
                volume = name.left(name.size() - pool.size() - 1);
            if (!volume.isEmpty()) {
                labels.insert(QStringLiteral("cstorvolume.openebs.io/name"), volume);
                if (!labels.contains(QLatin1String("openebs.io/persistent-volume")))
                    labels.insert(QStringLiteral("openebs.io/persistent-volume"), volume);
            }
            metadata.insert(QStringLiteral("labels"), labels);
            QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
            if (!annotations.contains(QLatin1String("cstorpoolinstance.openebs.io/hostname"))) {
                annotations.insert(QStringLiteral("cstorpoolinstance.openebs.io/hostname"),
                                   nodes.value(ns + QLatin1Char('/') + pool));
                metadata.insert(QStringLiteral("annotations"), annotations);
            }
            QJsonObject spec = child(object, QStringLiteral("spec"));
            const QString phase =
                child(object, QStringLiteral("status")).value(QLatin1String("phase")).toString();
            if (spec.value(QLatin1String("replicaid")).toString().isEmpty() && !phase.isEmpty() &&
                phase != QLatin1String("Init")) {
                spec.insert(QStringLiteral("replicaid"), CvcController::replicaIdFor(volume, pool));
                object.insert(QStringLiteral("spec"), spec);
            }
            replicasOfVolume[ns + QLatin1Char('/') + volume].append(i);
        }
        object.insert(QStringLiteral("metadata"), metadata);
    }

    // CVs a dump of cvc+cvr alone lacks: rebuilt from the CVC and its replicas.
    QList<Item> derived;
    for (const Item &item : std::as_const(m_items)) {
        const QJsonObject &cvc = item.object;
        if (cvc.value(QLatin1String("kind")).toString() != QLatin1String("CStorVolumeConfig"))
            continue;
        const QString ns = metaString(cvc, QStringLiteral("namespace"));
        const QString name = metaString(cvc, QStringLiteral("name"));
        if (!uidOf(QStringLiteral("CStorVolume"), ns, name).isEmpty())
            continue;
        if (child(cvc, QStringLiteral("status")).value(QLatin1String("phase")).toString() !=
            QLatin1String("Bound"))
            continue;
        const QList<int> replicas = replicasOfVolume.value(ns + QLatin1Char('/') + name);
        QJsonObject known;
        int healthy = 0;
        int degraded = 0;
        for (int index : replicas) {
            const QJsonObject &cvr = m_items[index].object;
            const QString id =
                child(cvr, QStringLiteral("spec")).value(QLatin1String("replicaid")).toString();
            const QString phase =
                child(cvr, QStringLiteral("status")).value(QLatin1String("phase")).toString();
            if (id.isEmpty() || phase == QLatin1String("NewReplicaDegraded") ||
                phase == QLatin1String("ReconstructingNewReplica") ||
                phase == QLatin1String("Recreate"))
                continue;
            known.insert(id, QString::number(m_clock->next64()));
            if (phase == QLatin1String("Healthy"))
                ++healthy;
            else if (phase != QLatin1String("Offline"))
                ++degraded;
        }
        const int rf = std::max(1, int(known.size()));
        const int cf = rf / 2 + 1;
        const int drf =
            std::max(rf, int(child(child(cvc, QStringLiteral("spec")), QStringLiteral("policy"))
                                 .value(QLatin1String("replicaPoolInfo"))
                                 .toArray()
                                 .size()));
        QString capacity = child(child(cvc, QStringLiteral("spec")), QStringLiteral("capacity"))
                               .value(QLatin1String("storage"))
                               .toString();
        if (capacity.isEmpty())
            capacity = child(child(child(cvc, QStringLiteral("spec")), QStringLiteral("provision")),
                             QStringLiteral("capacity"))
                           .value(QLatin1String("storage"))
                           .toString();
        const quint64 r = m_clock->next64();
        const QString ip = QStringLiteral("10.%1.%2.%3")
                               .arg(96 + int(r % 16))
                               .arg(int((r >> 8) % 256))
                               .arg(int((r >> 16) % 254) + 1);
        const QString uid = newUid();
        uids.insert(QStringLiteral("CStorVolume/") + ns + QLatin1Char('/') + name, uid);
        QJsonObject cv{
            {QStringLiteral("apiVersion"), kCstorApi},
            {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
            {QStringLiteral("metadata"),
             QJsonObject{
                 {QStringLiteral("name"), name},
                 {QStringLiteral("namespace"), ns},
                 {QStringLiteral("uid"), uid},
                 {QStringLiteral("creationTimestamp"),
                  metaString(cvc, QStringLiteral("creationTimestamp"))},
                 {QStringLiteral("labels"),
                  QJsonObject{{QStringLiteral("openebs.io/persistent-volume"), name},
                              {QStringLiteral("openebs.io/version"), QStringLiteral("3.6.0")}}},
                 {QStringLiteral("ownerReferences"),
                  QJsonArray{
                      QJsonObject{{QStringLiteral("apiVersion"), kCstorApi},
                                  {QStringLiteral("kind"), QStringLiteral("CStorVolumeConfig")},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("uid"), metaString(cvc, QStringLiteral("uid"))},
                                  {QStringLiteral("controller"), true},
                                  {QStringLiteral("blockOwnerDeletion"), true}}}},
             }},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("capacity"), capacity},
                 {QStringLiteral("targetIP"), ip},
                 {QStringLiteral("targetPort"), QStringLiteral("3260")},
                 {QStringLiteral("targetPortal"), ip + QStringLiteral(":3260")},
                 {QStringLiteral("iqn"), QStringLiteral("iqn.2016-09.com.openebs.cstor:") + name},
                 {QStringLiteral("replicationFactor"), rf},
                 {QStringLiteral("consistencyFactor"), cf},
                 {QStringLiteral("desiredReplicationFactor"), drf},
                 {QStringLiteral("replicaDetails"),
                  QJsonObject{{QStringLiteral("knownReplicas"), known}}},
             }},
            {QStringLiteral("status"),
             QJsonObject{
                 {QStringLiteral("phase"), VolumeTarget::phaseFor(healthy, degraded, rf, cf)},
                 {QStringLiteral("capacity"), capacity},
                 {QStringLiteral("replicaDetails"),
                  QJsonObject{{QStringLiteral("knownReplicas"), known}}},
             }},
            {QStringLiteral("versionDetails"),
             QJsonObject{{QStringLiteral("autoUpgrade"), false},
                         {QStringLiteral("desired"), QStringLiteral("3.6.0")},
                         {QStringLiteral("status"),
                          QJsonObject{{QStringLiteral("current"), QStringLiteral("3.6.0")},
                                      {QStringLiteral("dependentsUpgraded"), true}}}}},
        };
        derived.append(Item{cv, item.line});
        // The replicas' owner is this CV.
        for (int index : replicas) {
            QJsonObject &cvr = m_items[index].object;
            QJsonObject metadata = child(cvr, QStringLiteral("metadata"));
            QJsonArray owners = metadata.value(QLatin1String("ownerReferences")).toArray();
            if (owners.isEmpty()) {
                owners.append(QJsonObject{{QStringLiteral("apiVersion"), kCstorApi},
                                          {QStringLiteral("kind"), QStringLiteral("CStorVolume")},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("uid"), uid},
                                          {QStringLiteral("controller"), true},
                                          {QStringLiteral("blockOwnerDeletion"), true}});
                metadata.insert(QStringLiteral("ownerReferences"), owners);
                cvr.insert(QStringLiteral("metadata"), metadata);
            }
        }
    }
    m_items += derived;
}

bool ScenarioLoader::apply(QString *error, bool deriveEvents)
{
    deriveMissing();
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
    if (deriveEvents && !hasEvents) {
        EventRecorder events(m_store, m_clock);
        for (const Item *item : std::as_const(ordered)) {
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
    return true;
}

} // namespace Sim
