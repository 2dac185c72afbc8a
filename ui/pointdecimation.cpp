#include "ui/pointdecimation.h"

#include <algorithm>

namespace Ui {

QList<QPointF> decimatePoints(const QList<QPointF> &points, int columns)
{
    columns = std::max(1, columns);
    if (points.size() <= 2 * qsizetype(columns))
        return points;
    const double first = points.first().x();
    const double span = points.last().x() - first;
    if (span <= 0)
        return {points.first(), points.last()};
    QList<QPointF> result;
    result.reserve(2 * columns + 1);
    qsizetype i = 0;
    while (i < points.size()) {
        const int column = std::min(columns - 1, int((points.at(i).x() - first) / span * columns));
        qsizetype low = i;
        qsizetype high = i;
        qsizetype j = i + 1;
        for (; j < points.size(); ++j) {
            const int next =
                std::min(columns - 1, int((points.at(j).x() - first) / span * columns));
            if (next != column)
                break;
            if (points.at(j).y() < points.at(low).y())
                low = j;
            if (points.at(j).y() > points.at(high).y())
                high = j;
        }
        result.append(points.at(std::min(low, high)));
        if (low != high)
            result.append(points.at(std::max(low, high)));
        i = j;
    }
    if (result.last() != points.last())
        result.append(points.last());
    return result;
}

} // namespace Ui
