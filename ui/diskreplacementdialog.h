#pragma once

#include "models/recovery/diskreplacementplanner.h"
#include "ui/pooltaskdialog.h"

class QComboBox;
class QLabel;

namespace Kube {
class RestClient;
}
namespace Recovery {
class DiskReplacementTask;
}

namespace Ui {

// "Replace failed disk": reads a pool and shows its failed disk, the unclaimed disks of its node
// that can take its place (the smallest that fits first) and the CStorPoolCluster edit; on the
// operator's word makes the edit and follows the CSPC operator and the resilver until the pool
// is ONLINE. A pool that cannot be repaired (a stripe, a raid group past its redundancy) says
// why and what to do instead.
class DiskReplacementDialog : public PoolTaskDialog
{
    Q_OBJECT

public:
    // client is not owned and must outlive the dialog; whyNoWrites: why the window may not
    // change the cluster ("" when it may).
    DiskReplacementDialog(const QString &pool, Kube::RestClient *client,
                          const QString &namespaceName, const QString &whyNoWrites,
                          QWidget *parent = nullptr);

    const Recovery::DiskReplacementPlan &plan() const { return m_plan; }

signals:
    // The replacement ended: replaced when the pool is ONLINE with the new disk resilvered.
    void replacementEnded(bool replaced);

private:
    void planFrom(const Recovery::DiskReplacementPlanner::Input &input);
    void showPlan();
    void run();

    Recovery::DiskReplacementTask *m_task;
    Recovery::DiskReplacementPlanner::Input m_input;
    Recovery::DiskReplacementPlan m_plan;
    QComboBox *m_spares;
    QLabel *m_sparesLabel;
};

} // namespace Ui
