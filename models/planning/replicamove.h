#pragma once

#include <QString>

namespace Migration {

// Moving one replica of a volume from one pool to another (the seed's two-step procedure).
struct ReplicaMove
{
    QString volume;     // PV name = CVC name = CV name
    QString sourcePool; // CSPI name
    QString targetPool; // CSPI name

    bool operator==(const ReplicaMove &other) const = default;
};

} // namespace Migration
