#include "tests/bench/figuretable.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

void FigureTable::define(const QString &key, const QString &label, const QString &unit, Goal goal,
                         double budget)
{
    m_figures.append(Figure{key, label, unit, goal, budget, {}});
}

void FigureTable::record(const QString &key, double value)
{
    for (Figure &figure : m_figures) {
        if (figure.key == key) {
            figure.samples.append(value);
            return;
        }
    }
    Q_ASSERT_X(false, "FigureTable::record", "undefined figure");
}

double FigureTable::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double FigureTable::percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString FigureTable::verdict(const Figure &figure)
{
    if (figure.goal == Goal::Info)
        return QStringLiteral("-");
    if (figure.samples.isEmpty())
        return QStringLiteral("n/a");
    // Every budget is an upper bound, held by every run: the worst run decides.
    const double value = *std::max_element(figure.samples.cbegin(), figure.samples.cend());
    const bool pass = figure.goal == Goal::AtMost ? value <= figure.budget : value < figure.budget;
    return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

namespace {
QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("-");
    if (std::fabs(value) >= 100)
        return QString::number(value, 'f', 0);
    if (std::fabs(value) >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}
} // namespace

QString FigureTable::table() const
{
    const QStringList header{QStringLiteral("figure"), QStringLiteral("min"),
                             QStringLiteral("median"), QStringLiteral("max"),
                             QStringLiteral("budget"), QStringLiteral("verdict")};
    QList<QStringList> rows{header};
    for (const Figure &figure : m_figures) {
        const auto [low, high] =
            std::minmax_element(figure.samples.cbegin(), figure.samples.cend());
        const bool any = !figure.samples.isEmpty();
        QString budget = QStringLiteral("-");
        if (figure.goal != Goal::Info)
            budget = (figure.goal == Goal::AtMost ? QStringLiteral("<= ") : QStringLiteral("< ")) +
                     number(figure.budget);
        rows.append({QStringLiteral("%1 (%2)").arg(figure.label, figure.unit),
                     any ? number(*low) : QStringLiteral("-"), number(median(figure.samples)),
                     any ? number(*high) : QStringLiteral("-"), budget, verdict(figure)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype column = 0; column < row.size(); ++column)
            cells.append(column == 0 ? row.at(column).leftJustified(widths[column])
                                     : row.at(column).rightJustified(widths[column]));
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

void FigureTable::addSamples(const QJsonObject &figures)
{
    for (Figure &figure : m_figures) {
        const QJsonArray samples =
            figures.value(figure.key).toObject().value(QStringLiteral("samples")).toArray();
        for (const QJsonValue &sample : samples)
            figure.samples.append(sample.toDouble());
    }
}

QJsonObject FigureTable::toJson() const
{
    QJsonObject figures;
    for (const Figure &figure : m_figures) {
        QJsonArray samples;
        for (double sample : figure.samples)
            samples.append(sample);
        QJsonObject entry{{QStringLiteral("label"), figure.label},
                          {QStringLiteral("unit"), figure.unit},
                          {QStringLiteral("samples"), samples},
                          {QStringLiteral("verdict"), verdict(figure)}};
        if (!figure.samples.isEmpty()) {
            entry.insert(QStringLiteral("min"),
                         *std::min_element(figure.samples.cbegin(), figure.samples.cend()));
            entry.insert(QStringLiteral("median"), median(figure.samples));
            entry.insert(QStringLiteral("max"),
                         *std::max_element(figure.samples.cbegin(), figure.samples.cend()));
        }
        if (figure.goal != Goal::Info) {
            entry.insert(QStringLiteral("budget"), figure.budget);
            entry.insert(QStringLiteral("budgetKind"), figure.goal == Goal::AtMost
                                                           ? QStringLiteral("at-most")
                                                           : QStringLiteral("below"));
        }
        figures.insert(figure.key, entry);
    }
    return figures;
}

int FigureTable::failures() const
{
    int count = 0;
    for (const Figure &figure : m_figures)
        count += verdict(figure) == QLatin1String("FAIL") ? 1 : 0;
    return count;
}
