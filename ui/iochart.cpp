#include "ui/iochart.h"

#include "models/items/iotext.h"
#include "models/kube/restclient.h"

#include <QChart>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QMap>
#include <QPen>
#include <QStringListModel>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

using Metrics::VolumeIo;

// The operations a second: reads and writes at each time.
QList<Metrics::Series::Sample> operationsOf(const VolumeIo::Rates &rates)
{
    QMap<qint64, double> byTime;
    for (const VolumeIo::Measure measure : {VolumeIo::ReadOps, VolumeIo::WriteOps}) {
        for (const Metrics::Series::Sample &sample : rates[measure])
            byTime[sample.timeMs] += sample.value;
    }
    QList<Metrics::Series::Sample> samples;
    samples.reserve(byTime.size());
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it)
        samples.append({it.key(), it.value()});
    return samples;
}

double meanOf(const QList<Metrics::Series::Sample> &samples)
{
    double sum = 0;
    for (const Metrics::Series::Sample &sample : samples)
        sum += sample.value;
    return samples.isEmpty() ? 0 : sum / double(samples.size());
}

double peakOf(const QList<Metrics::Series::Sample> &samples)
{
    double peak = 0;
    for (const Metrics::Series::Sample &sample : samples)
        peak = std::max(peak, sample.value);
    return peak;
}

// Operations a second as read at a glance: a decimal below ten.
QString operationsText(double perSecond)
{
    return perSecond < 10 ? QString::number(perSecond, 'f', 1)
                          : QString::number(std::lround(perSecond));
}

// The throughput axis' unit for a peak in bytes a second: its divisor and name.
std::pair<double, QString> bytesUnitFor(double peak)
{
    if (peak >= 1024.0 * 1024.0)
        return {1024.0 * 1024.0, QStringLiteral("MiB/s")};
    if (peak >= 1024.0)
        return {1024.0, QStringLiteral("KiB/s")};
    return {1.0, QStringLiteral("B/s")};
}

} // namespace

IoChart::IoChart(QWidget *parent)
    : ChartWidget(parent)
    , m_choice(new QLineEdit(this))
    , m_names(new QStringListModel(this))
    , m_windowChoice(new QComboBox(this))
    , m_x(new QDateTimeAxis(this))
    , m_bytes(new QValueAxis(this))
    , m_operations(new QValueAxis(this))
{
    setObjectName(QStringLiteral("ioChart"));
    chart()->setTitle(tr("I/O over time"));
    m_x->setFormat(QStringLiteral("d MMM HH:mm"));
    m_x->setTitleText(tr("Time"));
    m_x->setTickCount(6);
    m_bytes->setMin(0);
    m_operations->setTitleText(tr("Operations a second"));
    m_operations->setMin(0);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_bytes, Qt::AlignLeft);
    chart()->addAxis(m_operations, Qt::AlignRight);

    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_choice->setCompleter(completer);
    m_choice->setObjectName(QStringLiteral("ioSubject"));
    m_choice->setAccessibleName(tr("Pool or volume whose I/O is shown"));
    m_choice->setPlaceholderText(tr("Pool or volume…"));
    m_choice->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24);
    connect(m_choice, &QLineEdit::returnPressed, this, [this] {
        if (const std::optional<Subject> subject = subjectNamed(m_choice->text()))
            show(*subject);
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                if (const std::optional<Subject> subject = subjectNamed(text))
                    show(*subject);
            });
    m_windowChoice->setObjectName(QStringLiteral("ioWindow"));
    m_windowChoice->setAccessibleName(tr("I/O window"));
    for (const int days : {1, 7, 30})
        m_windowChoice->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_windowChoice->setCurrentIndex(1);
    connect(m_windowChoice, &QComboBox::currentIndexChanged, this,
            [this] { setWindowDays(m_windowChoice->currentData().toInt()); });
    addControl(m_choice);
    addControl(m_windowChoice);
    redraw();
}

void IoChart::setSource(Kube::RestClient *client,
                        const std::optional<Metrics::PrometheusService> &prometheus,
                        const QString &problem)
{
    const bool same = client == m_client && prometheus.has_value() == m_prometheus.has_value() &&
                      (!prometheus || prometheus->display() == m_prometheus->display());
    m_client = client;
    m_prometheus = prometheus;
    m_problem = problem;
    if (!same) {
        m_rates = {};
        m_loaded = false;
        ask();
    }
    redraw();
}

void IoChart::setNames(const QStringList &pools, const QStringList &volumes)
{
    m_pools = pools;
    m_volumes = volumes;
    m_names->setStringList(pools + volumes);
}

void IoChart::setBusiest(const QHash<QString, QStringList> &busiestOfPool,
                         const QString &busiestPool)
{
    m_busiest = busiestOfPool;
    if (m_subject.name.isEmpty() && !busiestPool.isEmpty())
        show({Subject::Pool, busiestPool});
    else
        setCaption(captionText());
}

void IoChart::show(const Subject &subject)
{
    if (subject == m_subject && m_loaded)
        return;
    m_subject = subject;
    if (m_choice->text() != subject.name)
        m_choice->setText(subject.name);
    ask();
}

void IoChart::setWindowDays(int days)
{
    m_days = days;
    const int index = m_windowChoice->findData(days);
    if (index >= 0 && index != m_windowChoice->currentIndex())
        m_windowChoice->setCurrentIndex(index);
    ask();
}

std::optional<IoChart::Subject> IoChart::subjectNamed(const QString &text) const
{
    const QString name = text.trimmed();
    if (m_pools.contains(name))
        return Subject{Subject::Pool, name};
    if (m_volumes.contains(name))
        return Subject{Subject::Volume, name};
    return std::nullopt;
}

void IoChart::ask()
{
    const quint64 generation = ++m_generation;
    m_loaded = false;
    if (!m_client || !m_prometheus || m_subject.name.isEmpty()) {
        redraw();
        return;
    }
    const QPointer<IoChart> self(this);
    VolumeIo::readOf(m_client, *m_prometheus, m_subject, m_days, QDateTime::currentDateTimeUtc(),
                     [self, generation](const VolumeIo::Rates &rates, const QString &problem) {
                         if (!self || generation != self->m_generation)
                             return;
                         self->m_rates = rates;
                         self->m_problem = problem;
                         self->m_loaded = true;
                         self->redraw();
                         emit self->loaded();
                     });
    redraw(); // the caption says it is asking
}

void IoChart::redraw()
{
    chart()->removeAllSeries();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_x->setRange(now.addDays(-m_days), now);
    if (m_x->format().isEmpty() || m_days > 1)
        m_x->setFormat(QStringLiteral("d MMM"));
    else
        m_x->setFormat(QStringLiteral("HH:mm"));
    const QList<Metrics::Series::Sample> operations = operationsOf(m_rates);
    const double peakBytes =
        std::max(peakOf(m_rates[VolumeIo::ReadBytes]), peakOf(m_rates[VolumeIo::WriteBytes]));
    const auto [divisor, unit] = bytesUnitFor(peakBytes);
    m_bytes->setTitleText(tr("Throughput (%1)").arg(unit));
    const auto add = [this](const QList<Metrics::Series::Sample> &samples, const QString &name,
                            QValueAxis *axis, double scale, Qt::PenStyle style) {
        auto *series = new QLineSeries(chart());
        series->setName(name);
        QList<QPointF> points;
        points.reserve(samples.size());
        for (const Metrics::Series::Sample &sample : samples)
            points.append({double(sample.timeMs), sample.value / scale});
        series->replace(points);
        chart()->addSeries(series);
        QPen pen = series->pen();
        pen.setStyle(style);
        pen.setWidthF(2);
        series->setPen(pen);
        series->attachAxis(m_x);
        series->attachAxis(axis);
    };
    add(m_rates[VolumeIo::ReadBytes], tr("Read"), m_bytes, divisor, Qt::SolidLine);
    add(m_rates[VolumeIo::WriteBytes], tr("Write"), m_bytes, divisor, Qt::SolidLine);
    add(operations, tr("Operations a second (right)"), m_operations, 1, Qt::DotLine);
    m_bytes->setRange(0, peakBytes > 0 ? peakBytes / divisor * 1.1 : 1);
    const double peakOperations = peakOf(operations);
    m_operations->setRange(0, peakOperations > 0 ? peakOperations * 1.1 : 1);
    setCaption(captionText());
    summaryChanged();
}

QString IoChart::captionText() const
{
    if (!m_prometheus)
        return m_problem.isEmpty()
                   ? tr("The I/O comes from the cluster's Prometheus, once the cluster is shown.")
                   : tr("No I/O: %1.").arg(m_problem);
    if (m_subject.name.isEmpty())
        return tr("Type a pool or a volume to see its I/O.");
    const QString what = m_subject.kind == Subject::Pool ? tr("Pool %1").arg(m_subject.name)
                                                         : tr("Volume %1").arg(m_subject.name);
    if (!m_loaded)
        return tr("%1: asking Prometheus %2…").arg(what, m_prometheus->display());
    if (!m_problem.isEmpty())
        return tr("%1: no I/O: %2.").arg(what, m_problem);
    const QList<Metrics::Series::Sample> operations = operationsOf(m_rates);
    if (m_rates[VolumeIo::ReadBytes].isEmpty() && m_rates[VolumeIo::WriteBytes].isEmpty())
        return tr("%1: Prometheus %2 has no I/O of it over the last %n day(s).", nullptr, m_days)
            .arg(what, m_prometheus->display());
    QString text =
        tr("%1 over the last %n day(s): read %2 (peak %3), write %4 (peak %5), %6 operations a "
           "second (peak %7).",
           nullptr, m_days)
            .arg(what, Items::IoText::rate(meanOf(m_rates[VolumeIo::ReadBytes])),
                 Items::IoText::rate(peakOf(m_rates[VolumeIo::ReadBytes])),
                 Items::IoText::rate(meanOf(m_rates[VolumeIo::WriteBytes])),
                 Items::IoText::rate(peakOf(m_rates[VolumeIo::WriteBytes])))
            .arg(operationsText(meanOf(operations)), operationsText(peakOf(operations)));
    if (m_subject.kind == Subject::Pool) {
        const QStringList busiest = m_busiest.value(m_subject.name);
        if (!busiest.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Busiest volumes now: %1.").arg(busiest.join(QStringLiteral(", ")));
    }
    return text;
}

QStringList IoChart::csvLines() const
{
    QStringList lines{QStringLiteral("subject,time,measure,per_second")};
    static const char *const kNames[] = {"read_bytes", "write_bytes", "read_ops", "write_ops"};
    for (int m = 0; m < VolumeIo::MeasureCount; ++m) {
        for (const Metrics::Series::Sample &sample : m_rates[m]) {
            lines << QStringLiteral("%1,%2,%3,%4")
                         .arg(csvField(m_subject.name),
                              QDateTime::fromMSecsSinceEpoch(sample.timeMs, Qt::UTC)
                                  .toString(Qt::ISODate),
                              QLatin1String(kNames[m]))
                         .arg(sample.value, 0, 'g', 10);
        }
    }
    return lines;
}

QString IoChart::exportBaseName() const
{
    return m_subject.name.isEmpty() ? QStringLiteral("io")
                                    : QStringLiteral("io-%1").arg(m_subject.name);
}

} // namespace Ui
