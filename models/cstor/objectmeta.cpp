#include "models/cstor/objectmeta.h"

#include "models/cstor/fieldreader.h"

namespace Cstor {

bool ObjectMeta::decode(const Json::Value &metadata, ObjectMeta *out, QString *error)
{
    FieldReader reader(QLatin1String(), error);
    ObjectMeta meta;
    const Json::Value name = metadata.value(QLatin1String("name"));
    if (name.isUndefined() || name.isNull() || (name.isString() && name.toString().isEmpty()))
        return reader.fail(QLatin1String("metadata.name"), QStringLiteral("is missing"));
    if (!reader.string(name, QLatin1String("metadata.name"), &meta.name) ||
        !reader.string(metadata.value(QLatin1String("uid")), QLatin1String("metadata.uid"),
                       &meta.uid) ||
        !reader.string(metadata.value(QLatin1String("namespace")),
                       QLatin1String("metadata.namespace"), &meta.namespaceName) ||
        !reader.string(metadata.value(QLatin1String("resourceVersion")),
                       QLatin1String("metadata.resourceVersion"), &meta.resourceVersion) ||
        !reader.integer64(metadata.value(QLatin1String("generation")),
                          QLatin1String("metadata.generation"), &meta.generation) ||
        !reader.time(metadata.value(QLatin1String("creationTimestamp")),
                     QLatin1String("metadata.creationTimestamp"), &meta.creationTimestamp) ||
        !reader.time(metadata.value(QLatin1String("deletionTimestamp")),
                     QLatin1String("metadata.deletionTimestamp"), &meta.deletionTimestamp) ||
        !reader.stringMap(metadata.value(QLatin1String("labels")), QLatin1String("metadata.labels"),
                          &meta.labels) ||
        !reader.stringMap(metadata.value(QLatin1String("annotations")),
                          QLatin1String("metadata.annotations"), &meta.annotations,
                          FieldReader::Values::OneOff))
        return false;
    *out = std::move(meta);
    return true;
}

} // namespace Cstor
