#pragma once

#include "models/recovery/lostnodeplan.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Ui {

// "Recover lost node": a node gone for good cannot be drained, only replaced. Lists every volume
// with a replica on its pools and what the console does for it: a new replica on another pool,
// rebuilt from its Healthy ones, or why it cannot (lost with the node, no quorum, no room).
// Replace opens the plan of those moves (checks, capacity, dry run). Once no volume uses the
// dead pool, shows the manual steps that remove it, with a button that copies them.
class LostNodeDialog : public QDialog
{
    Q_OBJECT

public:
    // removalSteps: LostNodePlanner::removalSteps (empty while a volume still counts on the
    // pool); whyNoWrites: why the window may not change the cluster ("" when it may).
    LostNodeDialog(const Recovery::LostNodePlan &plan, const QStringList &removalSteps,
                   const QString &whyNoWrites, QWidget *parent = nullptr);

    QTreeWidget *volumes() const { return m_volumes; }
    QPushButton *replaceButton() const { return m_replace; }
    QPlainTextEdit *removalSteps() const { return m_steps; }

signals:
    // The operator asked to plan these re-replications.
    void replaceRequested(const QList<Migration::ReplicaMove> &moves);

private:
    void fillVolumes(const Recovery::LostNodePlan &plan);

    QTreeWidget *m_volumes;
    QLabel *m_why; // the current volume's fate in words
    QPlainTextEdit *m_steps;
    QPushButton *m_replace;
};

} // namespace Ui
