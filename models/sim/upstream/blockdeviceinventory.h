#pragma once

namespace Sim {

class ObjectStore;

// What node-disk-manager finds on the nodes of a cluster built from a scenario or a generator:
// a BlockDevice for every block device a CSPC's pool spec names (Claimed by its cStor claim
// bdc-cstor-<bd uid>, Bound), and one spare Unclaimed disk of the same size per node. The
// objects are what NDM's discovery (cmd/ndm_daemonset probes) and its claim controller leave
// behind; names and uids are derived from the node and device, so building a cluster twice
// gives the same objects. A scenario that has BlockDevices of its own is left alone.
class BlockDeviceInventory
{
public:
    explicit BlockDeviceInventory(ObjectStore *store);

    // Creates the objects; returns how many BlockDevices it created.
    int discover();

private:
    ObjectStore *m_store;
};

} // namespace Sim
