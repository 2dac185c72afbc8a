#pragma once

#include "models/recovery/moveddisksplanner.h"
#include "models/recovery/poolclustertask.h"

#include <QDeadlineTimer>

namespace Recovery {

// The cluster side of pointing a pool at the node its disks moved to, for the window and the
// command line alike: reads what the plan needs (the pool's CSPI and CSPC, the block devices, the
// nodes and the pool cluster's other CSPIs), makes the CSPC edit, follows the CSPC operator and
// the pool's import on fresh reads, then sets the CSPI's hostname label; the same for each pool
// moved alongside in that edit, in turn. Never blocks; every change is audited.
class MovedDisksTask : public PoolClusterTask
{
    Q_OBJECT

public:
    // client is not owned and must outlive the task.
    MovedDisksTask(Kube::RestClient *client, const QString &namespaceName,
                   QObject *parent = nullptr);

    // Reads the planner's input for `pool`: loaded() or failed().
    void load(const QString &pool);
    // Edits the CSPC (a Repoint plan) or only follows (InProgress): progress() at each change,
    // then finished().
    void run(const MovedDisksPlan &plan);

    // How long the CSPC operator may take to point the CSPI at the new node, and the pool to be
    // ONLINE there after that.
    void setOperatorTimeoutMs(int ms) { m_operatorTimeoutMs = ms; }
    void setImportTimeoutMs(int ms) { m_importTimeoutMs = ms; }

signals:
    void loaded(const Recovery::MovedDisksPlanner::Input &input);
    // finished(ok): the pool is ONLINE on the node of its disks.

protected:
    void loadComplete() override;
    void poolRead(const QJsonObject &cspi) override;
    QString auditTarget() const override;

private:
    void loadRest();
    void setLabel();
    QString doneText() const;

    MovedDisksPlanner::Input m_input;
    QList<QJsonObject> m_nodes;
    MovedDisksPlan m_plan;
    qsizetype m_following = 0; // index in m_plan.inTurn()
    QDeadlineTimer m_deadline;
    int m_operatorTimeoutMs = 180000;
    int m_importTimeoutMs = 900000;
    MovedDisksPlanner::Stage m_stage = MovedDisksPlanner::Stage::WaitingForOperator;
};

} // namespace Recovery
