#pragma once

#include "models/items/volumeusers.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kube {
class RestClient;
}

// Reads once who uses the cluster's cStor volumes: cStor's PersistentVolumes (the claim of each
// volume) and the pods that mount claims, cluster-wide.
class VolumeUsersReader
{
    Q_DECLARE_TR_FUNCTIONS(VolumeUsersReader)

public:
    // The users, or nullopt with *why (the user may not list PersistentVolumes or pods, or the
    // server failed).
    static std::optional<Items::VolumeUsers> read(Kube::RestClient *client, QString *why);
};
