#pragma once

#include "models/recovery/moveddisksplanner.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Kube {
class RestClient;
}
namespace Recovery {
class MovedDisksTask;
}

namespace Ui {

// "Follow moved disks": reads a pool whose node is gone, finds the node its disks are on now
// and shows the CStorPoolCluster edit that points the pool there; on the operator's word makes
// the edit and follows the CSPC operator and the pool's import until it is ONLINE there. A pool
// that cannot follow its disks (spread over nodes, a node not Ready, ...) says why and what to
// do instead. Not modal: the window can be watched meanwhile.
class FollowDisksDialog : public QDialog
{
    Q_OBJECT

public:
    // client is not owned and must outlive the dialog; whyNoWrites: why the window may not
    // change the cluster ("" when it may).
    FollowDisksDialog(const QString &pool, Kube::RestClient *client, const QString &namespaceName,
                      const QString &whyNoWrites, QWidget *parent = nullptr);

    const Recovery::MovedDisksPlan &plan() const { return m_plan; }
    bool isRunning() const { return m_running; }

signals:
    // The pool is ONLINE on the node of its disks (true), or the run stopped (false).
    void followEnded(bool online);

private:
    void showPlan();
    void run();

    Recovery::MovedDisksTask *m_task;
    Recovery::MovedDisksPlan m_plan;
    QString m_whyNoWrites;
    bool m_running = false;
    QLabel *m_headline;
    QLabel *m_details;
    QPlainTextEdit *m_log;
    QPushButton *m_apply;
};

} // namespace Ui
