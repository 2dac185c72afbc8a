#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sim {

// What a SelfSubjectAccessReview asks: may I <verb> <resource> in <namespace>?
// kubectl's `auth can-i` posts it as protobuf (the "k8s\0" envelope, KUBECTL-WIRE.md §8);
// other clients as JSON.
struct AccessReview
{
    QString namespaceName;
    QString verb;
    QString group;
    QString version;
    QString resource;
    QString subresource;
    QString name;
    QString nonResourcePath; // set for non-resource reviews (e.g. /healthz)

    // The spec as JSON, to echo in the reply.
    QJsonObject specJson() const;

    static std::optional<AccessReview> fromProtobuf(const QByteArray &body, QString *error);
    static std::optional<AccessReview> fromJson(const QJsonObject &review, QString *error);
};

} // namespace Sim
