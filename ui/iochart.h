#pragma once

#include "models/metrics/volumeio.h"
#include "ui/chartwidget.h"

#include <QHash>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateTimeAxis;
class QLineEdit;
class QStringListModel;
class QValueAxis;
QT_END_NAMESPACE

namespace Kube {
class RestClient;
}

namespace Ui {

// One volume's or one pool's I/O over a window (1, 7 or 30 days) from the cluster's Prometheus:
// read and write throughput on the left axis, operations a second on the right. A volume's is
// what its application does (the target's exporter); a pool's what its disks do (its replicas').
// The caption gives the means and peaks, and a pool's busiest volumes: a volume busy now is a
// reason to move it later, or to move another. The pool or volume is typed (with completion);
// the busiest pool is shown first.
class IoChart : public ChartWidget
{
    Q_OBJECT

public:
    using Subject = Metrics::VolumeIo::Subject;

    explicit IoChart(QWidget *parent = nullptr);

    // Where to ask (nullptr or no Prometheus: nothing is shown, and the caption says why).
    void setSource(Kube::RestClient *client,
                   const std::optional<Metrics::PrometheusService> &prometheus,
                   const QString &problem = {});
    // The names that can be chosen, and each pool's busiest volumes now (from the tables' I/O).
    void setNames(const QStringList &pools, const QStringList &volumes);
    void setBusiest(const QHash<QString, QStringList> &busiestOfPool, const QString &busiestPool);
    void show(const Subject &subject);
    void setWindowDays(int days); // 1, 7 or 30

    Subject subject() const { return m_subject; }
    bool isLoaded() const { return m_loaded; }
    // The rates drawn (per second), in Measure order.
    const Metrics::VolumeIo::Rates &rates() const { return m_rates; }

signals:
    void loaded();

protected:
    QStringList csvLines() const override;
    QString exportBaseName() const override;

private:
    void ask();
    void redraw();
    QString captionText() const;
    std::optional<Subject> subjectNamed(const QString &text) const;

    QPointer<Kube::RestClient> m_client;
    std::optional<Metrics::PrometheusService> m_prometheus;
    QString m_problem;
    QStringList m_pools;
    QStringList m_volumes;
    QHash<QString, QStringList> m_busiest;
    Subject m_subject;
    int m_days = 7;
    quint64 m_generation = 0;
    bool m_loaded = false;
    Metrics::VolumeIo::Rates m_rates;
    QLineEdit *m_choice;
    QStringListModel *m_names;
    QComboBox *m_windowChoice;
    QDateTimeAxis *m_x;
    QValueAxis *m_bytes;
    QValueAxis *m_operations;
};

} // namespace Ui
