#pragma once

#include "models/sim/apiserver/apirequest.h"
#include "models/sim/apiserver/listsnapshots.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Sim {

class Authorizer;
class ObjectStore;

// The verbs on objects, against the ObjectStore: get, list (with selectors, limit/continue
// and Tables), create, update (PUT), patch (merge and JSON patch), delete and
// deletecollection. The namespaces kubectl expects exist even when the store has none.
class ObjectVerbs
{
public:
    ObjectVerbs(ObjectStore *store, const Authorizer &authorizer);

    ApiReply get(const ApiRequest &request, const ApiTarget &target) const;
    ApiReply list(const ApiRequest &request, const ApiTarget &target);
    ApiReply create(const ApiRequest &request, const ApiTarget &target);
    ApiReply update(const ApiRequest &request, const ApiTarget &target);
    ApiReply patch(const ApiRequest &request, const ApiTarget &target);
    ApiReply remove(const ApiRequest &request, const ApiTarget &target);

private:
    ObjectStore *m_store;
    const Authorizer &m_authorizer;
    ListSnapshots m_snapshots;

    QList<QJsonObject> namespaces() const;
    std::optional<QJsonObject> findObject(const ApiTarget &target) const;
    ListSnapshots::Snapshot takeSnapshot(const ApiTarget &target, const LabelSelector &labels,
                                         const std::optional<FieldSelector> &fields) const;
    ApiReply tableReply(const ApiRequest &request, const ResourceInfo &resource,
                        const ListSnapshots::Page &page) const;
    static QByteArray listBody(const ResourceInfo &resource, const ListSnapshots::Page &page);
    ApiReply removeCollection(const ApiRequest &request, const ApiTarget &target);
};

} // namespace Sim
