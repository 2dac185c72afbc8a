#include "app/console/volumeusersreader.h"

#include "app/console/resourcelister.h"
#include "models/kube/restclient.h"

namespace {

// The objects of the collection at `path` that decode and are of interest; nullopt with *why.
template<typename T>
std::optional<Kube::KindDelta<T>> readAll(ResourceLister *lister, const QString &path,
                                          const QString &plural, QString *why)
{
    const std::optional<QList<QJsonObject>> items = lister->list(path);
    if (!items) {
        *why = lister->failure().httpStatus == 403
                   ? VolumeUsersReader::tr("the user may not list %1 (403 Forbidden)").arg(plural)
                   : lister->failure().message;
        return std::nullopt;
    }
    Kube::KindDelta<T> delta;
    delta.replaceAll = true;
    for (const QJsonObject &item : *items) {
        T object;
        QString error;
        if (T::fromJson(Json::Document::fromObject(item).root(), &object, &error) &&
            object.isRelevant())
            delta.upserted.append(std::move(object));
    }
    return delta;
}

} // namespace

std::optional<Items::VolumeUsers> VolumeUsersReader::read(Kube::RestClient *client, QString *why)
{
    ResourceLister lister(client);
    const auto volumes =
        readAll<Cstor::PersistentVolume>(&lister, QStringLiteral("/api/v1/persistentvolumes"),
                                         QStringLiteral("persistentvolumes"), why);
    if (!volumes)
        return std::nullopt;
    const auto pods = readAll<Cstor::WorkloadPod>(&lister, QStringLiteral("/api/v1/pods"),
                                                  QStringLiteral("pods"), why);
    if (!pods)
        return std::nullopt;
    Items::VolumeUsers users;
    users.apply(*volumes, *pods);
    return users;
}
