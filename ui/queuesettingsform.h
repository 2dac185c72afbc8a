#pragma once

#include "models/migration/maintenancewindow.h"
#include "models/migration/movelimits.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace Ui {

// What a plan of many moves runs under, as the dialogs that make such plans (Evacuate,
// Rebalance) ask it: the caps on the moves at once (onto one pool, off one node, in the
// cluster) and, if wanted, the hours of the day in which waiting moves may start.
class QueueSettingsForm : public QWidget
{
    Q_OBJECT

public:
    QueueSettingsForm(const Migration::MoveLimits &caps, const Migration::MaintenanceWindow &window,
                      QWidget *parent = nullptr);

    Migration::MoveLimits limits() const;
    // The hours in which the moves may start; unset when the box is not ticked.
    Migration::MaintenanceWindow maintenanceWindow() const;
    // Ticks "Start moves only between" with these hours (local time), or unticks it.
    void setMaintenanceWindow(const Migration::MaintenanceWindow &window);
    // Whether the hours make a window (or none is wanted).
    bool isValid() const;

signals:
    // A cap or the window changed.
    void changed();

private:
    QSpinBox *addCap(const QString &label, const QString &tip, int value, QFormLayout *layout);
    void addWindow(const Migration::MaintenanceWindow &window, QFormLayout *layout);
    // Beside the hours: the local time zone, or why they are not a window.
    void showWindowNote();

    QSpinBox *m_perPool;
    QSpinBox *m_perNode;
    QSpinBox *m_total;
    QCheckBox *m_windowOn = nullptr;
    QTimeEdit *m_windowFrom = nullptr;
    QTimeEdit *m_windowTo = nullptr;
    QLabel *m_windowNote = nullptr;
};

} // namespace Ui
