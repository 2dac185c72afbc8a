#pragma once

#include <QObject>
#include <QTimer>

class QLabel;
class QWidget;

namespace Items {
class ClusterModel;
}

namespace Ui {

// The cluster in one line for the status bar: how many nodes, pools, volumes and replicas, the
// capacity used, and what needs attention. Follows the model, at most four times a second.
class StatusSummary : public QObject
{
    Q_OBJECT

public:
    StatusSummary(Items::ClusterModel *model, QWidget *window);

    QLabel *label() const { return m_label; }
    void update();

private:
    Items::ClusterModel *m_model;
    QLabel *m_label;
    QTimer m_timer;
};

} // namespace Ui
