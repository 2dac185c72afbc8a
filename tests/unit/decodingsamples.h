#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

// The seed cluster's objects as the API serves them, and the means to change one field of a
// copy, for the tests of decoding the cStor resources.
namespace DecodingSamples {

inline constexpr qint64 kGiB = 1024LL * 1024 * 1024;

inline const QString kVolume = QStringLiteral("pvc-d1b26676-5035-4e5b-b564-68869b023306");
inline const QString kPool1 = QStringLiteral("cspc-stripe-pool-6qkw");
inline const QString kPool2 = QStringLiteral("cspc-stripe-pool-pn9p");
inline const QString kPool3 = QStringLiteral("cspc-stripe-pool-psz5");

inline QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

// Sets a value at a dotted path inside a JSON object (creating objects on the way).
inline void setPath(QJsonObject *object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            object->remove(path.toString());
        else
            object->insert(path.toString(), value);
        return;
    }
    const QString key = path.left(dot).toString();
    QJsonObject child = object->value(key).toObject();
    setPath(&child, path.mid(dot + 1), value);
    object->insert(key, child);
}

inline QJsonObject with(QJsonObject object, QStringView path, const QJsonValue &value)
{
    setPath(&object, path, value);
    return object;
}

// The seed's pool cspc-stripe-pool-6qkw as the API serves it.
inline QJsonObject seedPool()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorPoolInstance",
  "metadata": {
    "name": "cspc-stripe-pool-6qkw",
    "namespace": "openebs",
    "uid": "2f0e9a47-5f1c-4d6e-a0a3-0d2a7b1c9e11",
    "resourceVersion": "48213",
    "generation": 3,
    "creationTimestamp": "2024-05-01T10:00:00Z",
    "finalizers": ["cstorpoolcluster.openebs.io/finalizer", "openebs.io/pool-protection"],
    "labels": {
      "kubernetes.io/hostname": "e2e1-node1",
      "openebs.io/cstor-pool-cluster": "cspc-stripe-pool",
      "openebs.io/version": "3.5.0"
    },
    "ownerReferences": [{"apiVersion": "cstor.openebs.io/v1", "kind": "CStorPoolCluster",
                         "name": "cspc-stripe-pool", "uid": "5d7c", "controller": true}]
  },
  "spec": {
    "hostName": "e2e1-node1",
    "nodeSelector": {"kubernetes.io/hostname": "e2e1-node1"},
    "poolConfig": {"dataRaidGroupType": "stripe", "roThresholdLimit": 85},
    "dataRaidGroups": [{"blockDevices": [{"blockDeviceName": "blockdevice-176cda34"}]}]
  },
  "status": {
    "phase": "ONLINE",
    "capacity": {"used": "81500", "free": "9630M", "total": "10G",
                 "zfs": {"logicalUsed": "45k"}},
    "readOnly": false,
    "provisionedReplicas": 1,
    "healthyReplicas": 1
  },
  "versionDetails": {"desired": "3.5.0", "status": {"current": "3.5.0"}}
})");
}

inline QJsonObject seedVolumeConfig()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorVolumeConfig",
  "metadata": {
    "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
    "namespace": "openebs",
    "uid": "0b1d6f3e-8c57-4b0e-9a54-1f4f7b9b2d01",
    "resourceVersion": "50110",
    "generation": 2,
    "creationTimestamp": "2024-05-01T10:05:00Z",
    "finalizers": ["cvc.openebs.io/finalizer"],
    "labels": {"openebs.io/cstor-pool-cluster": "cspc-stripe-pool"},
    "annotations": {"openebs.io/volumeID": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
                    "openebs.io/volume-policy": ""}
  },
  "spec": {
    "capacity": {"storage": "5Gi"},
    "cstorVolumeRef": {"kind": "CStorVolume", "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306"},
    "policy": {
      "replicaPoolInfo": [{"poolName": "cspc-stripe-pool-6qkw"},
                          {"poolName": "cspc-stripe-pool-pn9p"}],
      "target": {}, "replica": {}
    },
    "provision": {"capacity": {"storage": "5Gi"}, "replicaCount": 2}
  },
  "publish": {"nodeId": "e2e1-node1"},
  "status": {
    "phase": "Bound",
    "poolInfo": ["cspc-stripe-pool-6qkw", "cspc-stripe-pool-pn9p"],
    "capacity": {"storage": "5Gi"}
  },
  "versionDetails": {"desired": "3.5.0", "status": {"current": "3.5.0"}}
})");
}

inline QJsonObject seedReplica()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorVolumeReplica",
  "metadata": {
    "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306-cspc-stripe-pool-6qkw",
    "namespace": "openebs",
    "uid": "7a8b3c5d-1111-4e2f-9d0a-33c1e2f4a5b6",
    "resourceVersion": "51002",
    "generation": 1,
    "creationTimestamp": "2024-05-01T10:05:01Z",
    "finalizers": ["cstorvolumereplica.openebs.io/finalizer"],
    "labels": {
      "cstorpoolinstance.openebs.io/name": "cspc-stripe-pool-6qkw",
      "cstorpoolinstance.openebs.io/uid": "2f0e9a47-5f1c-4d6e-a0a3-0d2a7b1c9e11",
      "cstorvolume.openebs.io/name": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
      "openebs.io/persistent-volume": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
      "openebs.io/version": "3.5.0"
    },
    "annotations": {"cstorpoolinstance.openebs.io/hostname": "e2e1-node1"}
  },
  "spec": {
    "targetIP": "10.96.14.2",
    "capacity": "5Gi",
    "zvolWorkers": "",
    "replicaid": "7F3C2A9B41D0E615"
  },
  "status": {
    "phase": "Healthy",
    "capacity": {"total": "1.26G", "used": "1.47G"},
    "lastTransitionTime": "2024-05-01T10:06:30Z",
    "lastUpdateTime": "2024-05-02T01:12:43.517209Z",
    "snapshots": {"snap-1": {"logicalReferenced": 1048576},
                  "snap-2": {"logicalReferenced": 2097152}},
    "pendingSnapshots": null
  },
  "versionDetails": {"desired": "3.5.0", "status": {"current": "3.5.0"}}
})");
}

inline QJsonObject seedVolume()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorVolume",
  "metadata": {
    "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
    "namespace": "openebs",
    "uid": "c41e0d2a-9b7f-4b58-8f12-6e3d2a1b0c9d",
    "resourceVersion": "51020",
    "generation": 4,
    "creationTimestamp": "2024-05-01T10:05:00Z",
    "labels": {"openebs.io/persistent-volume": "pvc-d1b26676-5035-4e5b-b564-68869b023306"}
  },
  "spec": {
    "capacity": "5Gi",
    "targetIP": "10.96.14.2",
    "targetPort": "3260",
    "targetPortal": "10.96.14.2:3260",
    "iqn": "iqn.2016-09.com.openebs.cstor:pvc-d1b26676-5035-4e5b-b564-68869b023306",
    "replicationFactor": 2,
    "consistencyFactor": 2,
    "desiredReplicationFactor": 2,
    "replicaDetails": {"knownReplicas": {"7F3C2A9B41D0E615": "5520312896348475181",
                                         "1B2C3D4E5F607182": "9836310292178413112"}}
  },
  "status": {
    "phase": "Healthy",
    "capacity": "5Gi",
    "lastTransitionTime": "2024-05-01T10:06:31Z",
    "lastUpdateTime": "2024-05-02T01:12:40Z",
    "replicaStatuses": [
      {"replicaId": "5520312896348475181", "mode": "Healthy", "checkpointedIOSeq": "1048577",
       "inflightRead": "0", "inflightWrite": "0", "inflightSync": "0", "upTime": 54012,
       "quorum": "1"},
      {"replicaId": "9836310292178413112", "mode": "Healthy", "checkpointedIOSeq": "1048577",
       "inflightRead": "0", "inflightWrite": "0", "inflightSync": "0", "upTime": 54010,
       "quorum": "1"}
    ],
    "replicaDetails": {"knownReplicas": {"7F3C2A9B41D0E615": "5520312896348475181",
                                         "1B2C3D4E5F607182": "9836310292178413112"}}
  }
})");
}

inline QJsonObject seedPoolCluster()
{
    return parse(R"({
  "apiVersion": "cstor.openebs.io/v1",
  "kind": "CStorPoolCluster",
  "metadata": {"name": "cspc-stripe-pool", "namespace": "openebs", "uid": "5d7c",
               "creationTimestamp": "2024-05-01T09:56:00Z"},
  "spec": {"pools": [{"nodeSelector": {"kubernetes.io/hostname": "e2e1-node1"}},
                     {"nodeSelector": {"kubernetes.io/hostname": "e2e1-node2"}},
                     {"nodeSelector": {"kubernetes.io/hostname": "e2e1-node3"}}]},
  "status": {"healthyInstances": 3, "provisionedInstances": 3, "desiredInstances": 3,
             "conditions": [{"type": "PoolManagerAvailable", "status": "True"}]}
})");
}

inline QJsonObject seedEvent()
{
    return parse(R"({
  "apiVersion": "v1",
  "kind": "Event",
  "metadata": {"name": "pvc-d1b26676-5035-4e5b-b564-68869b023306.17c3a1b2c3d4e5f6",
               "namespace": "openebs", "uid": "e1", "resourceVersion": "52001",
               "creationTimestamp": "2024-05-01T10:05:02Z"},
  "involvedObject": {"kind": "CStorVolumeConfig", "namespace": "openebs",
                     "name": "pvc-d1b26676-5035-4e5b-b564-68869b023306",
                     "uid": "0b1d6f3e-8c57-4b0e-9a54-1f4f7b9b2d01",
                     "apiVersion": "cstor.openebs.io/v1", "resourceVersion": "50110"},
  "reason": "ScalingVolumeReplicas",
  "message": "successfully scaled volume replicas to 3",
  "source": {"component": "cstorvolumeclaim-controller"},
  "firstTimestamp": "2024-05-01T10:05:02Z",
  "lastTimestamp": "2024-05-02T01:12:30Z",
  "count": 2,
  "type": "Normal",
  "eventTime": null,
  "reportingComponent": "",
  "reportingInstance": ""
})");
}

} // namespace DecodingSamples
