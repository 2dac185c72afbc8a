#pragma once

#include "models/recovery/moveddisksplanner.h"
#include "ui/pooltaskdialog.h"

namespace Kube {
class RestClient;
}
namespace Recovery {
class MovedDisksTask;
}

namespace Ui {

// "Follow moved disks": reads a pool whose node is gone, finds the node its disks are on now
// and shows the CStorPoolCluster edit that points the pool there (with any other pool of the
// cluster whose node is gone and whose disks moved too); on the operator's word makes the edit
// and follows the CSPC operator and the pools' imports until they are ONLINE there. A pool that
// cannot follow its disks (spread over nodes, a node not Ready, ...) says why and what to do
// instead.
class FollowDisksDialog : public PoolTaskDialog
{
    Q_OBJECT

public:
    // client is not owned and must outlive the dialog; whyNoWrites: why the window may not
    // change the cluster ("" when it may).
    FollowDisksDialog(const QString &pool, Kube::RestClient *client, const QString &namespaceName,
                      const QString &whyNoWrites, QWidget *parent = nullptr);

    const Recovery::MovedDisksPlan &plan() const { return m_plan; }

signals:
    // The pools are ONLINE on the nodes of their disks (true), or the run stopped (false).
    void followEnded(bool online);

private:
    void showPlan();
    void run();

    Recovery::MovedDisksTask *m_task;
    Recovery::MovedDisksPlan m_plan;
    QPushButton *m_apply;
};

} // namespace Ui
