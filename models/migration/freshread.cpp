#include "models/migration/freshread.h"

#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"

namespace Migration {

namespace {
const QString kCvs = QStringLiteral("cstorvolumes");
const QString kCvrs = QStringLiteral("cstorvolumereplicas");
} // namespace

void FreshRead::moveObjects(const QPointer<QObject> &guard, CvcWriter *writer,
                            const QString &volume, const QString &replicaName, const Fail &fail,
                            const Done &done)
{
    const QPointer<CvcWriter> reader(writer);
    decoded<Cstor::VolumeConfig>(
        writer, kCvcResource, volume, fail,
        [=](const Cstor::VolumeConfig &cvc, const QJsonObject &cvcDocument) {
            if (!guard || !reader)
                return;
            decoded<Cstor::Volume>(
                reader, kCvs, volume, fail, [=](const Cstor::Volume &cv, const QJsonObject &) {
                    if (!guard || !reader)
                        return;
                    decoded<Cstor::VolumeReplica>(
                        reader, kCvrs, replicaName, fail,
                        [=](const Cstor::VolumeReplica &cvr, const QJsonObject &) {
                            if (!guard)
                                return;
                            Kube::ClusterDelta fresh;
                            fresh.volumeConfigs.upserted = {cvc};
                            fresh.volumes.upserted = {cv};
                            fresh.replicas.upserted = {cvr};
                            done(fresh, cvcDocument);
                        });
                });
        });
}

} // namespace Migration
