#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Sim::ObjectFields {

// The cStor resources and labels the imitated components read and write.
inline const QString kCspc = QStringLiteral("cstorpoolclusters");
inline const QString kCspi = QStringLiteral("cstorpoolinstances");
inline const QString kCvc = QStringLiteral("cstorvolumeconfigs");
inline const QString kCv = QStringLiteral("cstorvolumes");
inline const QString kCvr = QStringLiteral("cstorvolumereplicas");
inline const QString kNodes = QStringLiteral("nodes");
inline const QString kPods = QStringLiteral("pods");
inline const QString kPdb = QStringLiteral("poddisruptionbudgets");
inline const QString kCstorGroup = QStringLiteral("cstor.openebs.io");
inline const QString kPoolLabel = QStringLiteral("cstorpoolinstance.openebs.io/name");
inline const QString kVolumeLabel = QStringLiteral("cstorvolume.openebs.io/name");
inline const QString kCspcLabel = QStringLiteral("openebs.io/cstor-pool-cluster");
inline const QString kHostLabel = QStringLiteral("kubernetes.io/hostname");

// The fields of a Kubernetes object, read as the components read them: a missing one is empty.
inline QJsonObject child(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

inline QString metaString(const QJsonObject &object, const QString &key)
{
    return child(object, QStringLiteral("metadata")).value(key).toString();
}

inline QString annotation(const QJsonObject &object, const QString &key)
{
    return child(child(object, QStringLiteral("metadata")), QStringLiteral("annotations"))
        .value(key)
        .toString();
}

inline QString label(const QJsonObject &object, const QString &key)
{
    return child(child(object, QStringLiteral("metadata")), QStringLiteral("labels"))
        .value(key)
        .toString();
}

// A CV's known replicas (replica ID -> zvol GUID), as its `part` ("spec" or "status") lists them.
inline QJsonObject knownReplicas(const QJsonObject &cv, const QString &part)
{
    return child(child(child(cv, part), QStringLiteral("replicaDetails")),
                 QStringLiteral("knownReplicas"));
}

// Sets a field as Go's encoding/json writes one tagged `omitempty`: an empty list or map is left
// out.
inline void insertOmitEmpty(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if ((value.isArray() && value.toArray().isEmpty()) ||
        (value.isObject() && value.toObject().isEmpty()))
        object.remove(key);
    else
        object.insert(key, value);
}

// An object written back as a whole without a precondition on its version.
inline void removeResourceVersion(QJsonObject &object)
{
    QJsonObject metadata = child(object, QStringLiteral("metadata"));
    metadata.remove(QStringLiteral("resourceVersion"));
    object.insert(QStringLiteral("metadata"), metadata);
}

} // namespace Sim::ObjectFields
