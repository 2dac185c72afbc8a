#include "ui/capacitychart.h"

#include "models/items/clustermodel.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace Ui {

CapacityChart::CapacityChart(Items::ClusterModel *model, QWidget *parent)
    : ChartWidget(parent)
    , m_model(model)
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
{
    setObjectName(QStringLiteral("capacityChart"));
    chart()->setTitle(tr("Pool capacity used"));
    m_x->setTitleText(tr("Time (s)"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setRange(0, 60);
    m_y->setTitleText(tr("Used (%)"));
    m_y->setLabelFormat(QStringLiteral("%d %%"));
    m_y->setRange(0, 100);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_clock.start();
    m_timer.setInterval(kSampleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CapacityChart::sample);
    m_timer.start();
    if (model)
        connect(model, &Items::ClusterModel::cleared, this, &CapacityChart::forget);
    setCaption(tr("Each pool's used capacity; pools above %1 % are drawn thick and red.")
                   .arg(qRound(m_threshold * 100)));
}

CapacityChart::~CapacityChart() = default;

QString CapacityChart::othersName()
{
    return tr("others");
}

QString CapacityChart::totalName()
{
    return tr("cluster total");
}

void CapacityChart::setThreshold(double fraction)
{
    m_threshold = fraction;
    setCaption(tr("Each pool's used capacity; pools above %1 % are drawn thick and red.")
                   .arg(qRound(m_threshold * 100)));
    rebuildSeries();
}

void CapacityChart::setTopN(int count)
{
    m_topN = std::max(1, count);
    rebuildSeries();
}

void CapacityChart::setHistorySize(int samples)
{
    m_historySize = std::max(2, samples);
}

void CapacityChart::forget()
{
    m_times.clear();
    m_pools.clear();
    m_others = {};
    m_total = {};
    rebuildSeries();
}

void CapacityChart::sample()
{
    if (!m_model)
        return;
    const auto &rows = m_model->pools()->rows();
    if (rows.isEmpty() && m_pools.isEmpty())
        return; // nothing connected yet
    const bool full = int(m_times.size()) >= m_historySize;
    if (full)
        m_times.removeFirst();
    m_times.append(double(m_clock.elapsed()) / 1000.0);
    // Every history stays aligned with m_times: the newest value last.
    auto push = [this](History &h, double used, double total) {
        h.used.append(used);
        h.total.append(total);
        while (h.used.size() > m_times.size()) {
            h.used.removeFirst();
            h.total.removeFirst();
        }
    };

    QSet<QString> seen;
    double usedSum = 0;
    double totalSum = 0;
    QList<std::pair<double, QString>> ranking;
    ranking.reserve(rows.size());
    for (const Cstor::PoolInstance &pool : rows) {
        const QString &name = pool.meta.name;
        seen.insert(name);
        History &h = m_pools[name];
        // A pool that appeared late: absent before.
        while (h.used.size() + 1 < m_times.size()) {
            h.used.append(-1);
            h.total.append(0);
        }
        push(h, double(pool.usedBytes), double(pool.totalBytes));
        usedSum += double(pool.usedBytes);
        totalSum += double(pool.totalBytes);
        ranking.append({Items::PoolModel::usedFraction(pool), name});
    }
    for (auto it = m_pools.begin(); it != m_pools.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        push(*it, -1, 0);
        // Gone for the whole history: forget it.
        if (std::all_of(it->used.cbegin(), it->used.cend(), [](double u) { return u < 0; }))
            it = m_pools.erase(it);
        else
            ++it;
    }
    push(m_total, usedSum, totalSum);

    // The fullest pools get a line; "others" sums the rest.
    const int shown = std::min(int(ranking.size()), m_topN);
    std::partial_sort(ranking.begin(), ranking.begin() + shown, ranking.end(),
                      [](const auto &a, const auto &b) {
                          return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    QStringList top;
    for (int i = 0; i < shown; ++i)
        top.append(ranking.at(i).second);
    double othersUsed = 0;
    double othersTotal = 0;
    for (int i = shown; i < int(ranking.size()); ++i) {
        const History &h = m_pools[ranking.at(i).second];
        othersUsed += h.used.last();
        othersTotal += h.total.last();
    }
    push(m_others, ranking.size() > shown ? othersUsed : -1, othersTotal);
    if (top != m_shown) {
        m_shown = top;
        rebuildSeries();
    } else {
        // Same lines: append the new point to each, drop the ones older than the history.
        const double x = m_times.last();
        const double oldest = m_times.first();
        bool restyle = false;
        auto append = [&](const QString &name, const History &h) {
            QLineSeries *series = m_series.value(name);
            if (!series || h.used.isEmpty() || h.used.last() < 0 || h.total.last() <= 0)
                return;
            const QPointF point(x, h.used.last() / h.total.last());
            QList<QPointF> &points = m_shownPoints[name];
            while (!points.isEmpty() && points.first().x() < oldest)
                points.removeFirst();
            points.append(point);
            while (series->count() > 0 && series->at(0).x() < oldest)
                series->remove(0);
            series->append(point.x(), point.y() * 100);
            const bool pool = name != othersName() && name != totalName();
            if (pool && (point.y() > m_threshold) != m_highlighted.contains(name))
                restyle = true;
        };
        for (const QString &name : std::as_const(m_shown))
            append(name, m_pools[name]);
        if (m_series.contains(othersName()) != (m_others.used.last() >= 0))
            restyle = true;
        else
            append(othersName(), m_others);
        append(totalName(), m_total);
        if (restyle)
            rebuildSeries();
    }
    m_x->setRange(m_times.first(), std::max(m_times.first() + 60, m_times.last()));
}

QList<QPointF> CapacityChart::fractionPoints(const History &history) const
{
    QList<QPointF> points;
    for (int i = 0; i < int(history.used.size()) && i < int(m_times.size()); ++i) {
        if (history.used.at(i) >= 0 && history.total.at(i) > 0)
            points.append(QPointF(m_times.at(i), history.used.at(i) / history.total.at(i)));
    }
    return points;
}

void CapacityChart::rebuildSeries()
{
    QStringList names = m_shown;
    QHash<QString, const History *> histories;
    for (const QString &name : std::as_const(m_shown))
        histories.insert(name, &m_pools[name]);
    if (!m_others.used.isEmpty() && m_others.used.last() >= 0) {
        names.append(othersName());
        histories.insert(othersName(), &m_others);
    }
    if (!m_total.used.isEmpty()) {
        names.append(totalName());
        histories.insert(totalName(), &m_total);
    }
    // Drop the lines no longer shown, keep the others (their colours stay).
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (names.contains(it.key())) {
            ++it;
            continue;
        }
        chart()->removeSeries(*it);
        delete *it;
        it = m_series.erase(it);
    }
    m_shownPoints.clear();
    m_highlighted.clear();
    for (const QString &name : std::as_const(names)) {
        const QList<QPointF> points = fractionPoints(*histories.value(name));
        m_shownPoints.insert(name, points);
        QLineSeries *series = seriesFor(name);
        QList<QPointF> percent;
        percent.reserve(points.size());
        for (const QPointF &p : points)
            percent.append(QPointF(p.x(), p.y() * 100));
        series->replace(percent);
        const bool pool = name != othersName() && name != totalName();
        const bool high = pool && !points.isEmpty() && points.last().y() > m_threshold;
        QPen pen = series->pen();
        if (high) {
            m_highlighted.insert(name);
            pen.setColor(QColor(0xd3, 0x2f, 0x2f));
            pen.setWidthF(3.5);
            series->setName(tr("%1 (above %2 %)").arg(name).arg(qRound(m_threshold * 100)));
        } else {
            pen.setWidthF(name == totalName() ? 3.0 : 1.5);
            if (name == totalName())
                pen.setColor(palette().color(QPalette::WindowText));
            else if (!pool)
                pen.setColor(Qt::gray);
            pen.setStyle(pool ? Qt::SolidLine : Qt::DashLine);
            series->setName(name);
        }
        series->setPen(pen);
    }
}

QLineSeries *CapacityChart::seriesFor(const QString &name)
{
    QLineSeries *series = m_series.value(name);
    if (series)
        return series;
    series = new QLineSeries(this);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_series.insert(name, series);
    return series;
}

QStringList CapacityChart::seriesNames() const
{
    QStringList names = m_shown;
    if (m_shownPoints.contains(othersName()))
        names.append(othersName());
    if (m_shownPoints.contains(totalName()))
        names.append(totalName());
    return names;
}

QList<QPointF> CapacityChart::points(const QString &name) const
{
    return m_shownPoints.value(name);
}

bool CapacityChart::isHighlighted(const QString &name) const
{
    return m_highlighted.contains(name);
}

QStringList CapacityChart::csvLines() const
{
    QStringList lines{QStringLiteral("seconds,pool,used_bytes,total_bytes,used_fraction")};
    auto add = [&](const QString &name, const History &h) {
        for (int i = 0; i < int(h.used.size()) && i < int(m_times.size()); ++i) {
            if (h.used.at(i) < 0 || h.total.at(i) <= 0)
                continue;
            lines.append(QStringLiteral("%1,%2,%3,%4,%5")
                             .arg(m_times.at(i), 0, 'f', 3)
                             .arg(csvField(name))
                             .arg(qint64(h.used.at(i)))
                             .arg(qint64(h.total.at(i)))
                             .arg(h.used.at(i) / h.total.at(i), 0, 'f', 6));
        }
    };
    QStringList pools = m_pools.keys();
    pools.sort();
    for (const QString &pool : std::as_const(pools))
        add(pool, m_pools[pool]);
    add(totalName(), m_total);
    return lines;
}

QString CapacityChart::exportBaseName() const
{
    return QStringLiteral("pool-capacity");
}

} // namespace Ui
