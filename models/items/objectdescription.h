#pragma once

#include "models/cstor/poolinstance.h"
#include "models/cstor/volumereplica.h"
#include "models/items/nodemodel.h"
#include "models/items/volumemodel.h"

namespace Items {

// The fields the console keeps of an object, as YAML laid out like the API object
// (kind, metadata, spec, status), for the details panel. Sizes are shown in bytes with the
// human form as a comment.
class ObjectDescription
{
public:
    static QString pool(const Cstor::PoolInstance &pool);
    static QString replica(const Cstor::VolumeReplica &replica, bool stale);
    // With who uses the volume first, or why that is not known (`usersUnreadable`).
    static QString volume(const VolumeRow &volume, const QString &usersUnreadable = QString());
    static QString node(const NodeRow &node);
};

} // namespace Items
