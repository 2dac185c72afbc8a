#include "ui/capacitychart.h"

#include "models/items/clustermodel.h"
#include "ui/timeaxis.h"

#include <QAction>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QPen>
#include <QSettings>
#include <QValueAxis>

#include <algorithm>
#include <optional>

namespace Ui {

CapacityChart::CapacityChart(Items::ClusterModel *model, QWidget *parent)
    : ChartWidget(parent)
    , m_model(model)
    , m_originMs(QDateTime::currentMSecsSinceEpoch())
    , m_keep(QSettings().value(QStringLiteral("charts/keepCapacityHistory"), true).toBool())
    , m_x(new QCategoryAxis(this))
    , m_y(new QValueAxis(this))
{
    setObjectName(QStringLiteral("capacityChart"));
    chart()->setTitle(tr("Pool capacity used"));
    TimeAxis::fit(m_x, 0, 60);
    m_y->setTitleText(tr("Used (%)"));
    m_y->setLabelFormat(QStringLiteral("%d %%"));
    m_y->setRange(0, 100);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_timer.setInterval(kSampleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CapacityChart::sample);
    m_timer.start();
    if (model)
        connect(model, &Items::ClusterModel::cleared, this, &CapacityChart::forget);
    auto *keep = new QAction(tr("Keep History Between Runs"), this);
    keep->setObjectName(QStringLiteral("keepCapacityHistory"));
    keep->setCheckable(true);
    keep->setChecked(m_keep);
    keep->setToolTip(tr("Save each cluster's capacity history when the console closes and show "
                        "it again next time."));
    connect(keep, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("charts/keepCapacityHistory"), on);
        setKeepHistory(on);
    });
    chartView()->addAction(keep);
    setCaption(captionText());
}

CapacityChart::~CapacityChart()
{
    saveHistory(); // m_keptFile completes it before it goes
}

QString CapacityChart::captionText() const
{
    QString text = tr("Each pool's used capacity; pools above %1 % are drawn thick and red.")
                       .arg(qRound(m_threshold * 100));
    if (m_keep && !m_history.isEmpty() && m_history.times().first() < m_originMs)
        text += QLatin1Char(' ') + tr("Before 0: earlier runs of the console.");
    return text;
}

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
    setCaption(captionText());
    rebuildSeries();
}

void CapacityChart::setTopN(int count)
{
    m_topN = std::max(1, count);
    rankAndShow();
}

void CapacityChart::setHistorySize(int samples)
{
    m_history.setCapacity(samples);
}

void CapacityChart::setKeepHistory(bool keep)
{
    if (keep == m_keep)
        return;
    m_keep = keep;
    if (m_keep)
        loadHistory();
    else if (!m_historyFile.isEmpty())
        QFile::remove(m_historyFile); // the operator no longer wants it kept
    setCaption(captionText());
}

void CapacityChart::setHistoryFile(const QString &path)
{
    if (path == m_historyFile)
        return;
    saveHistory();
    m_historyFile = path;
    loadHistory();
}

void CapacityChart::saveHistory()
{
    if (!m_keep || m_historyFile.isEmpty() || m_history.isEmpty())
        return;
    m_keptFile.save(m_history, m_historyFile);
}

void CapacityChart::loadHistory()
{
    if (!m_keep || m_historyFile.isEmpty() || !QFile::exists(m_historyFile))
        return;
    m_loading = true;
    const QString path = m_historyFile;
    // After what an earlier switch wrote.
    m_keptFile.load(path, m_history.capacity(),
                    [this, path](const std::optional<Items::CapacityHistory> &older) {
                        if (path != m_historyFile)
                            return; // the cluster changed meanwhile
                        m_loading = false;
                        if (older) {
                            m_history.prepend(*older);
                            setCaption(captionText());
                            rankAndShow();
                        }
                        emit historyLoaded();
                    });
}

void CapacityChart::forget()
{
    saveHistory();
    m_history.clear();
    m_shown.clear();
    rebuildSeries();
    setCaption(captionText());
}

double CapacityChart::x(qint64 msecsSinceEpoch) const
{
    return double(msecsSinceEpoch - m_originMs) / 1000.0;
}

void CapacityChart::sample()
{
    if (!m_model)
        return;
    const auto &rows = m_model->pools()->rows();
    if (rows.isEmpty() && m_history.pools().isEmpty())
        return; // nothing connected yet
    QList<Items::CapacityHistory::PoolSample> pools;
    pools.reserve(rows.size());
    for (const Cstor::PoolInstance &pool : rows)
        pools.append({pool.meta.name, double(pool.usedBytes), double(pool.totalBytes)});
    const qsizetype before = m_history.size();
    const qint64 firstBefore = m_history.isEmpty() ? 0 : m_history.times().first();
    m_history.append(QDateTime::currentDateTimeUtc(), pools);
    if (m_history.size() == before && firstBefore == m_history.times().first())
        return; // a clock step back: no sample
    rankAndShow();
    summaryChanged();
}

void CapacityChart::rankAndShow()
{
    // The fullest pools (by their latest sample) get a line; "others" sums the rest.
    QList<std::pair<double, QString>> ranking;
    const auto &pools = m_history.pools();
    ranking.reserve(pools.size());
    for (auto it = pools.cbegin(); it != pools.cend(); ++it) {
        if (!it->isEmpty() && it->last().hasFraction())
            ranking.append({it->last().fraction(), it.key()});
    }
    const int shown = std::min(int(ranking.size()), m_topN);
    std::partial_sort(ranking.begin(), ranking.begin() + shown, ranking.end(),
                      [](const auto &a, const auto &b) {
                          return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    QStringList top;
    for (int i = 0; i < shown; ++i)
        top.append(ranking.at(i).second);
    const bool othersShown = m_series.contains(othersName());
    const bool othersWanted = ranking.size() > shown;
    if (top != m_shown || othersShown != othersWanted || m_history.size() < 2) {
        m_shown = top;
        rebuildSeries();
    } else {
        // Same lines: append the new point to each, drop the ones older than the history.
        const double newest = x(m_history.times().last());
        const double oldest = x(m_history.times().first());
        bool restyle = false;
        auto append = [&](const QString &name, const Items::CapacityHistory::Sample &sample) {
            QLineSeries *line = m_series.value(name);
            if (!line || !sample.hasFraction())
                return;
            const QPointF point(newest, sample.fraction());
            QList<QPointF> &points = m_shownPoints[name];
            while (!points.isEmpty() && points.first().x() < oldest)
                points.removeFirst();
            points.append(point);
            while (line->count() > 0 && line->at(0).x() < oldest)
                line->remove(0);
            line->append(point.x(), point.y() * 100);
            const bool pool = name != othersName() && name != totalName();
            if (pool && (point.y() > m_threshold) != m_highlighted.contains(name))
                restyle = true;
        };
        for (const QString &name : std::as_const(m_shown)) {
            const auto series = pools.constFind(name);
            if (series != pools.cend() && !series->isEmpty())
                append(name, series->last());
        }
        if (othersWanted)
            append(othersName(), othersAt(m_history.size() - 1));
        append(totalName(), m_history.total().last());
        if (restyle)
            rebuildSeries();
    }
    if (!m_history.isEmpty()) {
        const double first = x(m_history.times().first());
        TimeAxis::fit(m_x, first, std::max(first + 60, x(m_history.times().last())));
    }
}

Items::CapacityHistory::Sample CapacityChart::othersAt(qsizetype i) const
{
    Items::CapacityHistory::Sample sum;
    const auto &pools = m_history.pools();
    for (auto it = pools.cbegin(); it != pools.cend(); ++it) {
        if (m_shown.contains(it.key()) || i >= it->size() || !it->at(i).isPresent())
            continue;
        sum.used = std::max(0.0, sum.used) + it->at(i).used;
        sum.total += it->at(i).total;
    }
    return sum;
}

CapacityChart::Series CapacityChart::others() const
{
    // Pool by pool, each pool's samples in turn: the ring is read in order, and whether a pool
    // has a line of its own is asked once per pool.
    const qsizetype size = m_history.size();
    QList<Items::CapacityHistory::Sample> sums(size);
    const auto &pools = m_history.pools();
    for (auto it = pools.cbegin(); it != pools.cend(); ++it) {
        if (m_shown.contains(it.key()))
            continue;
        for (qsizetype i = 0; i < size && i < it->size(); ++i) {
            const Items::CapacityHistory::Sample &sample = it->at(i);
            if (!sample.isPresent())
                continue;
            sums[i].used = std::max(0.0, sums.at(i).used) + sample.used;
            sums[i].total += sample.total;
        }
    }
    Series sum(size);
    for (const Items::CapacityHistory::Sample &sample : std::as_const(sums))
        sum.append(sample);
    return sum;
}

QList<QPointF> CapacityChart::fractionPoints(const Series &series) const
{
    QList<QPointF> points;
    const auto &times = m_history.times();
    points.reserve(series.size());
    for (qsizetype i = 0; i < series.size() && i < times.size(); ++i) {
        const Items::CapacityHistory::Sample &sample = series.at(i);
        if (sample.hasFraction())
            points.append(QPointF(x(times.at(i)), sample.fraction()));
    }
    return points;
}

void CapacityChart::rebuildSeries()
{
    QStringList names = m_shown;
    QHash<QString, Series> series;
    for (const QString &name : std::as_const(m_shown))
        series.insert(name, m_history.pools().value(name));
    if (m_history.pools().size() > m_shown.size()) {
        names.append(othersName());
        series.insert(othersName(), others());
    }
    if (!m_history.isEmpty()) {
        names.append(totalName());
        series.insert(totalName(), m_history.total());
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
        const QList<QPointF> points = fractionPoints(series.value(name));
        m_shownPoints.insert(name, points);
        QLineSeries *line = seriesFor(name);
        QList<QPointF> percent;
        percent.reserve(points.size());
        for (const QPointF &p : points)
            percent.append(QPointF(p.x(), p.y() * 100));
        line->replace(percent);
        const bool pool = name != othersName() && name != totalName();
        const bool high = pool && !points.isEmpty() && points.last().y() > m_threshold;
        QPen pen = line->pen();
        if (high) {
            m_highlighted.insert(name);
            pen.setColor(QColor(0xd3, 0x2f, 0x2f));
            pen.setWidthF(3.5);
            line->setName(tr("%1 (above %2 %)").arg(name).arg(qRound(m_threshold * 100)));
        } else {
            pen.setWidthF(name == totalName() ? 3.0 : 1.5);
            if (name == totalName())
                pen.setColor(palette().color(QPalette::WindowText));
            else if (!pool)
                pen.setColor(Qt::gray);
            pen.setStyle(pool ? Qt::SolidLine : Qt::DashLine);
            line->setName(name);
        }
        line->setPen(pen);
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
    const auto &times = m_history.times();
    auto add = [&](const QString &name, const Series &series) {
        for (qsizetype i = 0; i < series.size() && i < times.size(); ++i) {
            const Items::CapacityHistory::Sample &sample = series.at(i);
            if (!sample.hasFraction())
                continue;
            lines.append(QStringLiteral("%1,%2,%3,%4,%5")
                             .arg(x(times.at(i)), 0, 'f', 3)
                             .arg(csvField(name))
                             .arg(qint64(sample.used))
                             .arg(qint64(sample.total))
                             .arg(sample.fraction(), 0, 'f', 6));
        }
    };
    QStringList pools = m_history.pools().keys();
    pools.sort();
    for (const QString &pool : std::as_const(pools))
        add(pool, m_history.pools().value(pool));
    add(totalName(), m_history.total());
    return lines;
}

QString CapacityChart::exportBaseName() const
{
    return QStringLiteral("pool-capacity");
}

// E.g. "3 pools. Fullest: cstor-a 83 % used (above the 80 % threshold), cstor-b 70 % used.
// All pools together: 40 % used."
QString CapacityChart::accessibleSummary() const
{
    if (m_history.isEmpty())
        return tr("No pool capacity sampled yet.");
    const auto last = [this](const QString &name) {
        const QList<QPointF> shown = m_shownPoints.value(name);
        return shown.isEmpty() ? -1.0 : shown.last().y();
    };
    QStringList pools;
    for (const QString &name : m_shown.mid(0, 3)) {
        const double used = last(name);
        if (used < 0)
            continue;
        QString text = tr("%1 %2 % used").arg(name).arg(qRound(used * 100));
        if (used > m_threshold)
            text += tr(" (above the %1 % threshold)").arg(qRound(m_threshold * 100));
        pools.append(text);
    }
    QString summary = tr("%n pool(s).", nullptr, int(m_history.pools().size()));
    if (!pools.isEmpty())
        summary += QLatin1Char(' ') + tr("Fullest: %1.").arg(pools.join(QStringLiteral(", ")));
    const double total = last(totalName());
    if (total >= 0)
        summary += QLatin1Char(' ') + tr("All pools together: %1 % used.").arg(qRound(total * 100));
    return summary;
}

} // namespace Ui
