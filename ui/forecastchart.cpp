#include "ui/forecastchart.h"

#include "models/cstor/capacity.h"
#include "models/items/keptforecast.h"
#include "ui/pointdecimation.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QStandardItemModel>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr int kColumns = 600; // points per history line, at most two per column

using Metrics::CapacityForecast;
using PoolResult = Metrics::PoolForecaster::PoolResult;

QColor colorOf(int index)
{
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                     QColor(0xff, 0x7f, 0x0e)};
    return palette[index % int(std::size(palette))];
}

double percentOf(double bytes, const CapacityForecast &forecast)
{
    const double size = forecast.sizeBytes();
    return size > 0 ? std::clamp(100 * bytes / size, 0.0, 100.0) : 0;
}

// The pool's size as the forecast took it (Prometheus's), else as its CSPI says.
double sizeOf(const PoolResult &pool)
{
    return pool.forecast.sizeBytes() > 0 ? pool.forecast.sizeBytes() : double(pool.pool.totalBytes);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

ForecastChart::ForecastChart(QWidget *parent)
    : ChartWidget(parent)
    , m_horizonChoice(new QComboBox(this))
    , m_poolChoice(new QComboBox(this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
{
    setObjectName(QStringLiteral("forecastChart"));
    chart()->setTitle(tr("Pool capacity forecast"));
    m_x->setFormat(QStringLiteral("d MMM"));
    m_x->setTitleText(tr("Date"));
    m_x->setTickCount(7);
    m_y->setTitleText(tr("Used (%)"));
    m_y->setLabelFormat(QStringLiteral("%d %%"));
    m_y->setRange(0, 100);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);

    m_horizonChoice->setObjectName(QStringLiteral("forecastHorizon"));
    m_horizonChoice->setAccessibleName(tr("Forecast horizon"));
    for (const int days : {7, 30, 90})
        m_horizonChoice->addItem(tr("Next %n day(s)", nullptr, days), days);
    m_horizonChoice->setCurrentIndex(1);
    connect(m_horizonChoice, &QComboBox::currentIndexChanged, this,
            [this] { setHorizonDays(m_horizonChoice->currentData().toInt()); });
    m_poolChoice->setObjectName(QStringLiteral("forecastPool"));
    m_poolChoice->setAccessibleName(tr("Pools forecast"));
    // As wide as a pool's name, not measured over every pool's.
    m_poolChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_poolChoice->setMinimumContentsLength(24);
    connect(m_poolChoice, &QComboBox::activated, this,
            [this] { setPool(m_poolChoice->currentData().toString()); });
    addControl(m_poolChoice);
    addControl(m_horizonChoice);
    fillPoolChoice();
    redraw();
}

void ForecastChart::setResult(const Metrics::PoolForecaster::Result &result)
{
    m_result = result;
    fillPoolChoice();
    redraw();
}

void ForecastChart::setHorizonDays(int days)
{
    m_horizonDays = days;
    const int index = m_horizonChoice->findData(days);
    if (index >= 0 && index != m_horizonChoice->currentIndex())
        m_horizonChoice->setCurrentIndex(index);
    redraw();
}

void ForecastChart::setPool(const QString &pool)
{
    m_pool = pool;
    const int index = std::max(0, m_poolChoice->findData(pool));
    if (index != m_poolChoice->currentIndex())
        m_poolChoice->setCurrentIndex(index);
    redraw();
}

void ForecastChart::fillPoolChoice()
{
    QList<const PoolResult *> pools;
    for (const PoolResult &pool : m_result.pools)
        pools.append(&pool);
    std::stable_sort(pools.begin(), pools.end(), [](const PoolResult *a, const PoolResult *b) {
        return a->forecast.readOnlySortKey() < b->forecast.readOnlySortKey();
    });
    // Thousands of pools: the choices are made apart and handed over at once, not one signal
    // and one relayout of the box each.
    auto *choices = new QStandardItemModel(0, 1, m_poolChoice);
    const auto add = [choices](const QString &text, const QString &pool) {
        auto *item = new QStandardItem(text);
        item->setData(pool, Qt::UserRole);
        choices->appendRow(item);
    };
    add(tr("The %n soonest read-only", nullptr, kSoonestShown), QString());
    for (const PoolResult *pool : std::as_const(pools))
        add(pool->pool.meta.name, pool->pool.meta.name);
    const QSignalBlocker blocker(m_poolChoice);
    m_poolChoice->setModel(choices); // the box deletes the model it owned
    m_poolChoice->setCurrentIndex(std::max(0, m_poolChoice->findData(m_pool)));
}

QList<const PoolResult *> ForecastChart::chosen() const
{
    QList<const PoolResult *> pools;
    for (const PoolResult &pool : m_result.pools) {
        if (m_pool.isEmpty() ? pool.forecast.isValid() : pool.pool.meta.name == m_pool)
            pools.append(&pool);
    }
    std::stable_sort(pools.begin(), pools.end(), [](const PoolResult *a, const PoolResult *b) {
        return a->forecast.readOnlySortKey() < b->forecast.readOnlySortKey();
    });
    return pools.mid(0, kSoonestShown);
}

void ForecastChart::redraw()
{
    chart()->removeAllSeries();
    m_shown.clear();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    qint64 fromMs = nowMs - 7 * kDayMs;
    const QList<const PoolResult *> pools = chosen();
    for (const PoolResult *pool : pools) {
        if (!pool->used.isEmpty())
            fromMs = std::min(fromMs, pool->used.first().timeMs);
    }
    const qint64 toMs = nowMs + m_horizonDays * kDayMs;
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    QList<int> levels{int(CapacityForecast::kWarnPercent)};
    for (qsizetype i = 0; i < pools.size(); ++i) {
        drawPool(*pools.at(i), colorOf(int(i)));
        m_shown << pools.at(i)->pool.meta.name;
        if (!levels.contains(pools.at(i)->forecast.readOnlyPercent()))
            levels << pools.at(i)->forecast.readOnlyPercent();
    }
    for (const int level : std::as_const(levels)) {
        const bool warning = level == int(CapacityForecast::kWarnPercent);
        drawLevel(level, warning ? tr("80 %") : tr("read-only at %1 %").arg(level),
                  warning ? QColor(0x88, 0x88, 0x88) : QColor(0xc0, 0x00, 0x00), fromMs, toMs);
    }
    setCaption(captionText());
    const bool soon = !pools.isEmpty() && pools.first()->forecast.toReadOnly().days &&
                      *pools.first()->forecast.toReadOnly().days <= m_horizonDays;
    setCaptionWarning(soon);
}

void ForecastChart::drawPool(const PoolResult &pool, const QColor &color)
{
    const CapacityForecast &forecast = pool.forecast;
    const double size = sizeOf(pool);
    QList<QPointF> history;
    history.reserve(pool.used.size());
    for (const Metrics::Series::Sample &sample : pool.used)
        history.append(QPointF(double(sample.timeMs), size > 0 ? 100 * sample.value / size : 0));
    auto *line = new QLineSeries(this);
    line->setName(pool.pool.meta.name);
    line->replace(decimatePoints(history, kColumns));
    line->setPen(QPen(color, 2));
    chart()->addSeries(line);
    line->attachAxis(m_x);
    line->attachAxis(m_y);
    if (!forecast.isValid())
        return;

    auto *upper = new QLineSeries(this);
    auto *lower = new QLineSeries(this);
    upper->replace(projectionOf(forecast, 2));
    lower->replace(projectionOf(forecast, -2));
    auto *band = new QAreaSeries(upper, lower);
    band->setParent(this);
    QColor fill = color;
    fill.setAlpha(45);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    chart()->addSeries(band);
    band->attachAxis(m_x);
    band->attachAxis(m_y);
    hideFromLegend(chart(), band);

    auto *ahead = new QLineSeries(this);
    ahead->replace(projectionOf(forecast));
    ahead->setPen(QPen(color, 2, Qt::DashLine));
    chart()->addSeries(ahead);
    ahead->attachAxis(m_x);
    ahead->attachAxis(m_y);
    hideFromLegend(chart(), ahead);
}

QList<QPointF> ForecastChart::projection(const QString &pool, int errors) const
{
    for (const PoolResult &one : m_result.pools) {
        if (one.pool.meta.name == pool && one.forecast.isValid())
            return projectionOf(one.forecast, errors);
    }
    return {};
}

QList<QPointF> ForecastChart::projectionOf(const CapacityForecast &forecast, int errors) const
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<QPointF> points;
    // A straight line, but in steps, so that the band's edges clamp at 100 % where they reach it.
    const int steps = 30;
    for (int i = 0; i <= steps; ++i) {
        const double days = double(m_horizonDays) * i / steps;
        points.append(QPointF(double(nowMs + qint64(days * kDayMs)),
                              percentOf(forecast.projectedBytes(days, errors), forecast)));
    }
    return points;
}

void ForecastChart::drawLevel(double percent, const QString &name, const QColor &color,
                              qint64 fromMs, qint64 toMs)
{
    auto *level = new QLineSeries(this);
    level->setName(name);
    level->append(double(fromMs), percent);
    level->append(double(toMs), percent);
    level->setPen(QPen(color, 1, Qt::DotLine));
    chart()->addSeries(level);
    level->attachAxis(m_x);
    level->attachAxis(m_y);
    hideFromLegend(chart(), level);
}

QString ForecastChart::captionText() const
{
    const QList<const PoolResult *> pools = chosen();
    if (pools.isEmpty() || !pools.first()->forecast.isValid()) {
        if (!m_result.problem.isEmpty())
            return tr("No forecast: %1. The Pool capacity tab shows what this console has seen "
                      "since it started.")
                .arg(m_result.problem);
        if (!pools.isEmpty())
            return tr("No forecast for %1: %2.")
                .arg(pools.first()->pool.meta.name, pools.first()->forecast.problem());
        return tr("The forecast comes from the history the cluster's Prometheus keeps, once the "
                  "cluster is shown.");
    }
    const PoolResult &first = *pools.first();
    const CapacityForecast &forecast = first.forecast;
    const CapacityForecast::Crossing &readOnly = forecast.toReadOnly();
    const auto days = [](const std::optional<double> &value) {
        return value ? QString::number(std::lround(*value)) : QStringLiteral("∞");
    };
    QString when;
    if (readOnly.reached)
        when = tr("%1 is at its read-only threshold (%2 %).")
                   .arg(first.pool.meta.name)
                   .arg(forecast.readOnlyPercent());
    else if (readOnly.days)
        when = tr("%1 goes read-only (%2 %) in ~%3 days (%4–%5).")
                   .arg(first.pool.meta.name)
                   .arg(forecast.readOnlyPercent())
                   .arg(std::lround(*readOnly.days))
                   .arg(days(readOnly.soonest), days(readOnly.latest));
    else
        when = tr("%1 is not growing.").arg(first.pool.meta.name);
    QString text =
        tr("%1 Growth %2 a day over %3 days of history from %4 (%5).")
            .arg(when, Cstor::Capacity::formatBytes(qint64(forecast.growthBytesPerDay())))
            .arg(std::lround(forecast.historyDays()))
            .arg(Items::KeptForecast::sourceOf(m_result, false), CapacityForecast::methodName());
    if (!m_result.keptBecause.isEmpty())
        text += QLatin1Char(' ') + tr("Not from Prometheus: %1.").arg(m_result.keptBecause);
    return text;
}

QStringList ForecastChart::csvLines() const
{
    QStringList lines{QStringLiteral("pool,time,used_percent,kind")};
    for (const PoolResult &pool : m_result.pools) {
        if (!m_shown.contains(pool.pool.meta.name))
            continue;
        const double size = sizeOf(pool);
        for (const Metrics::Series::Sample &sample : pool.used) {
            lines << QStringLiteral("%1,%2,%3,history")
                         .arg(csvField(pool.pool.meta.name),
                              QDateTime::fromMSecsSinceEpoch(sample.timeMs, Qt::UTC)
                                  .toString(Qt::ISODate))
                         .arg(size > 0 ? 100 * sample.value / size : 0, 0, 'f', 2);
        }
        const QList<QPointF> projected =
            pool.forecast.isValid() ? projectionOf(pool.forecast) : QList<QPointF>();
        for (const QPointF &point : projected) {
            lines << QStringLiteral("%1,%2,%3,projection")
                         .arg(csvField(pool.pool.meta.name),
                              QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC)
                                  .toString(Qt::ISODate))
                         .arg(point.y(), 0, 'f', 2);
        }
    }
    return lines;
}

QString ForecastChart::exportBaseName() const
{
    return QStringLiteral("capacity-forecast");
}

} // namespace Ui
