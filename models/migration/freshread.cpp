#include "models/migration/freshread.h"

#include "models/cstor/volume.h"
#include "models/cstor/volumeconfig.h"
#include "models/cstor/volumereplica.h"

#include <memory>

namespace Migration {

namespace {
const QString kCvs = QStringLiteral("cstorvolumes");
const QString kCvrs = QStringLiteral("cstorvolumereplicas");
} // namespace

void FreshRead::moveObjects(const QPointer<QObject> &guard, CvcWriter *writer,
                            const QString &volume, const QStringList &replicaNames,
                            const Fail &fail, const Done &done)
{
    // All at once: one round trip apart at most, and what they tell is judged together.
    struct Reads
    {
        Kube::ClusterDelta fresh;
        QJsonObject cvcDocument;
        qsizetype pending = 0;
        bool failed = false;
    };
    const auto reads = std::make_shared<Reads>();
    reads->pending = 2 + replicaNames.size();
    const auto failOnce = [guard, reads, fail](const QString &why) {
        if (reads->failed || !guard)
            return;
        reads->failed = true;
        fail(why);
    };
    const auto arrived = [guard, reads, done] {
        if (--reads->pending == 0 && !reads->failed && guard)
            done(reads->fresh, reads->cvcDocument);
    };
    decoded<Cstor::VolumeConfig>(
        writer, kCvcResource, volume, failOnce,
        [reads, arrived](const Cstor::VolumeConfig &cvc, const QJsonObject &document) {
            reads->fresh.volumeConfigs.upserted = {cvc};
            reads->cvcDocument = document;
            arrived();
        });
    decoded<Cstor::Volume>(writer, kCvs, volume, failOnce,
                           [reads, arrived](const Cstor::Volume &cv, const QJsonObject &) {
                               reads->fresh.volumes.upserted = {cv};
                               arrived();
                           });
    for (const QString &name : replicaNames) {
        decoded<Cstor::VolumeReplica>(
            writer, kCvrs, name, failOnce,
            [reads, arrived](const Cstor::VolumeReplica &cvr, const QJsonObject &) {
                reads->fresh.replicas.upserted.append(cvr);
                arrived();
            });
    }
}

} // namespace Migration
