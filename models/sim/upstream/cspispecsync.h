#pragma once

#include <QJsonObject>
#include <QString>

namespace Sim {

class ObjectStore;

// The CSPC operator's syncCSPI (CO cspc-controller sync.go syncCSPIWithCSPC), at every sync of
// a CSPC: each of its CSPIs follows its pool spec, found by an equal node selector or else by a
// block device they share, and takes the spec's node selector and the host name of the one node
// that selector picks (GetNodeFromLabelSelector; no such node: the CSPI is left as it is, which
// upstream only logs). The pool's Deployment follows the CSPI (patchPoolDeploymentSpec; CstorPods
// moves the pod). The CSPI's kubernetes.io/hostname label is not touched: after disks moved to
// another node it keeps the old node's name until someone edits it.
class CspiSpecSync
{
public:
    explicit CspiSpecSync(ObjectStore *store);

    void sync(const QJsonObject &cspc);

    // GetHostNameFromLabelSelector: the kubernetes.io/hostname of the one node with every label
    // of `selector`, or the webhook's error text.
    static QString hostOfSelector(const ObjectStore *store, const QJsonObject &selector,
                                  QString *error = nullptr);

private:
    ObjectStore *m_store;
};

} // namespace Sim
