#include "ui/queuesettingsform.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>

namespace Ui {

namespace {
const QString kWindowTimeFormat = QStringLiteral("HH:mm");

QTime toWholeMinute(const QTime &time)
{
    return QTime(time.hour(), time.minute());
}
} // namespace

QueueSettingsForm::QueueSettingsForm(const Migration::MoveLimits &caps,
                                     const Migration::MaintenanceWindow &window, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_perPool = addCap(tr("Rebuilds onto one &pool at once:"),
                       tr("A pool that receives replicas rebuilds them with its own disks"),
                       caps.perPool, form);
    m_perNode = addCap(tr("Moves off one &node at once:"),
                       tr("Every move reads its data from the volume's other replicas"),
                       caps.perSourceNode, form);
    m_total = addCap(tr("Moves in the &cluster at once:"), tr("All moves of every plan"),
                     caps.perCluster, form);
    auto *capsNote = new QLabel(
        tr("cStor has no rebuild throttle: these caps are the lever on the load."), this);
    capsNote->setWordWrap(true);
    form->addRow(capsNote);
    addWindow(window, form);
}

QSpinBox *QueueSettingsForm::addCap(const QString &label, const QString &tip, int value,
                                    QFormLayout *layout)
{
    auto *box = new QSpinBox(this);
    box->setRange(1, 100);
    box->setValue(value);
    box->setToolTip(tip);
    layout->addRow(label, box);
    connect(box, &QSpinBox::valueChanged, this, &QueueSettingsForm::changed);
    return box;
}

void QueueSettingsForm::addWindow(const Migration::MaintenanceWindow &window, QFormLayout *layout)
{
    m_windowOn = new QCheckBox(tr("Start moves only &between"), this);
    m_windowOn->setObjectName(QStringLiteral("queueWindowOn"));
    m_windowOn->setAccessibleName(tr("Start moves only in a maintenance window"));
    m_windowOn->setToolTip(tr("Waiting moves start only in these hours of the day (local "
                              "time); a move running when the window closes finishes"));
    const auto timeEdit = [this](const QString &name, const QString &accessibleName) {
        auto *edit = new QTimeEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setDisplayFormat(kWindowTimeFormat);
        edit->setWrapping(true);
        return edit;
    };
    m_windowFrom = timeEdit(QStringLiteral("queueWindowFrom"), tr("Window opens at"));
    m_windowTo = timeEdit(QStringLiteral("queueWindowTo"), tr("Window closes at"));
    m_windowNote = new QLabel(this);
    m_windowNote->setObjectName(QStringLiteral("queueWindowNote"));
    m_windowNote->setAccessibleName(tr("Time zone of the window"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_windowFrom);
    auto *to = new QLabel(tr("and"), this);
    to->setObjectName(QStringLiteral("queueWindowAnd"));
    to->setAccessibleName(tr("and"));
    hours->addWidget(to);
    hours->addWidget(m_windowTo);
    hours->addWidget(m_windowNote, 1);
    layout->addRow(m_windowOn, hours);
    setMaintenanceWindow(window);
    connect(m_windowOn, &QCheckBox::toggled, this, [this](bool on) {
        m_windowFrom->setEnabled(on);
        m_windowTo->setEnabled(on);
        showWindowNote();
    });
    connect(m_windowFrom, &QTimeEdit::timeChanged, this, &QueueSettingsForm::showWindowNote);
    connect(m_windowTo, &QTimeEdit::timeChanged, this, &QueueSettingsForm::showWindowNote);
}

Migration::MoveLimits QueueSettingsForm::limits() const
{
    Migration::MoveLimits limits;
    limits.perPool = m_perPool->value();
    limits.perSourceNode = m_perNode->value();
    limits.perCluster = m_total->value();
    return limits;
}

Migration::MaintenanceWindow QueueSettingsForm::maintenanceWindow() const
{
    if (!m_windowOn->isChecked() || !isValid())
        return {};
    return Migration::MaintenanceWindow(toWholeMinute(m_windowFrom->time()),
                                        toWholeMinute(m_windowTo->time()));
}

void QueueSettingsForm::setMaintenanceWindow(const Migration::MaintenanceWindow &window)
{
    // Unset, the boxes offer the night.
    m_windowFrom->setTime(window.isSet() ? window.from() : QTime(22, 0));
    m_windowTo->setTime(window.isSet() ? window.to() : QTime(6, 0));
    m_windowOn->setChecked(window.isSet());
    m_windowFrom->setEnabled(window.isSet());
    m_windowTo->setEnabled(window.isSet());
    showWindowNote();
}

bool QueueSettingsForm::isValid() const
{
    return !m_windowOn->isChecked() ||
           toWholeMinute(m_windowFrom->time()) != toWholeMinute(m_windowTo->time());
}

void QueueSettingsForm::showWindowNote()
{
    if (isValid()) {
        m_windowNote->setText(QDateTime::currentDateTime().timeZoneAbbreviation());
        m_windowNote->setToolTip(tr("Local time"));
    } else {
        m_windowNote->setText(tr("opens and closes at the same minute"));
        m_windowNote->setToolTip(tr("Untick the box to start moves at any time"));
    }
    emit changed();
}

} // namespace Ui
