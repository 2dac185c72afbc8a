#pragma once

#include "models/planning/nodelossimpact.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Ui {

// "If this node is lost…": what losing a node now, with nothing changed first, would cost each
// volume with a replica on it (a replica, its quorum or its data) and where a replacement would
// go, worst first. It changes nothing; "Evacuate this node…" leads to the way of taking the node
// down without losing anything. The impact is worked out off the UI thread on a copy of the
// snapshot (a node of a large cluster holds hundreds of replicas, each placed as a move).
class NodeLossDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { VolumeColumn, EffectColumn, HealthyColumn, ReplacementColumn, WhyColumn };

    NodeLossDialog(const Migration::ClusterSnapshot &cluster, const QString &node,
                   QWidget *parent = nullptr);

    QString node() const { return m_node; }
    // The impact shown, once worked out (computed()).
    bool isComputing() const { return m_computing; }
    const Migration::NodeLossImpact::Impact &impact() const { return m_impact; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *evacuateButton() const { return m_evacuate; }

signals:
    // The impact is worked out and shown.
    void computed();
    // The operator asked to evacuate the node.
    void evacuateRequested(const QString &node);

private:
    void showImpact();

    QString m_node;
    QLabel *m_symbol;
    QLabel *m_summary;
    QTableView *m_table;
    QStandardItemModel *m_rows;
    QPushButton *m_evacuate;
    Migration::NodeLossImpact::Impact m_impact;
    bool m_computing = false; // the impact is being worked out off the UI thread
};

} // namespace Ui
