#pragma once

#include "models/kube/clusterdelta.h"
#include "models/migration/cvcwriter.h"

#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace Migration {

// Fresh reads over the API, for the step that must not trust the informers' picture (they may
// lag, and removing the old replica is the step that can lose data).
class FreshRead
{
public:
    using Fail = std::function<void(const QString &why)>;
    using Done =
        std::function<void(const Kube::ClusterDelta &fresh, const QJsonObject &cvcDocument)>;

    // Reads the volume's CVC, its CV and the replicas `replicaNames`, all at once; while `guard`
    // lives, `done` gets them as a delta to apply over the informers' picture, with the CVC
    // document a patch is computed from, or `fail` (once) why a read or its decoding failed.
    static void moveObjects(const QPointer<QObject> &guard, CvcWriter *writer,
                            const QString &volume, const QStringList &replicaNames,
                            const Fail &fail, const Done &done);

    // Reads one object and decodes it into its domain type T (T::fromJson).
    template<typename T>
    static void decoded(CvcWriter *writer, const QString &resource, const QString &name,
                        const Fail &fail,
                        const std::function<void(const T &, const QJsonObject &)> &done)
    {
        writer->get(resource, name, [fail, done](const CvcWriter::Reply &reply) {
            if (!reply.ok)
                return fail(reply.message);
            T decoded;
            QString error;
            if (!T::fromJson(reply.object, &decoded, &error))
                return fail(error);
            done(decoded, reply.object);
        });
    }
};

} // namespace Migration
